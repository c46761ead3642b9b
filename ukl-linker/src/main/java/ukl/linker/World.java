package ukl.linker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The closed world every pass works on: all classes by internal name, and which of them came from
 * the application. Member resolution follows JVMS §5.4.3 over this world only.
 */
final class World {
    /** A resolved method or field: the class that declares it and the member. */
    record Method(ClassNode owner, MethodNode method) {}

    record Field(ClassNode owner, FieldNode field) {}

    private final Map<String, ClassNode> classes = new LinkedHashMap<>();
    private final Set<String> application = new HashSet<>();

    void add(ClassNode c, boolean fromApplication) {
        classes.put(c.name, c);
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
        return classes.containsKey(name);
    }

    boolean isApplication(String name) {
        return application.contains(name);
    }

    Collection<ClassNode> classes() {
        return List.copyOf(classes.values());
    }

    int size() {
        return classes.size();
    }

    static boolean isInterface(ClassNode c) {
        return (c.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /**
     * JVMS §5.4.3.3 (class methods) and §5.4.3.4 (interface methods): the declared method in
     * {@code owner} or its superclasses, then {@code Object}'s for interfaces, then a non-private,
     * non-static method of a superinterface. {@code null} when there is none or a supertype is
     * missing (the checker reports the missing class on its own).
     */
    Method resolveMethod(String owner, String name, String desc) {
        String start = owner.startsWith("[") ? "java/lang/Object" : owner;
        ClassNode c = classes.get(start);
        if (c == null) {
            return null;
        }
        if (isInterface(c)) {
            MethodNode own = declared(c, name, desc);
            if (own != null) {
                return new Method(c, own);
            }
            ClassNode object = classes.get("java/lang/Object");
            MethodNode m = object == null ? null : declared(object, name, desc);
            if (m != null && (m.access & Opcodes.ACC_PUBLIC) != 0 && (m.access & Opcodes.ACC_STATIC) == 0) {
                return new Method(object, m);
            }
        } else {
            for (ClassNode k = c; k != null; k = superOf(k)) {
                MethodNode m = declared(k, name, desc);
                if (m != null) {
                    return new Method(k, m);
                }
            }
        }
        return superinterfaceMethod(c, name, desc);
    }

    /** Virtual dispatch (JVMS §5.4.6) of {@code name desc} on an object of class {@code receiver}. */
    Method dispatch(ClassNode receiver, String name, String desc) {
        for (ClassNode k = receiver; k != null; k = superOf(k)) {
            MethodNode m = declared(k, name, desc);
            if (m != null && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT)) == 0) {
                return new Method(k, m);
            }
        }
        Method fromInterface = superinterfaceMethod(receiver, name, desc);
        return fromInterface != null && (fromInterface.method.access & Opcodes.ACC_ABSTRACT) == 0
                ? fromInterface
                : null;
    }

    /** JVMS §5.4.3.2: the field in {@code owner}, its superinterfaces, then its superclasses. */
    Field resolveField(String owner, String name, String desc) {
        ClassNode c = classes.get(owner);
        if (c == null) {
            return null;
        }
        for (FieldNode f : c.fields) {
            if (f.name.equals(name) && f.desc.equals(desc)) {
                return new Field(c, f);
            }
        }
        for (String i : c.interfaces) {
            Field f = resolveField(i, name, desc);
            if (f != null) {
                return f;
            }
        }
        return c.superName == null ? null : resolveField(c.superName, name, desc);
    }

    /** Whether {@code sub} is {@code sup} or extends or implements it, in this world. */
    boolean isSubtype(String sub, String sup) {
        Deque<String> todo = new ArrayDeque<>(List.of(sub));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String n = todo.pop();
            if (n.equals(sup)) {
                return true;
            }
            ClassNode c = classes.get(n);
            if (c != null && seen.add(n)) {
                if (c.superName != null) {
                    todo.push(c.superName);
                }
                todo.addAll(c.interfaces);
            }
        }
        return false;
    }

    /** The class file bytes, with frames computed against this world's hierarchy (not a ClassLoader). */
    byte[] write(ClassNode c) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return commonSuperClass(a, b);
            }
        };
        c.accept(w);
        return w.toByteArray();
    }

    Map<String, byte[]> writeAll() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (ClassNode c : classes.values()) {
            out.put(c.name, write(c));
        }
        return out;
    }

    /**
     * The nearest common superclass, as the verifier's type merge needs (JVMS §4.10.1.2); interfaces
     * and classes the world lacks merge to {@code Object}, which the verifier accepts for both.
     */
    String commonSuperClass(String a, String b) {
        List<String> chain = new ArrayList<>();
        for (ClassNode k = classes.get(a); k != null; k = superOf(k)) {
            if (isInterface(k)) {
                return "java/lang/Object";
            }
            chain.add(k.name);
        }
        for (ClassNode k = classes.get(b); k != null; k = superOf(k)) {
            if (isInterface(k)) {
                return "java/lang/Object";
            }
            if (chain.contains(k.name)) {
                return k.name;
            }
        }
        return "java/lang/Object";
    }

    ClassNode superOf(ClassNode c) {
        return c.superName == null ? null : classes.get(c.superName);
    }

    static MethodNode declared(ClassNode c, String name, String desc) {
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m;
            }
        }
        return null;
    }

    private Method superinterfaceMethod(ClassNode c, String name, String desc) {
        Method found = null;
        Deque<ClassNode> todo = new ArrayDeque<>(List.of(c));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            ClassNode k = todo.pop();
            if (!seen.add(k.name)) {
                continue;
            }
            if (k != c && isInterface(k)) {
                MethodNode m = declared(k, name, desc);
                if (m != null && (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0) {
                    // prefer a default method over an abstract one (maximally specific, JVMS §5.4.3.3)
                    if (found == null || (m.access & Opcodes.ACC_ABSTRACT) == 0) {
                        found = new Method(k, m);
                    }
                }
            }
            for (String i : k.interfaces) {
                ClassNode ik = classes.get(i);
                if (ik != null) {
                    todo.add(ik);
                }
            }
            ClassNode s = superOf(k);
            if (s != null) {
                todo.add(s);
            }
        }
        return found;
    }
}
