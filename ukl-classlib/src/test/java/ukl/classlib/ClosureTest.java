package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The class library is a closed world: the linker takes its classes instead of the JDK's, so every
 * class, method and field its bytecode references must be defined in the module itself (contracts
 * §3). The only references that leave it are calls of {@code ukl.libc.Libc}, which the linker
 * rewrites into kernel calls (contracts §1). Also checks the layouts of contracts §4; its natives are
 * checked against the translator's implementations where both are seen, in ukl-translator's IntrinsicsTest.
 */
class ClosureTest {
    private static final String LIBC = "ukl/libc/Libc";

    static final Map<String, ClassNode> CLASSES = load(Path.of("target/classes"));

    static Map<String, ClassNode> load(Path root) {
        Map<String, ClassNode> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                ClassNode node = new ClassNode();
                new ClassReader(Files.readAllBytes(p)).accept(node, 0);
                classes.put(node.name, node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("run the test from the module directory after compiling", e);
        }
        return classes;
    }

    private static ClassNode libc() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(LIBC + ".class")) {
            ClassNode node = new ClassNode();
            new ClassReader(in.readAllBytes()).accept(node, 0);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyReferenceResolvesInsideTheModule() {
        Set<String> missing = new TreeSet<>();
        ClassNode libc = libc();
        for (ClassNode c : CLASSES.values()) {
            String where = c.name;
            checkClass(c.superName, where, missing);
            c.interfaces.forEach(i -> checkClass(i, where, missing));
            checkAnnotations(c.visibleAnnotations, where, missing);
            for (FieldNode f : c.fields) {
                checkType(Type.getType(f.desc), where + "." + f.name, missing);
                checkAnnotations(f.visibleAnnotations, where + "." + f.name, missing);
            }
            for (MethodNode m : c.methods) {
                String site = where + "." + m.name + m.desc;
                checkType(Type.getMethodType(m.desc), site, missing);
                checkAnnotations(m.visibleAnnotations, site, missing);
                for (TryCatchBlockNode t : m.tryCatchBlocks) {
                    if (t.type != null) {
                        checkClass(t.type, site, missing);
                    }
                }
                for (AbstractInsnNode insn : m.instructions) {
                    checkInsn(insn, site, libc, missing);
                }
            }
        }
        assertEquals(Set.of(), missing, "references the class library does not define; add them to ukl-classlib");
    }

    private static void checkInsn(AbstractInsnNode insn, String site, ClassNode libc, Set<String> missing) {
        if (insn instanceof MethodInsnNode mi) {
            String owner = mi.owner.startsWith("[") ? "java/lang/Object" : mi.owner;
            if (owner.equals(LIBC)) {
                boolean found = libc.methods.stream().anyMatch(m -> m.name.equals(mi.name) && m.desc.equals(mi.desc));
                if (!found || mi.getOpcode() != Opcodes.INVOKESTATIC) {
                    missing.add(site + " -> Libc." + mi.name + mi.desc + " (only static calls of existing stubs)");
                }
            } else if (!hasMethod(owner, mi.name, mi.desc)) {
                missing.add(site + " -> " + owner + "." + mi.name + mi.desc);
            }
            checkType(Type.getMethodType(mi.desc), site, missing);
        } else if (insn instanceof FieldInsnNode fi) {
            if (!hasField(fi.owner, fi.name, fi.desc)) {
                missing.add(site + " -> field " + fi.owner + "." + fi.name);
            }
        } else if (insn instanceof TypeInsnNode ti) {
            checkType(Type.getObjectType(ti.desc), site, missing);
        } else if (insn instanceof MultiANewArrayInsnNode ma) {
            checkType(Type.getType(ma.desc), site, missing);
        } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type t) {
            checkType(t, site, missing);
        } else if (insn.getOpcode() == Opcodes.INVOKEDYNAMIC) {
            missing.add(
                    site + " -> invokedynamic (write the class out; no lambdas or indy concat in the class library)");
        }
    }

    private static void checkAnnotations(List<AnnotationNode> annotations, String site, Set<String> missing) {
        if (annotations != null) {
            annotations.forEach(a -> checkType(Type.getType(a.desc), site, missing));
        }
    }

    private static void checkType(Type t, String site, Set<String> missing) {
        switch (t.getSort()) {
            case Type.METHOD -> {
                checkType(t.getReturnType(), site, missing);
                for (Type a : t.getArgumentTypes()) {
                    checkType(a, site, missing);
                }
            }
            case Type.ARRAY -> checkType(t.getElementType(), site, missing);
            case Type.OBJECT -> checkClass(t.getInternalName(), site, missing);
            default -> {}
        }
    }

    private static void checkClass(String name, String site, Set<String> missing) {
        if (name != null && !CLASSES.containsKey(name) && !name.equals(LIBC)) {
            missing.add(site + " -> class " + name);
        }
    }

    /**
     * JVMS §5.4.3.3 method resolution: the class, its superclasses, then its superinterfaces.
     * Constructors are not inherited: an {@code <init>} must be declared by the named class.
     */
    static boolean hasMethod(String owner, String name, String desc) {
        ClassNode c = CLASSES.get(owner);
        if (c == null) {
            return false;
        }
        if (c.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(desc))) {
            return true;
        }
        if (name.equals("<init>")) {
            return false;
        }
        if (c.superName != null && hasMethod(c.superName, name, desc)) {
            return true;
        }
        return c.interfaces.stream().anyMatch(i -> hasMethod(i, name, desc));
    }

    /** JVMS §5.4.3.2 field resolution: the class, its superinterfaces, then its superclass. */
    static boolean hasField(String owner, String name, String desc) {
        ClassNode c = CLASSES.get(owner);
        if (c == null) {
            return false;
        }
        if (c.fields.stream().anyMatch(f -> f.name.equals(name) && f.desc.equals(desc))) {
            return true;
        }
        if (c.interfaces.stream().anyMatch(i -> hasField(i, name, desc))) {
            return true;
        }
        return c.superName != null && hasField(c.superName, name, desc);
    }

    @Test
    void stringHasExactlyTheLayoutTheTranslatorEmits() {
        List<String> fields = new ArrayList<>();
        for (FieldNode f : CLASSES.get("java/lang/String").fields) {
            if ((f.access & Opcodes.ACC_STATIC) == 0) {
                fields.add(f.name + ":" + f.desc + ":" + (f.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)));
            }
        }
        assertEquals(
                List.of("value:[C:" + (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL), "hash:I:" + Opcodes.ACC_PRIVATE),
                fields);
    }

    @Test
    void runtimeSupportHasExactlyTheContractMethods() {
        ClassNode rs = CLASSES.get("java/lang/RuntimeSupport");
        assertTrue((rs.access & Opcodes.ACC_PUBLIC) != 0 && (rs.access & Opcodes.ACC_FINAL) != 0, "public final");
        Set<String> methods = new TreeSet<>();
        for (MethodNode m : rs.methods) {
            if ((m.access & Opcodes.ACC_PUBLIC) != 0) {
                assertTrue((m.access & Opcodes.ACC_STATIC) != 0, m.name + " must be static");
                methods.add(m.name + m.desc);
            }
        }
        assertEquals(
                new TreeSet<>(Set.of(
                        "nullPointer()Ljava/lang/NullPointerException;",
                        "unreachable()Ljava/lang/InternalError;",
                        "arrayIndex(II)Ljava/lang/ArrayIndexOutOfBoundsException;",
                        "divideByZero()Ljava/lang/ArithmeticException;",
                        "classCast(Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/ClassCastException;",
                        "negativeArraySize(I)Ljava/lang/NegativeArraySizeException;",
                        "arrayStore(Ljava/lang/Object;)Ljava/lang/ArrayStoreException;",
                        "outOfMemory()Ljava/lang/OutOfMemoryError;",
                        "initializerError(Ljava/lang/Throwable;)Ljava/lang/ExceptionInInitializerError;",
                        "allocatedBytes()J",
                        // LockSupport reaches threads through these (contracts §4)
                        "threadToken(Ljava/lang/Thread;)Ljava/lang/Object;",
                        "blocker(Ljava/lang/Thread;)Ljava/lang/Object;",
                        "setBlocker(Ljava/lang/Thread;Ljava/lang/Object;)V",
                        "collectionCount()J")),
                methods);
    }
}
