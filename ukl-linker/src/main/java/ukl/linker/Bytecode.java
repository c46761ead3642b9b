package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/** Small bytecode idioms the lowerings share: spilling operands, constants, boxing, JLS §5.1 conversions. */
final class Bytecode {
    static final String OBJECT = "java/lang/Object";
    static final String STRING_BUILDER = "java/lang/StringBuilder";

    private Bytecode() {}

    /**
     * Stores the operands {@code types} (last on top of the stack) into fresh locals of
     * {@code method} and returns their slots; {@code out} receives the stores.
     */
    static int[] spill(MethodNode method, Type[] types, InsnList out) {
        int[] slots = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            slots[i] = method.maxLocals;
            method.maxLocals += types[i].getSize();
        }
        for (int i = types.length - 1; i >= 0; i--) {
            out.add(new VarInsnNode(types[i].getOpcode(ISTORE), slots[i]));
        }
        return slots;
    }

    static AbstractInsnNode load(Type type, int slot) {
        return new VarInsnNode(type.getOpcode(ILOAD), slot);
    }

    static AbstractInsnNode pushInt(int value) {
        if (value >= -1 && value <= 5) {
            return new InsnNode(ICONST_0 + value);
        }
        if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            return new IntInsnNode(BIPUSH, value);
        }
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            return new IntInsnNode(SIPUSH, value);
        }
        return new LdcInsnNode(value);
    }

    /** {@code new StringBuilder()}. */
    static void newStringBuilder(InsnList out) {
        out.add(new TypeInsnNode(NEW, STRING_BUILDER));
        out.add(new InsnNode(DUP));
        out.add(new MethodInsnNode(INVOKESPECIAL, STRING_BUILDER, "<init>", "()V", false));
    }

    /**
     * The {@code StringBuilder.append} overload whose result equals {@code String.valueOf(x)} for a
     * value of {@code type} (JLS §5.1.11): {@code char[]} and every other reference but
     * {@code String} go through {@code append(Object)}, because {@code append(char[])} would append
     * the characters where string conversion gives {@code [C@...}.
     */
    static MethodInsnNode append(Type type) {
        String arg =
                switch (type.getSort()) {
                    case Type.BOOLEAN -> "Z";
                    case Type.CHAR -> "C";
                    case Type.BYTE, Type.SHORT, Type.INT -> "I";
                    case Type.LONG -> "J";
                    case Type.FLOAT -> "F";
                    case Type.DOUBLE -> "D";
                    default ->
                        type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
                };
        return new MethodInsnNode(
                INVOKEVIRTUAL, STRING_BUILDER, "append", "(" + arg + ")Ljava/lang/StringBuilder;", false);
    }

    static void appendLiteral(String literal, InsnList out) {
        if (!literal.isEmpty()) {
            out.add(new LdcInsnNode(literal));
            out.add(append(Type.getType(String.class)));
        }
    }

    static boolean isPrimitive(Type t) {
        return t.getSort() >= Type.BOOLEAN && t.getSort() <= Type.DOUBLE;
    }

    static String wrapper(Type primitive) {
        return switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalArgumentException("not a primitive type: " + primitive);
        };
    }

    /** The primitive type a wrapper class holds, or {@code null} when {@code t} is no wrapper. */
    static Type unwrapped(Type t) {
        for (Type p : new Type[] {
            Type.BOOLEAN_TYPE,
            Type.CHAR_TYPE,
            Type.BYTE_TYPE,
            Type.SHORT_TYPE,
            Type.INT_TYPE,
            Type.LONG_TYPE,
            Type.FLOAT_TYPE,
            Type.DOUBLE_TYPE
        }) {
            if (t.getSort() == Type.OBJECT && t.getInternalName().equals(wrapper(p))) {
                return p;
            }
        }
        return null;
    }

    /**
     * Converts the value on top of the stack from {@code from} to {@code to} as method handle
     * adaptation does for {@code LambdaMetafactory}: widening primitive conversion (JLS §5.1.2),
     * boxing (§5.1.7), unboxing then widening (§5.1.8), and a reference cast.
     */
    static void convert(Type from, Type to, InsnList out) {
        if (from.equals(to) || to.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(from) && isPrimitive(to)) {
            widen(from, to, out);
        } else if (isPrimitive(from)) {
            String w = wrapper(from);
            out.add(new MethodInsnNode(INVOKESTATIC, w, "valueOf", "(" + from.getDescriptor() + ")L" + w + ";", false));
            cast(Type.getObjectType(w), to, out);
        } else if (isPrimitive(to)) {
            Type held = unwrapped(from);
            if (held == null) {
                held = to;
                out.add(new TypeInsnNode(CHECKCAST, wrapper(to)));
            }
            String w = wrapper(held);
            out.add(new MethodInsnNode(
                    INVOKEVIRTUAL, w, held.getClassName() + "Value", "()" + held.getDescriptor(), false));
            widen(held, to, out);
        } else {
            cast(from, to, out);
        }
    }

    private static void cast(Type from, Type to, InsnList out) {
        if (!from.equals(to) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
            out.add(new TypeInsnNode(
                    CHECKCAST, to.getSort() == Type.ARRAY ? to.getDescriptor() : to.getInternalName()));
        }
    }

    /** JLS §5.1.2; byte, short and char are already ints on the operand stack (JVMS §2.11.1). */
    private static void widen(Type from, Type to, InsnList out) {
        int f = stackSort(from);
        int t = stackSort(to);
        if (f == t) {
            return;
        }
        int opcode =
                switch (f * 16 + t) {
                    case Type.INT * 16 + Type.LONG -> I2L;
                    case Type.INT * 16 + Type.FLOAT -> I2F;
                    case Type.INT * 16 + Type.DOUBLE -> I2D;
                    case Type.LONG * 16 + Type.FLOAT -> L2F;
                    case Type.LONG * 16 + Type.DOUBLE -> L2D;
                    case Type.FLOAT * 16 + Type.DOUBLE -> F2D;
                    default -> throw new IllegalArgumentException("no widening conversion from " + from + " to " + to);
                };
        out.add(new InsnNode(opcode));
    }

    private static int stackSort(Type t) {
        return switch (t.getSort()) {
            case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> Type.INT;
            default -> t.getSort();
        };
    }
}
