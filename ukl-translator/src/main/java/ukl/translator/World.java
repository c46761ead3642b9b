package ukl.translator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The closed world: every class as an ASM tree, and the resolution rules of JVMS §5.4.3 over it.
 * Classes are kept sorted by name so that everything emitted from them is deterministic.
 */
final class World {
    record Method(ClassNode owner, MethodNode node) {
        boolean isStatic() {
            return (node.access & Opcodes.ACC_STATIC) != 0;
        }

        boolean isAbstract() {
            return (node.access & Opcodes.ACC_ABSTRACT) != 0;
        }

        @Override
        public String toString() {
            return owner.name.replace('/', '.') + "." + node.name + node.desc;
        }
    }

    record Field(ClassNode owner, FieldNode node) {}

    private final Map<String, ClassNode> classes = new TreeMap<>();
    private final Map<String, Set<String>> interfaces = new HashMap<>();

    World(Map<String, byte[]> bytes) throws TranslationException {
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            ClassNode node = new ClassNode();
            try {
                new ClassReader(e.getValue()).accept(node, 0);
            } catch (RuntimeException ex) {
                throw new TranslationException("class " + e.getKey() + ": unreadable class file (" + ex
                        + "); the translator reads class files up to the ASM version it is built with", ex);
            }
            classes.put(node.name, node);
        }
        if (!classes.containsKey("java/lang/Object")) {
            throw new TranslationException("the closed world has no java/lang/Object: add the ukl class library");
        }
    }

    Collection<ClassNode> classes() {
        return classes.values();
    }

    boolean has(String name) {
        return classes.containsKey(name);
    }

    ClassNode get(String name) throws TranslationException {
        ClassNode c = classes.get(name);
        if (c == null) {
            throw new TranslationException("class " + name.replace('/', '.')
                    + " is referenced but not in the closed world: the linker must supply it (or the class library lacks it)");
        }
        return c;
    }

    static boolean isInterface(ClassNode c) {
        return (c.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** The class, its superclasses and (transitively) superinterfaces: whether {@code sub} is assignable to {@code sup}. */
    boolean isSubtype(String sub, String sup) throws TranslationException {
        if (sub.equals(sup) || sup.equals("java/lang/Object")) {
            return true;
        }
        for (String s = sub; s != null; s = get(s).superName) {
            if (s.equals(sup) || allInterfaces(s).contains(sup)) {
                return true;
            }
        }
        return false;
    }

    /** Every interface {@code name} implements, directly or through supertypes, in a stable order. */
    Set<String> allInterfaces(String name) throws TranslationException {
        Set<String> cached = interfaces.get(name);
        if (cached != null) {
            return cached;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s = name; s != null; s = get(s).superName) {
            addInterfaces(get(s), out);
        }
        out = Collections.unmodifiableSet(out);
        interfaces.put(name, out);
        return out;
    }

    private void addInterfaces(ClassNode c, Set<String> out) throws TranslationException {
        for (String i : c.interfaces) {
            if (out.add(i)) {
                addInterfaces(get(i), out);
            }
        }
    }

    /** Superclasses from Object down to {@code name}. */
    List<ClassNode> chain(String name) throws TranslationException {
        List<ClassNode> out = new ArrayList<>();
        for (String s = name; s != null; s = get(s).superName) {
            out.add(0, get(s));
        }
        return out;
    }

    /** JVMS §5.4.3.2 field resolution: the class, its superinterfaces, then its superclass. */
    Field resolveField(String owner, String name, String desc) throws TranslationException {
        Field f = findField(owner, name, desc);
        if (f == null) {
            throw new TranslationException("field " + owner.replace('/', '.') + "." + name + " " + desc
                    + " does not exist in the closed world (the class library lacks it?)");
        }
        return f;
    }

    private Field findField(String owner, String name, String desc) throws TranslationException {
        ClassNode c = get(owner);
        for (FieldNode f : c.fields) {
            if (f.name.equals(name) && f.desc.equals(desc)) {
                return new Field(c, f);
            }
        }
        for (String i : c.interfaces) {
            Field f = findField(i, name, desc);
            if (f != null) {
                return f;
            }
        }
        return c.superName == null ? null : findField(c.superName, name, desc);
    }

    /**
     * JVMS §5.4.3.3/§5.4.3.4 method resolution: the class chain (for an interface: the interface
     * itself), then the maximally specific superinterface methods (non-abstract preferred), then
     * Object's public methods. Array types resolve as Object.
     */
    Method resolveMethod(String owner, String name, String desc) throws TranslationException {
        String start = owner.startsWith("[") ? "java/lang/Object" : owner;
        ClassNode c = get(start);
        if (!isInterface(c)) {
            for (String s = start; s != null; s = get(s).superName) {
                MethodNode m = declared(get(s), name, desc);
                if (m != null) {
                    return new Method(get(s), m);
                }
            }
        } else {
            MethodNode m = declared(c, name, desc);
            if (m != null) {
                return new Method(c, m);
            }
        }
        Method best = null;
        for (String i : allInterfaces(start)) {
            MethodNode m = declared(get(i), name, desc);
            if (m == null || (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0) {
                continue;
            }
            Method cand = new Method(get(i), m);
            if (best == null || isMoreSpecific(cand, best)) {
                best = cand;
            }
        }
        if (best == null && isInterface(c)) {
            MethodNode m = declared(get("java/lang/Object"), name, desc);
            if (m != null) {
                return new Method(get("java/lang/Object"), m);
            }
        }
        if (best == null) {
            throw new TranslationException("method " + owner.replace('/', '.') + "." + name + desc
                    + " does not exist in the closed world (the class library lacks it?)");
        }
        return best;
    }

    private boolean isMoreSpecific(Method a, Method b) throws TranslationException {
        boolean aSub = isSubtype(a.owner().name, b.owner().name);
        if (aSub != isSubtype(b.owner().name, a.owner().name)) {
            return aSub;
        }
        return b.isAbstract() && !a.isAbstract();
    }

    static MethodNode declared(ClassNode c, String name, String desc) {
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m;
            }
        }
        return null;
    }

    /**
     * JVMS §5.4.6 method selection for a receiver of class {@code cls}: the class chain first,
     * then the maximally specific default method. Null when only abstract declarations exist.
     */
    Method select(String cls, String name, String desc) throws TranslationException {
        for (String s = cls; s != null; s = get(s).superName) {
            MethodNode m = declared(get(s), name, desc);
            if (m != null && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
                return (m.access & Opcodes.ACC_ABSTRACT) != 0 ? null : new Method(get(s), m);
            }
        }
        Method best = null;
        for (String i : allInterfaces(cls)) {
            MethodNode m = declared(get(i), name, desc);
            if (m == null || (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0) {
                continue;
            }
            Method cand = new Method(get(i), m);
            if (best == null || isMoreSpecific(cand, best)) {
                best = cand;
            }
        }
        return best == null || best.isAbstract() ? null : best;
    }
}
