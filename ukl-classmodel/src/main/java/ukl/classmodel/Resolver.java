package ukl.classmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The JVM's rules for finding the member a field or method instruction uses, over a
 * {@link ClassWorld} only: resolution (JVMS §5.4.3.2–§5.4.3.4) of a symbolic reference, then, for
 * calls that dispatch, selection (§5.4.6, §6.5 {@code invokespecial}) of the method that runs.
 *
 * <p>"None" ({@link Optional#empty()}) stands for what the JVM would throw: {@code NoSuchFieldError}
 * or {@code NoSuchMethodError} for resolution; {@code AbstractMethodError} or
 * {@code IncompatibleClassChangeError} for selection. A class the world lacks answers "none" too
 * where it is needed, and is skipped where the JVM would only search it (a missing superinterface).
 * Where the JVMS lets resolution choose arbitrarily, the resolver chooses the first candidate in
 * {@link ClassWorld#allInterfaces} order, so that answers are deterministic.
 */
public final class Resolver {
    private final ClassWorld world;

    public Resolver(ClassWorld world) {
        this.world = world;
    }

    /**
     * JVMS §5.4.3.2: the field {@code owner} declares, else one of its superinterfaces' (recursively,
     * in declaration order), else its superclass's.
     */
    public Optional<FieldRef> resolveField(String owner, String name, String desc) {
        ClassNode c = world.get(owner);
        if (c == null) {
            return Optional.empty();
        }
        FieldNode own = ClassWorld.declaredField(c, name, desc);
        if (own != null) {
            return Optional.of(new FieldRef(c, own));
        }
        for (String i : c.interfaces) {
            Optional<FieldRef> f = resolveField(i, name, desc);
            if (f.isPresent()) {
                return f;
            }
        }
        return c.superName == null ? Optional.empty() : resolveField(c.superName, name, desc);
    }

    /**
     * Method resolution: JVMS §5.4.3.3 when {@code owner} is a class (its declaration or a
     * superclass's, else a superinterface method), §5.4.3.4 when it is an interface (its own
     * declaration, else a public instance method of {@code Object}, else a superinterface method).
     * An array type resolves as {@code Object} (§5.4.3.3: its methods are Object's). Signature
     * polymorphic methods are not modelled: the linker refuses {@code java.lang.invoke}.
     */
    public Optional<MethodRef> resolveMethod(String owner, String name, String desc) {
        String start = owner.startsWith("[") ? ClassWorld.OBJECT : owner;
        ClassNode c = world.get(start);
        if (c == null) {
            return Optional.empty();
        }
        if (!ClassWorld.isInterface(c)) {
            for (ClassNode k : world.superclasses(start)) {
                MethodNode m = ClassWorld.declaredMethod(k, name, desc);
                if (m != null) {
                    return Optional.of(new MethodRef(k, m));
                }
            }
        } else {
            MethodNode m = ClassWorld.declaredMethod(c, name, desc);
            if (m != null) {
                return Optional.of(new MethodRef(c, m));
            }
            Optional<MethodRef> fromObject = objectMethod(name, desc);
            if (fromObject.isPresent()) {
                return fromObject;
            }
        }
        // §5.4.3.3 step 3, §5.4.3.4 steps 4 and 5: exactly one non-abstract maximally-specific
        // method, else any non-private, non-static superinterface method (the first maximally
        // specific one: one exists whenever any does).
        List<MethodRef> candidates = maximallySpecific(start, name, desc);
        List<MethodRef> concrete =
                candidates.stream().filter(m -> !m.isAbstract()).toList();
        if (concrete.size() == 1) {
            return Optional.of(concrete.getFirst());
        }
        return candidates.stream().findFirst();
    }

    /**
     * JVMS §5.4.6: the method an {@code invokevirtual} or {@code invokeinterface} that resolved to
     * {@code resolved} runs on an object of class {@code receiver} (an array type counts as
     * {@code Object}). A private method is itself the selected method; otherwise the nearest
     * instance method of the receiver's class or a superclass that can override {@code resolved}
     * (§5.4.5), else the single non-abstract maximally-specific superinterface method. None when
     * that method is abstract ({@code AbstractMethodError}), when defaults conflict or
     * {@code resolved} is static ({@code IncompatibleClassChangeError}, §6.5).
     */
    public Optional<MethodRef> select(String receiver, MethodRef resolved) {
        if (resolved.isPrivate()) {
            return Optional.of(resolved);
        }
        if (resolved.isStatic()) {
            return Optional.empty();
        }
        String cls = receiver.startsWith("[") ? ClassWorld.OBJECT : receiver;
        String name = resolved.node().name;
        String desc = resolved.node().desc;
        for (ClassNode k : world.superclasses(cls)) {
            MethodNode m = ClassWorld.declaredMethod(k, name, desc);
            if (m != null && canOverride(new MethodRef(k, m), resolved)) {
                return concrete(new MethodRef(k, m));
            }
        }
        return singleDefault(cls, name, desc);
    }

    /**
     * JVMS §6.5 {@code invokespecial}: the method a call in class {@code current} that names
     * {@code referenced} and resolved to {@code resolved} runs. For a super call ({@code referenced}
     * a proper superclass of {@code current}, not a constructor) the search starts at the direct
     * superclass of {@code current}, else at {@code referenced} (for {@code I.super.m()} the
     * interface): its instance method of that name and descriptor or its superclasses', then for an
     * interface {@code Object}'s public one, then the single non-abstract maximally-specific
     * superinterface method. None when that is abstract or there is no single one.
     */
    public Optional<MethodRef> selectSpecial(String current, String referenced, MethodRef resolved) {
        String name = resolved.node().name;
        String desc = resolved.node().desc;
        ClassNode named = world.get(referenced);
        ClassNode currentClass = world.get(current);
        boolean superCall = !name.equals("<init>")
                && named != null
                && !ClassWorld.isInterface(named)
                && currentClass != null
                && !current.equals(referenced)
                && world.isSubtype(current, referenced);
        String start = superCall ? currentClass.superName : referenced;
        ClassNode c = world.get(start);
        if (c == null) {
            return Optional.empty();
        }
        List<ClassNode> searched = ClassWorld.isInterface(c) ? List.of(c) : world.superclasses(start);
        for (ClassNode k : searched) {
            MethodNode m = ClassWorld.declaredMethod(k, name, desc);
            if (m != null && (m.access & Opcodes.ACC_STATIC) == 0) {
                return concrete(new MethodRef(k, m));
            }
        }
        if (ClassWorld.isInterface(c)) {
            Optional<MethodRef> fromObject = objectMethod(name, desc);
            if (fromObject.isPresent()) {
                return fromObject;
            }
        }
        return singleDefault(start, name, desc);
    }

    /**
     * JVMS §5.4.5: whether {@code mC} can override {@code mA}: both are instance methods of the
     * same name and descriptor, neither is private, and {@code mA} is public or protected, or
     * package-private and either declared in the same run-time package or overridden by a method
     * {@code mB} of a class between them that {@code mC} can override in turn. Which class inherits
     * which is the caller's question: a superclass's method can override an interface method its
     * subclass implements (§5.4.6 asks it of every superclass of the receiver's class).
     */
    public boolean canOverride(MethodRef mC, MethodRef mA) {
        boolean sameKey =
                mC.node().name.equals(mA.node().name) && mC.node().desc.equals(mA.node().desc);
        if (!sameKey || mC.isPrivate() || mA.isPrivate() || mC.isStatic() || mA.isStatic()) {
            return false;
        }
        if ((mA.node().access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0
                || packageOf(mC.owner().name).equals(packageOf(mA.owner().name))) {
            return true;
        }
        List<ClassNode> chain = world.superclasses(mC.owner().name);
        for (int b = 1; b < chain.indexOf(mA.owner()); b++) {
            MethodNode mB = ClassWorld.declaredMethod(chain.get(b), mA.node().name, mA.node().desc);
            if (mB != null) {
                MethodRef between = new MethodRef(chain.get(b), mB);
                if (canOverride(mC, between) && canOverride(between, mA)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String packageOf(String internalName) {
        return internalName.substring(0, Math.max(0, internalName.lastIndexOf('/')));
    }

    private static Optional<MethodRef> concrete(MethodRef m) {
        return m.isAbstract() ? Optional.empty() : Optional.of(m);
    }

    /** {@code Object}'s public instance method of that name and descriptor (JVMS §5.4.3.4 step 3). */
    private Optional<MethodRef> objectMethod(String name, String desc) {
        ClassNode object = world.get(ClassWorld.OBJECT);
        MethodNode m = object == null ? null : ClassWorld.declaredMethod(object, name, desc);
        boolean publicInstance =
                m != null && (m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) == Opcodes.ACC_PUBLIC;
        return publicInstance ? Optional.of(new MethodRef(object, m)) : Optional.empty();
    }

    /** The one non-abstract maximally-specific superinterface method of {@code cls}, if there is exactly one. */
    private Optional<MethodRef> singleDefault(String cls, String name, String desc) {
        List<MethodRef> concrete = maximallySpecific(cls, name, desc).stream()
                .filter(m -> !m.isAbstract())
                .toList();
        return concrete.size() == 1 ? Optional.of(concrete.getFirst()) : Optional.empty();
    }

    /**
     * JVMS §5.4.3.3: the maximally-specific superinterface methods of {@code cls}: methods of that
     * name and descriptor, neither private nor static, declared in a superinterface of {@code cls}
     * that has no subinterface among the superinterfaces of {@code cls} declaring such a method.
     */
    private List<MethodRef> maximallySpecific(String cls, String name, String desc) {
        List<MethodRef> candidates = new ArrayList<>();
        for (String i : world.allInterfaces(cls)) {
            ClassNode ic = world.get(i);
            MethodNode m = ic == null ? null : ClassWorld.declaredMethod(ic, name, desc);
            if (m != null && (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0) {
                candidates.add(new MethodRef(ic, m));
            }
        }
        List<MethodRef> out = new ArrayList<>();
        for (MethodRef m : candidates) {
            boolean shadowed = candidates.stream()
                    .anyMatch(other -> other != m
                            && world.allInterfaces(other.owner().name).contains(m.owner().name));
            if (!shadowed) {
                out.add(m);
            }
        }
        return out;
    }
}
