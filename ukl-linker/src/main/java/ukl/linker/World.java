package ukl.linker;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;
import ukl.classmodel.ClassWorld;
import ukl.classmodel.Resolver;

/**
 * The closed world every pass works on: the classes ({@link ClassWorld}, with the JVM's resolution
 * rules in {@link #resolver()}), which of them came from the application, and their class files.
 * Passes add and remove classes as they lower and retarget; lookups of a class the world lacks
 * answer null or "none", and the {@code ReferenceChecker} reports such classes at their sites.
 */
final class World {
    private final ClassWorld classes = new ClassWorld();
    private final Resolver resolver = new Resolver(classes);
    private final Set<String> application = new HashSet<>();

    void add(ClassNode c, boolean fromApplication) {
        classes.add(c);
        if (fromApplication) {
            application.add(c.name);
        }
    }

    void remove(String name) {
        classes.remove(name);
        application.remove(name);
    }

    ClassNode get(String name) {
        return classes.get(name);
    }

    boolean contains(String name) {
        return classes.contains(name);
    }

    boolean isApplication(String name) {
        return application.contains(name);
    }

    /** A copy, so that a pass may add classes while it iterates. */
    Collection<ClassNode> classes() {
        return List.copyOf(classes.classes());
    }

    int size() {
        return classes.size();
    }

    /** The hierarchy: superclasses, interfaces, subtyping. */
    ClassWorld model() {
        return classes;
    }

    Resolver resolver() {
        return resolver;
    }

    /** The class file bytes, with frames computed against this world's hierarchy (not a ClassLoader). */
    private byte[] write(ClassNode c) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return classes.commonSuperClass(a, b);
            }
        };
        c.accept(w);
        return w.toByteArray();
    }

    Map<String, byte[]> writeAll() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ClassNode c : classes.classes()) {
            out.put(c.name, write(c));
        }
        return out;
    }
}
