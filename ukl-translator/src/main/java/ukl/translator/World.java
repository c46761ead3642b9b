package ukl.translator;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.FieldRef;
import ukl.classmodel.MethodRef;
import ukl.classmodel.Resolver;

/**
 * The closed world to translate: the class files read into a {@link ClassWorld} in name order, so
 * that everything emitted from them is deterministic, and the JVM's rules over it
 * ({@link #resolver}). What is the translator's own is strictness: a class or member the world
 * lacks is a {@link TranslationException} that names it, never a silent gap.
 */
final class World {
    final ClassWorld model = new ClassWorld();
    final Resolver resolver = new Resolver(model);

    /** The application's classes (internal names); empty when the world is translated as one unit. */
    final Set<String> application;

    World(Map<String, byte[]> bytes) throws TranslationException {
        this(bytes, Set.of());
    }

    /**
     * A world whose {@code application} classes come after the platform's (class library, kernel,
     * libc stubs) in {@link #classes()}: everything numbered in that order (type ids, descriptor,
     * static-field and overloaded-method symbols, string literals) then numbers the platform's
     * first, so that the platform's C does not change when only the application does.
     */
    World(Map<String, byte[]> bytes, Set<String> application) throws TranslationException {
        this.application = Set.copyOf(application);
        Map<String, ClassNode> sorted = new TreeMap<>(Comparator.comparing((String n) -> this.application.contains(n))
                .thenComparing(Comparator.naturalOrder()));
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            ClassNode node = new ClassNode();
            try {
                new ClassReader(e.getValue()).accept(node, 0);
            } catch (RuntimeException ex) {
                throw new TranslationException(
                        "class " + e.getKey() + ": unreadable class file (" + ex
                                + "); the translator reads class files up to the ASM version it is built with",
                        ex);
            }
            sorted.put(node.name, node);
        }
        sorted.values().forEach(model::add);
        if (!model.contains(ClassWorld.OBJECT)) {
            throw new TranslationException("the closed world has no java/lang/Object: add the ukl class library");
        }
        // JVMS §5.3.5: a class cannot exist without its superclass and superinterfaces; with all of
        // them present, every walk up the hierarchy below sees complete answers.
        for (ClassNode c : sorted.values()) {
            if (c.superName != null) {
                get(c.superName);
            }
            for (String i : c.interfaces) {
                get(i);
            }
        }
    }

    /** Every class: the platform's in name order, then the application's in name order. */
    Collection<ClassNode> classes() {
        return model.classes();
    }

    boolean isApplication(String name) {
        return application.contains(name);
    }

    boolean has(String name) {
        return model.contains(name);
    }

    ClassNode get(String name) throws TranslationException {
        ClassNode c = model.get(name);
        if (c == null) {
            throw new TranslationException("class " + name.replace('/', '.') + " is referenced but not in the closed"
                    + " world: the linker must supply it (or the class library lacks it)");
        }
        return c;
    }

    /** JVMS §5.4.3.2 field resolution; a field that does not resolve is an error. */
    FieldRef resolveField(String owner, String name, String desc) throws TranslationException {
        get(owner);
        return resolver.resolveField(owner, name, desc)
                .orElseThrow(() -> new TranslationException("field "
                        + owner.replace('/', '.') + "." + name + " " + desc
                        + " does not exist in the closed world (the class library lacks it?)"));
    }

    /** JVMS §5.4.3.3/§5.4.3.4 method resolution (arrays as Object); a method that does not resolve is an error. */
    MethodRef resolveMethod(String owner, String name, String desc) throws TranslationException {
        get(owner.startsWith("[") ? ClassWorld.OBJECT : owner);
        return resolver.resolveMethod(owner, name, desc)
                .orElseThrow(() -> new TranslationException("method "
                        + owner.replace('/', '.') + "." + name + desc
                        + " does not exist in the closed world (the class library lacks it?)"));
    }
}
