package ukl.classmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The compiled test shapes ({@code ukl.classmodel.shapes}, read from the test class path) as one
 * world, twice: as ASM nodes for the model, and defined by a fresh class loader for the running
 * JVM. Edits change the bytecode first, as separate compilation would (a method removed, made
 * private, static or abstract, a call's owner changed), so that both sides see the same classes.
 */
final class ShapeWorld {
    static final String SHAPES = "ukl/classmodel/shapes/";

    /** A change to the compiled shapes; {@link #NONE} leaves them as javac wrote them. */
    record Edit(String label, Consumer<Map<String, ClassNode>> change) {
        static final Edit NONE = new Edit("as compiled", classes -> {});

        @Override
        public String toString() {
            return label;
        }
    }

    private final Map<String, ClassNode> nodes = new TreeMap<>();
    private final Map<String, byte[]> bytes = new TreeMap<>();

    ShapeWorld(Edit edit) {
        for (Map.Entry<String, byte[]> e : compiled().entrySet()) {
            ClassNode c = new ClassNode();
            new ClassReader(e.getValue()).accept(c, 0);
            nodes.put(e.getKey(), c);
        }
        edit.change().accept(nodes);
        for (ClassNode c : nodes.values()) {
            ClassWriter w = new ClassWriter(0);
            c.accept(w);
            bytes.put(c.name, w.toByteArray());
        }
    }

    /** The model's view: {@code java.lang.Object} (from the running JDK) and the shapes. */
    ClassWorld model() {
        ClassWorld world = new ClassWorld();
        try (InputStream in = ClassLoader.getSystemResourceAsStream("java/lang/Object.class")) {
            ClassNode object = new ClassNode();
            new ClassReader(in.readAllBytes()).accept(object, 0);
            world.add(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nodes.values().forEach(world::add);
        return world;
    }

    /** A loader that defines the shapes itself (never asking its parent for them) and the extra classes given. */
    ClassLoader loader(Map<String, byte[]> extra) {
        Map<String, byte[]> all = new LinkedHashMap<>(bytes);
        all.putAll(extra);
        return new ClassLoader("shapes", ShapeWorld.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    byte[] b = all.get(name.replace('.', '/'));
                    if (b == null) {
                        return super.loadClass(name, resolve);
                    }
                    Class<?> c = findLoadedClass(name);
                    return c != null ? c : defineClass(name, b, 0, b.length);
                }
            }
        };
    }

    ClassNode node(String name) {
        return nodes.get(name);
    }

    /** The one call instruction in {@code owner.method}, a caller written in Java. */
    MethodInsnNode onlyCall(String owner, String method) {
        MethodNode m = nodes.get(owner).methods.stream()
                .filter(n -> n.name.equals(method))
                .findFirst()
                .orElseThrow();
        List<MethodInsnNode> calls = Stream.of(m.instructions.toArray())
                .filter(i -> i.getType() == AbstractInsnNode.METHOD_INSN)
                .map(MethodInsnNode.class::cast)
                .toList();
        if (calls.size() != 1) {
            throw new IllegalStateException(
                    owner + "." + method + " must make exactly one call, makes " + calls.size());
        }
        return calls.getFirst();
    }

    // ---- edits ----

    static Edit removeMethod(String owner, String method) {
        return new Edit(
                "without " + simple(owner) + "." + method,
                classes -> classes.get(owner).methods.removeIf(m -> m.name.equals(method)));
    }

    static Edit makePrivate(String owner, String method) {
        return new Edit(simple(owner) + "." + method + " private", classes -> {
            MethodNode m = method(classes, owner, method);
            m.access = m.access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED) | Opcodes.ACC_PRIVATE;
        });
    }

    static Edit makePackagePrivate(String owner, String method) {
        int visibility = Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED | Opcodes.ACC_PRIVATE;
        return new Edit(
                simple(owner) + "." + method + " package-private",
                classes -> method(classes, owner, method).access &= ~visibility);
    }

    /** A static method of the same name and descriptor (the bodies never use {@code this}). */
    static Edit makeStatic(String owner, String method) {
        return new Edit(
                simple(owner) + "." + method + " static",
                classes -> method(classes, owner, method).access |= Opcodes.ACC_STATIC);
    }

    static Edit makeAbstract(String owner, String method) {
        return new Edit(simple(owner) + "." + method + " abstract", classes -> {
            MethodNode m = method(classes, owner, method);
            m.access |= Opcodes.ACC_ABSTRACT;
            m.instructions.clear();
            m.tryCatchBlocks.clear();
            m.localVariables = null;
            m.maxStack = 0;
            m.maxLocals = 0;
        });
    }

    /** Every call in {@code owner.method} names {@code newOwner} instead, as if compiled against an older hierarchy. */
    static Edit retargetCalls(String owner, String method, String newOwner) {
        return new Edit(simple(owner) + "." + method + " calls " + simple(newOwner), classes -> {
            for (AbstractInsnNode i : method(classes, owner, method).instructions) {
                if (i instanceof MethodInsnNode call) {
                    call.owner = newOwner;
                }
            }
        });
    }

    private static MethodNode method(Map<String, ClassNode> classes, String owner, String name) {
        return classes.get(owner).methods.stream()
                .filter(m -> m.name.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(owner + " has no method " + name));
    }

    /** "I2" for {@code ukl/classmodel/shapes/Shapes$I2}: how the shapes' methods name their class. */
    static String simple(String internalName) {
        return internalName.substring(Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$')) + 1);
    }

    private static Map<String, byte[]> compiled;

    private static synchronized Map<String, byte[]> compiled() {
        if (compiled == null) {
            compiled = new TreeMap<>();
            URL root = ShapeWorld.class.getClassLoader().getResource(SHAPES);
            try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    byte[] b = Files.readAllBytes(p);
                    compiled.put(new ClassReader(b).getClassName(), b);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return compiled;
    }
}
