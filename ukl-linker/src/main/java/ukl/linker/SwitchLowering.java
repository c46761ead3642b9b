package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * {@code SwitchBootstraps.typeSwitch} and {@code enumSwitch} (JDK 25) → the chain of tests the JDK
 * generates: {@code Objects.checkIndex(restart, labels + 1)}; a {@code null} target gives -1;
 * otherwise the first label at or after {@code restart} that matches gives its index, and none
 * gives {@code labels.length}. A class label matches an instance; a {@code String} label matches
 * when {@code label.equals(target)}; an {@code Integer} label matches a {@code Number}'s
 * {@code intValue()} or a {@code Character}'s value; {@code Long}, {@code Float}, {@code Double}
 * and {@code Boolean} labels match when their boxed value equals the target; an enum constant label
 * matches that constant only (identity).
 */
final class SwitchLowering {
    private final World world;

    SwitchLowering(World world) {
        this.world = world;
    }

    /** {@code null} for a form not lowered (a primitive selector, JEP 455). */
    InsnList lower(MethodNode method, InvokeDynamicInsnNode indy) {
        Type[] params = Type.getArgumentTypes(indy.desc);
        if (params.length != 2 || Bytecode.isPrimitive(params[0])) {
            return null;
        }
        boolean enumSwitch = indy.bsm.getName().equals("enumSwitch");
        Object[] labels = indy.bsmArgs;
        InsnList out = new InsnList();
        int[] slots = Bytecode.spill(method, params, out);
        int target = slots[0];
        int restart = slots[1];
        LabelNode end = new LabelNode();
        out.add(new VarInsnNode(ILOAD, restart));
        out.add(Bytecode.pushInt(labels.length + 1));
        out.add(new MethodInsnNode(INVOKESTATIC, "java/util/Objects", "checkIndex", "(II)I", false));
        out.add(new InsnNode(POP));
        LabelNode nonNull = new LabelNode();
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new JumpInsnNode(IFNONNULL, nonNull));
        out.add(new InsnNode(ICONST_M1));
        out.add(new JumpInsnNode(GOTO, end));
        out.add(nonNull);
        LabelNode noMatch = new LabelNode();
        if (labels.length > 0) {
            LabelNode[] cases = new LabelNode[labels.length];
            for (int i = 0; i < cases.length; i++) {
                cases[i] = new LabelNode();
            }
            out.add(new VarInsnNode(ILOAD, restart));
            out.add(new TableSwitchInsnNode(0, labels.length - 1, noMatch, cases));
            for (int i = 0; i < labels.length; i++) {
                LabelNode next = i + 1 < labels.length ? cases[i + 1] : noMatch;
                out.add(cases[i]);
                Object label = labels[i];
                if (enumSwitch && label instanceof String constant) {
                    testEnumConstant(params[0].getInternalName(), constant, target, next, out);
                } else {
                    testLabel(label, target, next, out);
                }
                out.add(Bytecode.pushInt(i));
                out.add(new JumpInsnNode(GOTO, end));
            }
        }
        out.add(noMatch);
        out.add(Bytecode.pushInt(labels.length));
        out.add(end);
        return out;
    }

    private void testLabel(Object label, int target, LabelNode next, InsnList out) {
        switch (label) {
            case Type type -> {
                out.add(new VarInsnNode(ALOAD, target));
                out.add(new TypeInsnNode(
                        INSTANCEOF, type.getSort() == Type.ARRAY ? type.getDescriptor() : type.getInternalName()));
                out.add(new JumpInsnNode(IFEQ, next));
            }
            case String s -> {
                out.add(new LdcInsnNode(s));
                out.add(new VarInsnNode(ALOAD, target));
                out.add(new MethodInsnNode(INVOKEVIRTUAL, Bytecode.OBJECT, "equals", "(Ljava/lang/Object;)Z", false));
                out.add(new JumpInsnNode(IFEQ, next));
            }
            case Integer value -> testInteger(value, target, next, out);
            case Long value -> testBoxed(value, Type.LONG_TYPE, target, next, out);
            case Float value -> testBoxed(value, Type.FLOAT_TYPE, target, next, out);
            case Double value -> testBoxed(value, Type.DOUBLE_TYPE, target, next, out);
            case ConstantDynamic enumDesc ->
                testEnumConstant(
                        enumClass(enumDesc), (String) enumDesc.getBootstrapMethodArgument(2), target, next, out);
            default ->
                throw new IllegalArgumentException("unsupported switch label " + label + " ("
                        + label.getClass().getName() + ")");
        }
    }

    /** A Number's {@code intValue()} or a Character's value equals the label. */
    private static void testInteger(int value, int target, LabelNode next, InsnList out) {
        LabelNode notNumber = new LabelNode();
        LabelNode compare = new LabelNode();
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new TypeInsnNode(INSTANCEOF, "java/lang/Number"));
        out.add(new JumpInsnNode(IFEQ, notNumber));
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new TypeInsnNode(CHECKCAST, "java/lang/Number"));
        out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Number", "intValue", "()I", false));
        out.add(new JumpInsnNode(GOTO, compare));
        out.add(notNumber);
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new TypeInsnNode(INSTANCEOF, "java/lang/Character"));
        out.add(new JumpInsnNode(IFEQ, next));
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new TypeInsnNode(CHECKCAST, "java/lang/Character"));
        out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Character", "charValue", "()C", false));
        out.add(compare);
        out.add(Bytecode.pushInt(value));
        out.add(new JumpInsnNode(IF_ICMPNE, next));
    }

    /** {@code Wrapper.valueOf(label).equals(target)}. */
    private static void testBoxed(Object value, Type primitive, int target, LabelNode next, InsnList out) {
        String w = Bytecode.wrapper(primitive);
        out.add(new LdcInsnNode(value));
        out.add(new MethodInsnNode(
                INVOKESTATIC, w, "valueOf", "(" + primitive.getDescriptor() + ")L" + w + ";", false));
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new MethodInsnNode(INVOKEVIRTUAL, Bytecode.OBJECT, "equals", "(Ljava/lang/Object;)Z", false));
        out.add(new JumpInsnNode(IFEQ, next));
    }

    /** Identity with the constant; a name the enum lacks never matches, as in the JDK. */
    private void testEnumConstant(String enumClass, String constant, int target, LabelNode next, InsnList out) {
        String desc = "L" + enumClass + ";";
        if (world.resolver().resolveField(enumClass, constant, desc).isEmpty()) {
            out.add(new JumpInsnNode(GOTO, next));
            return;
        }
        out.add(new FieldInsnNode(GETSTATIC, enumClass, constant, desc));
        out.add(new VarInsnNode(ALOAD, target));
        out.add(new JumpInsnNode(IF_ACMPNE, next));
    }

    /**
     * javac encodes an {@code EnumDesc} label as {@code ConstantBootstraps.invoke(EnumDesc.of,
     * ClassDesc.of("pkg.E"), "NAME")}, the class description itself a dynamic constant.
     */
    private static String enumClass(ConstantDynamic enumDesc) {
        ConstantDynamic classDesc = (ConstantDynamic) enumDesc.getBootstrapMethodArgument(1);
        return ((String) classDesc.getBootstrapMethodArgument(1)).replace('.', '/');
    }
}
