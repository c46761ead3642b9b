package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Pass 3b, after the reflection folding: folds {@code AtomicIntegerFieldUpdater.newUpdater(C.class,
 * "f")}, {@code AtomicLongFieldUpdater}'s and {@code AtomicReferenceFieldUpdater.newUpdater(C.class,
 * V.class, "f")} whose arguments are constants ({@link ConstantValues}). The JDK finds the field by
 * reflection and updates it through {@code Unsafe}; here each (field, kind) gets one generated
 * final subclass of the updater in C's package whose methods read and write {@code C.f} directly,
 * and the call becomes {@code new} of it. What the JDK checks when it makes the updater (the field
 * exists, is accessible to the calling class, has the right type, is volatile and not static) is
 * decided here; a field the JDK refuses makes the site throw what the JDK throws, with its message.
 * A private field the caller may use (its own, or a nestmate's, JVMS §5.4.4) loses {@code private}
 * so that the generated class can reach it, as {@link LambdaLowering} does for private methods.
 * Calls with other arguments stay, and the reference check reports them as reflection.
 *
 * <p>Each generated method checks the object as the JDK does ({@code ClassCastException} for null
 * or another class) and then reads, compares and writes with no call and no loop in between: on
 * one vCPU preempted only at safepoints that is atomic (java.util.concurrent.atomic's package-info).
 */
final class FieldUpdaterFolding {
    static final String PACKAGE = "java/util/concurrent/atomic/";
    private static final String CLASS_DESC = "Ljava/lang/Class;";
    private static final String STRING_DESC = "Ljava/lang/String;";

    /** The three updaters: the field type each accepts (null: any reference) and its type error. */
    private enum Kind {
        INTEGER("AtomicIntegerFieldUpdater", Type.INT_TYPE, "Must be integer type"),
        LONG("AtomicLongFieldUpdater", Type.LONG_TYPE, "Must be long type"),
        REFERENCE("AtomicReferenceFieldUpdater", null, "Must be reference type");

        final String updater;
        final Type primitive;
        final String typeError;

        Kind(String simpleName, Type primitive, String typeError) {
            this.updater = PACKAGE + simpleName;
            this.primitive = primitive;
            this.typeError = typeError;
        }

        String newUpdaterDesc() {
            String classes = this == REFERENCE ? CLASS_DESC + CLASS_DESC : CLASS_DESC;
            return "(" + classes + STRING_DESC + ")L" + updater + ";";
        }

        int operands() {
            return this == REFERENCE ? 3 : 2;
        }
    }

    private final World world;
    private final Map<String, String> generated = new HashMap<>();
    /** The access flags of the fields this pass made non-private, as the JDK's checks see them. */
    private final Map<FieldNode, Integer> declaredAccess = new HashMap<>();

    private int next;

    FieldUpdaterFolding(World world) {
        this.world = world;
    }

    /** Whether {@code call} is one of the updaters' {@code newUpdater}: one left after this pass is reported. */
    static boolean isNewUpdater(MethodInsnNode call) {
        return kind(call) != null;
    }

    private static Kind kind(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode call
                && call.getOpcode() == INVOKESTATIC
                && call.name.equals("newUpdater")
                && call.owner.startsWith(PACKAGE)) {
            for (Kind k : Kind.values()) {
                if (call.owner.equals(k.updater) && call.desc.equals(k.newUpdaterDesc())) {
                    return k;
                }
            }
        }
        return null;
    }

    /** Folds every site it can; returns how many. */
    int fold() {
        int folded = 0;
        for (ClassNode c : new ArrayList<>(world.classes())) {
            for (MethodNode m : c.methods) {
                if (!hasSite(m)) {
                    continue;
                }
                ConstantValues constants = ConstantValues.of(c.name, m);
                if (constants == null) {
                    continue;
                }
                Map<MethodInsnNode, InsnList> replacements = new LinkedHashMap<>();
                for (AbstractInsnNode insn : m.instructions) {
                    Kind k = kind(insn);
                    InsnList r = k == null ? null : fold(c, (MethodInsnNode) insn, k, constants);
                    if (r != null) {
                        replacements.put((MethodInsnNode) insn, r);
                    }
                }
                replacements.forEach((call, r) -> {
                    m.instructions.insert(call, r);
                    m.instructions.remove(call);
                });
                folded += replacements.size();
            }
        }
        return folded;
    }

    private static boolean hasSite(MethodNode m) {
        for (AbstractInsnNode insn : m.instructions) {
            if (kind(insn) != null) {
                return true;
            }
        }
        return false;
    }

    private InsnList fold(ClassNode caller, MethodInsnNode call, Kind kind, ConstantValues constants) {
        String name = constants.string(constants.operand(call, 0));
        Type target = constants.type(constants.operand(call, kind.operands() - 1), this::existing);
        Type value = kind == Kind.REFERENCE ? constants.type(constants.operand(call, 1), this::existing) : null;
        if (name == null
                || target == null
                || target.getSort() != Type.OBJECT
                || !world.contains(target.getInternalName())
                || (kind == Kind.REFERENCE && value == null)) {
            return null;
        }
        ClassNode owner = world.get(target.getInternalName());
        InsnList r = new InsnList();
        for (int i = 0; i < kind.operands(); i++) {
            r.add(new InsnNode(POP));
        }
        FieldNode f = declaredField(owner, name);
        if (f == null) {
            return refuse(r, kind, wrapped("java/lang/NoSuchFieldException", name));
        }
        int access = declaredAccess.getOrDefault(f, f.access);
        if (!accessible(caller, owner, access)) {
            return refuse(r, kind, wrapped("java/lang/IllegalAccessException", illegalAccess(caller, owner, access)));
        }
        Type fieldType = Type.getType(f.desc);
        String typeError = kind.primitive != null && !fieldType.equals(kind.primitive) ? kind.typeError : null;
        if (kind == Kind.REFERENCE && !value.equals(fieldType)) {
            return refuse(r, kind, exception("java/lang/ClassCastException", null));
        }
        if (kind == Kind.REFERENCE && fieldType.getSort() != Type.OBJECT && fieldType.getSort() != Type.ARRAY) {
            typeError = kind.typeError;
        }
        if (typeError != null) {
            return refuse(r, kind, exception("java/lang/IllegalArgumentException", typeError));
        }
        if ((f.access & ACC_VOLATILE) == 0) {
            return refuse(r, kind, exception("java/lang/IllegalArgumentException", "Must be volatile type"));
        }
        if ((f.access & ACC_STATIC) != 0) {
            // HotSpot's Unsafe.objectFieldOffset refuses a static field, without a message
            return refuse(r, kind, exception("java/lang/IllegalArgumentException", null));
        }
        // a protected field of another package is reached only through the caller's instances (JLS §6.6.2)
        boolean narrowed = (access & ACC_PROTECTED) != 0
                && world.model().superclasses(caller.name).contains(owner)
                && !samePackage(caller.name, owner.name);
        String updater = updater(kind, owner, f, narrowed ? caller.name : owner.name);
        r.add(new TypeInsnNode(NEW, updater));
        r.add(new InsnNode(DUP));
        r.add(new MethodInsnNode(INVOKESPECIAL, updater, "<init>", "()V", false));
        return r;
    }

    /** As in {@link ReflectionFolding}: a constant {@code forName} of a class in the world. */
    private Type existing(String binaryName) {
        String internal = binaryName.replace('.', '/');
        return binaryName.indexOf('/') < 0 && world.contains(internal) ? Type.getObjectType(internal) : null;
    }

    private static FieldNode declaredField(ClassNode c, String name) {
        for (FieldNode f : c.fields) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** JDK {@code Reflection.verifyMemberAccess} for a member of {@code owner} used by {@code caller}. */
    private boolean accessible(ClassNode caller, ClassNode owner, int access) {
        if (caller == owner) {
            return true;
        }
        boolean samePackage = samePackage(caller.name, owner.name);
        if ((owner.access & ACC_PUBLIC) == 0 && !samePackage) {
            return false;
        }
        if ((access & ACC_PUBLIC) != 0) {
            return true;
        }
        if ((access & ACC_PRIVATE) != 0) {
            return nestHost(caller).equals(nestHost(owner));
        }
        if ((access & ACC_PROTECTED) != 0
                && world.model().superclasses(caller.name).contains(owner)) {
            return true;
        }
        return samePackage;
    }

    private static String nestHost(ClassNode c) {
        return c.nestHostClass != null ? c.nestHostClass : c.name;
    }

    private static boolean samePackage(String a, String b) {
        return a.substring(0, a.lastIndexOf('/') + 1).equals(b.substring(0, b.lastIndexOf('/') + 1));
    }

    /** JDK {@code Reflection.newIllegalAccessException}'s message (both classes in the unnamed module). */
    private static String illegalAccess(ClassNode caller, ClassNode owner, int access) {
        int modifiers = access
                & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL | ACC_VOLATILE | ACC_TRANSIENT);
        boolean packageAccess = (modifiers & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED)) == 0;
        return classLabel(caller) + " cannot access a member of " + classLabel(owner)
                + (packageAccess ? " with package access" : " with modifiers \"" + modifierNames(modifiers) + "\"");
    }

    private static String classLabel(ClassNode c) {
        return ((c.access & ACC_INTERFACE) != 0 ? "interface " : "class ") + c.name.replace('/', '.');
    }

    /** {@code java.lang.reflect.Modifier.toString} for a field's modifiers, in its order. */
    private static String modifierNames(int modifiers) {
        List<String> names = new ArrayList<>();
        int[] bits = {ACC_PUBLIC, ACC_PROTECTED, ACC_PRIVATE, ACC_STATIC, ACC_FINAL, ACC_TRANSIENT, ACC_VOLATILE};
        String[] words = {"public", "protected", "private", "static", "final", "transient", "volatile"};
        for (int i = 0; i < bits.length; i++) {
            if ((modifiers & bits[i]) != 0) {
                names.add(words[i]);
            }
        }
        return String.join(" ", names);
    }

    /** The site's replacement when the JDK refuses the field: {@code (Updater) Members.fail(e)}. */
    private static InsnList refuse(InsnList r, Kind kind, InsnList exception) {
        r.add(exception);
        r.add(new MethodInsnNode(
                INVOKESTATIC,
                ReflectionAccessors.MEMBERS,
                "fail",
                "(Ljava/lang/RuntimeException;)Ljava/lang/Object;",
                false));
        r.add(new TypeInsnNode(CHECKCAST, kind.updater));
        return r;
    }

    /** {@code new RuntimeException(new cause(message))}: how the JDK reports a failed field lookup. */
    private static InsnList wrapped(String cause, String message) {
        InsnList i = new InsnList();
        i.add(new TypeInsnNode(NEW, "java/lang/RuntimeException"));
        i.add(new InsnNode(DUP));
        i.add(exception(cause, message));
        i.add(new MethodInsnNode(
                INVOKESPECIAL, "java/lang/RuntimeException", "<init>", "(Ljava/lang/Throwable;)V", false));
        return i;
    }

    /** {@code new type(message)}, or {@code new type()} for a null message. */
    private static InsnList exception(String type, String message) {
        InsnList i = new InsnList();
        i.add(new TypeInsnNode(NEW, type));
        i.add(new InsnNode(DUP));
        if (message == null) {
            i.add(new MethodInsnNode(INVOKESPECIAL, type, "<init>", "()V", false));
        } else {
            i.add(new LdcInsnNode(message));
            i.add(new MethodInsnNode(INVOKESPECIAL, type, "<init>", "(" + STRING_DESC + ")V", false));
        }
        return i;
    }

    /** The generated updater of {@code owner.f}, made once; {@code receiver} is what its objects must be. */
    private String updater(Kind kind, ClassNode owner, FieldNode f, String receiver) {
        return generated.computeIfAbsent(owner.name + "." + f.name + " " + receiver, k -> {
            declaredAccess.putIfAbsent(f, f.access);
            f.access &= ~ACC_PRIVATE;
            ClassNode c = new ClassNode();
            String pkg = owner.name.substring(0, owner.name.lastIndexOf('/') + 1);
            String name;
            do {
                name = pkg + "ukl$Updater" + next++;
            } while (world.contains(name));
            c.visit(V1_8, ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name, null, kind.updater, null);
            MethodNode init = new MethodNode(ACC_PUBLIC, "<init>", "()V", null, null);
            init.visitVarInsn(ALOAD, 0);
            init.visitMethodInsn(INVOKESPECIAL, kind.updater, "<init>", "()V", false);
            init.visitInsn(RETURN);
            c.methods.add(init);
            new Methods(kind, owner, f, receiver).addTo(c);
            world.add(c, world.isApplication(owner.name));
            return name;
        });
    }

    /** The generated updater's methods over one field. */
    private static final class Methods {
        private final Kind kind;
        private final ClassNode owner;
        private final FieldNode field;
        private final String receiver;
        private final Type type;
        /** The value's parameter type: the field's for a primitive, Object for a reference (the erasure of V). */
        private final Type value;

        Methods(Kind kind, ClassNode owner, FieldNode field, String receiver) {
            this.kind = kind;
            this.owner = owner;
            this.field = field;
            this.receiver = receiver;
            this.type = Type.getType(field.desc);
            this.value = kind == Kind.REFERENCE ? Type.getObjectType("java/lang/Object") : type;
        }

        void addTo(ClassNode c) {
            String v = value.getDescriptor();
            c.methods.add(get());
            c.methods.add(set("set"));
            c.methods.add(set("lazySet"));
            c.methods.add(compareAndSet("compareAndSet"));
            c.methods.add(compareAndSet("weakCompareAndSet"));
            c.methods.add(getAndSet());
            if (kind != Kind.REFERENCE) {
                c.methods.add(add("getAndAdd", "(Ljava/lang/Object;" + v + ")" + v, 0, false));
                c.methods.add(add("addAndGet", "(Ljava/lang/Object;" + v + ")" + v, 0, true));
                c.methods.add(add("getAndIncrement", "(Ljava/lang/Object;)" + v, 1, false));
                c.methods.add(add("getAndDecrement", "(Ljava/lang/Object;)" + v, -1, false));
                c.methods.add(add("incrementAndGet", "(Ljava/lang/Object;)" + v, 1, true));
                c.methods.add(add("decrementAndGet", "(Ljava/lang/Object;)" + v, -1, true));
            }
        }

        private MethodNode get() {
            MethodNode m = method("get", "(Ljava/lang/Object;)" + value.getDescriptor());
            target(m);
            m.visitFieldInsn(GETFIELD, owner.name, field.name, field.desc);
            m.visitInsn(value.getOpcode(IRETURN));
            return m;
        }

        private MethodNode set(String name) {
            MethodNode m = method(name, "(Ljava/lang/Object;" + value.getDescriptor() + ")V");
            checkValue(m, 2);
            target(m);
            m.visitVarInsn(value.getOpcode(ILOAD), 2);
            castValue(m);
            m.visitFieldInsn(PUTFIELD, owner.name, field.name, field.desc);
            m.visitInsn(RETURN);
            return m;
        }

        /** {@code if (t.f != expect) return false; t.f = update; return true;} */
        private MethodNode compareAndSet(String name) {
            String v = value.getDescriptor();
            MethodNode m = method(name, "(Ljava/lang/Object;" + v + v + ")Z");
            int update = 2 + value.getSize();
            checkValue(m, update);
            target(m);
            int t = update + value.getSize();
            m.visitVarInsn(ASTORE, t);
            m.visitVarInsn(ALOAD, t);
            m.visitFieldInsn(GETFIELD, owner.name, field.name, field.desc);
            m.visitVarInsn(value.getOpcode(ILOAD), 2);
            Label differ = new Label();
            switch (kind) {
                case INTEGER -> m.visitJumpInsn(IF_ICMPNE, differ);
                case LONG -> {
                    m.visitInsn(LCMP);
                    m.visitJumpInsn(IFNE, differ);
                }
                case REFERENCE -> m.visitJumpInsn(IF_ACMPNE, differ);
            }
            m.visitVarInsn(ALOAD, t);
            m.visitVarInsn(value.getOpcode(ILOAD), update);
            castValue(m);
            m.visitFieldInsn(PUTFIELD, owner.name, field.name, field.desc);
            m.visitInsn(ICONST_1);
            m.visitInsn(IRETURN);
            m.visitLabel(differ);
            m.visitInsn(ICONST_0);
            m.visitInsn(IRETURN);
            return m;
        }

        /** {@code old = t.f; t.f = newValue; return old;} */
        private MethodNode getAndSet() {
            String v = value.getDescriptor();
            MethodNode m = method("getAndSet", "(Ljava/lang/Object;" + v + ")" + v);
            checkValue(m, 2);
            target(m);
            m.visitInsn(DUP);
            m.visitFieldInsn(GETFIELD, owner.name, field.name, field.desc);
            int old = 2 + value.getSize();
            m.visitVarInsn(value.getOpcode(ISTORE), old);
            m.visitVarInsn(value.getOpcode(ILOAD), 2);
            castValue(m);
            m.visitFieldInsn(PUTFIELD, owner.name, field.name, field.desc);
            m.visitVarInsn(value.getOpcode(ILOAD), old);
            m.visitInsn(value.getOpcode(IRETURN));
            return m;
        }

        /**
         * {@code old = t.f; t.f = old + delta; return old (or the sum);} where the delta is the
         * parameter ({@code constant} 0) or the constant ±1.
         */
        private MethodNode add(String name, String desc, int constant, boolean returnsSum) {
            MethodNode m = method(name, desc);
            target(m);
            m.visitInsn(DUP);
            m.visitFieldInsn(GETFIELD, owner.name, field.name, field.desc);
            boolean isLong = kind == Kind.LONG;
            if (!returnsSum) {
                m.visitInsn(isLong ? DUP2_X1 : DUP_X1); // the old value under the target
            }
            if (constant == 0) {
                m.visitVarInsn(value.getOpcode(ILOAD), 2);
            } else if (isLong) {
                m.visitLdcInsn((long) constant);
            } else {
                m.visitLdcInsn(constant);
            }
            m.visitInsn(isLong ? LADD : IADD);
            if (returnsSum) {
                m.visitInsn(isLong ? DUP2_X1 : DUP_X1); // the sum under the target
            }
            m.visitFieldInsn(PUTFIELD, owner.name, field.name, field.desc);
            m.visitInsn(value.getOpcode(IRETURN));
            return m;
        }

        private static MethodNode method(String name, String desc) {
            return new MethodNode(ACC_PUBLIC | ACC_FINAL, name, desc, null, null);
        }

        /**
         * Pushes the object (local 1) as the field's class, after the JDK's {@code accessCheck}: a
         * null or an object of another class throws {@code ClassCastException}, or, for a protected
         * field the caller narrowed to its own instances, a RuntimeException around an
         * IllegalAccessException.
         */
        private void target(MethodNode m) {
            Label ok = new Label();
            m.visitVarInsn(ALOAD, 1);
            m.visitTypeInsn(INSTANCEOF, receiver);
            m.visitJumpInsn(IFNE, ok);
            if (receiver.equals(owner.name)) {
                throwNew(m, "java/lang/ClassCastException");
            } else {
                m.visitTypeInsn(NEW, "java/lang/RuntimeException");
                m.visitInsn(DUP);
                m.visitTypeInsn(NEW, "java/lang/IllegalAccessException");
                m.visitInsn(DUP);
                m.visitLdcInsn("Class " + receiver.replace('/', '.') + " can not access a protected member of class "
                        + owner.name.replace('/', '.') + " using an instance of ");
                m.visitVarInsn(ALOAD, 1);
                m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()" + CLASS_DESC, false);
                m.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Class", "getName", "()" + STRING_DESC, false);
                m.visitMethodInsn(
                        INVOKEVIRTUAL, "java/lang/String", "concat", "(" + STRING_DESC + ")" + STRING_DESC, false);
                m.visitMethodInsn(
                        INVOKESPECIAL, "java/lang/IllegalAccessException", "<init>", "(" + STRING_DESC + ")V", false);
                m.visitMethodInsn(
                        INVOKESPECIAL, "java/lang/RuntimeException", "<init>", "(Ljava/lang/Throwable;)V", false);
                m.visitInsn(ATHROW);
            }
            m.visitLabel(ok);
            m.visitVarInsn(ALOAD, 1);
            m.visitTypeInsn(CHECKCAST, owner.name);
        }

        /** The JDK's {@code valueCheck}: a non-null new value not of the field's class throws ClassCastException. */
        private void checkValue(MethodNode m, int local) {
            if (kind != Kind.REFERENCE || type.getDescriptor().equals("Ljava/lang/Object;")) {
                return;
            }
            Label ok = new Label();
            m.visitVarInsn(ALOAD, local);
            m.visitJumpInsn(IFNULL, ok);
            m.visitVarInsn(ALOAD, local);
            m.visitTypeInsn(INSTANCEOF, type.getInternalName());
            m.visitJumpInsn(IFNE, ok);
            throwNew(m, "java/lang/ClassCastException");
            m.visitLabel(ok);
        }

        /** The value just loaded as the field's type (checked by {@link #checkValue}). */
        private void castValue(MethodNode m) {
            if (kind == Kind.REFERENCE && !type.getDescriptor().equals("Ljava/lang/Object;")) {
                m.visitTypeInsn(CHECKCAST, type.getInternalName());
            }
        }

        private static void throwNew(MethodNode m, String type) {
            m.visitTypeInsn(NEW, type);
            m.visitInsn(DUP);
            m.visitMethodInsn(INVOKESPECIAL, type, "<init>", "()V", false);
            m.visitInsn(ATHROW);
        }
    }
}
