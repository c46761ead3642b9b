package ukl.classmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The classes of a closed world by internal name, in the order they were added, and the hierarchy
 * between them. A class's superclass and interfaces must not change once it is added (answers are
 * cached until the next {@link #add} or {@link #remove}); its members may.
 */
public final class ClassWorld {
    public static final String OBJECT = "java/lang/Object";

    private final Map<String, ClassNode> classes = new LinkedHashMap<>();
    private final Map<String, Set<String>> interfaces = new HashMap<>();

    /** Adds {@code c}, replacing a class of the same name. */
    public void add(ClassNode c) {
        classes.put(c.name, c);
        interfaces.clear();
    }

    public void remove(String name) {
        classes.remove(name);
        interfaces.clear();
    }

    /** The class or interface of that internal name, or {@code null} when the world lacks it. */
    public ClassNode get(String name) {
        return classes.get(name);
    }

    public boolean contains(String name) {
        return classes.containsKey(name);
    }

    /** Every class, in the order added: a live view, so copy it before adding or removing while iterating. */
    public Collection<ClassNode> classes() {
        return Collections.unmodifiableCollection(classes.values());
    }

    public int size() {
        return classes.size();
    }

    public static boolean isInterface(ClassNode c) {
        return (c.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** The method {@code c} itself declares with that name and descriptor (at most one, JVMS §4.6), or null. */
    public static MethodNode declaredMethod(ClassNode c, String name, String desc) {
        for (MethodNode m : c.methods) {
            if (m.name.equals(name) && m.desc.equals(desc)) {
                return m;
            }
        }
        return null;
    }

    static FieldNode declaredField(ClassNode c, String name, String desc) {
        for (FieldNode f : c.fields) {
            if (f.name.equals(name) && f.desc.equals(desc)) {
                return f;
            }
        }
        return null;
    }

    /** The direct superclass of {@code c}, or null for {@code Object} or when the world lacks it. */
    public ClassNode superclass(ClassNode c) {
        return c.superName == null ? null : classes.get(c.superName);
    }

    /**
     * {@code name} and its superclasses, nearest first, up to {@code Object} or the first class the
     * world lacks (empty when it lacks {@code name}). For an interface: the interface and {@code Object}.
     */
    public List<ClassNode> superclasses(String name) {
        List<ClassNode> out = new ArrayList<>();
        for (ClassNode k = classes.get(name); k != null; k = superclass(k)) {
            out.add(k);
        }
        return out;
    }

    /**
     * Every interface {@code name} implements or extends, directly or through its superclasses and
     * superinterfaces, not {@code name} itself: for each class from {@code name} up, its interfaces
     * depth first in declaration order. Interfaces the world lacks are listed but not looked into.
     */
    public Set<String> allInterfaces(String name) {
        Set<String> known = interfaces.get(name);
        if (known == null) {
            Set<String> out = new LinkedHashSet<>();
            for (ClassNode k : superclasses(name)) {
                addInterfaces(k, out);
            }
            known = Collections.unmodifiableSet(out);
            interfaces.put(name, known);
        }
        return known;
    }

    private void addInterfaces(ClassNode c, Set<String> out) {
        for (String i : c.interfaces) {
            ClassNode ic = classes.get(i);
            if (out.add(i) && ic != null) {
                addInterfaces(ic, out);
            }
        }
    }

    /** Whether {@code sub} is {@code sup} or extends or implements it here; everything is an {@code Object}. */
    public boolean isSubtype(String sub, String sup) {
        if (sub.equals(sup) || sup.equals(OBJECT)) {
            return true;
        }
        for (ClassNode k : superclasses(sub)) {
            if (k.name.equals(sup)) {
                return true;
            }
        }
        return allInterfaces(sub).contains(sup);
    }

    /**
     * The nearest common superclass, as the verifier's type merge needs (JVMS §4.10.1.2) and ASM's
     * {@code ClassWriter.getCommonSuperClass} asks: interfaces and classes the world lacks merge to
     * {@code Object}, which the verifier accepts for both.
     */
    public String commonSuperClass(String a, String b) {
        List<ClassNode> chainA = superclasses(a);
        List<ClassNode> chainB = superclasses(b);
        if (chainA.isEmpty() || chainB.isEmpty() || isInterface(chainA.get(0)) || isInterface(chainB.get(0))) {
            return OBJECT;
        }
        for (ClassNode k : chainB) {
            if (chainA.contains(k)) {
                return k.name;
            }
        }
        return OBJECT;
    }
}
