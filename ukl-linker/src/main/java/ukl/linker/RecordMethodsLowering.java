package ukl.linker;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A record's {@code ObjectMethods.bootstrap} sites → the bodies {@code java.lang.runtime.ObjectMethods}
 * builds (JDK 25): {@code toString} gives {@code Point[x=1, y=2]} with the class's simple name;
 * {@code hashCode} is {@code 31 * h + hash(c)} over the components from 0, with the wrappers'
 * {@code hashCode} for primitives and {@code Objects.hashCode} for references; {@code equals} is true
 * for the same object, false for a non-instance, and otherwise compares the components from the
 * last to the first ({@code ==}, {@code Float.compare}/{@code Double.compare}, {@code Objects.equals}).
 */
final class RecordMethodsLowering {
    private RecordMethodsLowering() {}

    /** {@code null} for a method name the bootstrap does not define. */
    static InsnList lower(ClassNode caller, MethodNode method, InvokeDynamicInsnNode indy) {
        Type record = (Type) indy.bsmArgs[0];
        String names = (String) indy.bsmArgs[1];
        List<Handle> getters = java.util.Arrays.stream(indy.bsmArgs, 2, indy.bsmArgs.length)
                .map(Handle.class::cast)
                .toList();
        if (getters.stream().anyMatch(g -> g.getTag() != H_GETFIELD)) {
            return null; // javac passes the component fields (REF_getField); other handles are not lowered
        }
        InsnList out = new InsnList();
        int[] slots = Bytecode.spill(method, Type.getArgumentTypes(indy.desc), out);
        switch (indy.name) {
            case "toString" ->
                toString(
                        simpleName(caller, record.getInternalName()),
                        names.isEmpty() ? new String[0] : names.split(";"),
                        getters,
                        slots[0],
                        out);
            case "hashCode" -> hashCode(getters, slots[0], out);
            case "equals" -> equals(record.getInternalName(), getters, slots[0], slots[1], out);
            default -> {
                return null;
            }
        }
        return out;
    }

    private static void toString(String simpleName, String[] names, List<Handle> getters, int self, InsnList out) {
        Bytecode.newStringBuilder(out);
        StringBuilder literal = new StringBuilder(simpleName).append('[');
        for (int i = 0; i < getters.size(); i++) {
            literal.append(i == 0 ? "" : ", ").append(names[i]).append('=');
            Bytecode.appendLiteral(literal.toString(), out);
            literal.setLength(0);
            get(getters.get(i), self, out);
            out.add(Bytecode.append(Type.getType(getters.get(i).getDesc())));
        }
        Bytecode.appendLiteral(literal.append(']').toString(), out);
        out.add(new MethodInsnNode(INVOKEVIRTUAL, Bytecode.STRING_BUILDER, "toString", "()Ljava/lang/String;", false));
    }

    private static void hashCode(List<Handle> getters, int self, InsnList out) {
        out.add(new InsnNode(ICONST_0));
        for (Handle getter : getters) {
            out.add(new IntInsnNode(BIPUSH, 31));
            out.add(new InsnNode(IMUL));
            get(getter, self, out);
            Type t = Type.getType(getter.getDesc());
            if (Bytecode.isPrimitive(t)) {
                String w = Bytecode.wrapper(t);
                out.add(new MethodInsnNode(INVOKESTATIC, w, "hashCode", "(" + t.getDescriptor() + ")I", false));
            } else {
                out.add(new MethodInsnNode(
                        INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false));
            }
            out.add(new InsnNode(IADD));
        }
    }

    private static void equals(String record, List<Handle> getters, int self, int other, InsnList out) {
        LabelNode notSame = new LabelNode();
        LabelNode isFalse = new LabelNode();
        LabelNode end = new LabelNode();
        out.add(new VarInsnNode(ALOAD, self));
        out.add(new VarInsnNode(ALOAD, other));
        out.add(new JumpInsnNode(IF_ACMPNE, notSame));
        out.add(new InsnNode(ICONST_1));
        out.add(new JumpInsnNode(GOTO, end));
        out.add(notSame);
        out.add(new VarInsnNode(ALOAD, other));
        out.add(new TypeInsnNode(INSTANCEOF, record));
        out.add(new JumpInsnNode(IFEQ, isFalse));
        for (Handle getter : getters.reversed()) {
            get(getter, self, out);
            out.add(new VarInsnNode(ALOAD, other));
            out.add(new TypeInsnNode(CHECKCAST, record));
            out.add(new FieldInsnNode(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc()));
            switch (Type.getType(getter.getDesc()).getSort()) {
                case Type.LONG -> {
                    out.add(new InsnNode(LCMP));
                    out.add(new JumpInsnNode(IFNE, isFalse));
                }
                case Type.FLOAT -> compare("java/lang/Float", "(FF)I", isFalse, out);
                case Type.DOUBLE -> compare("java/lang/Double", "(DD)I", isFalse, out);
                case Type.OBJECT, Type.ARRAY -> {
                    out.add(new MethodInsnNode(
                            INVOKESTATIC,
                            "java/util/Objects",
                            "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z",
                            false));
                    out.add(new JumpInsnNode(IFEQ, isFalse));
                }
                default -> out.add(new JumpInsnNode(IF_ICMPNE, isFalse));
            }
        }
        out.add(new InsnNode(ICONST_1));
        out.add(new JumpInsnNode(GOTO, end));
        out.add(isFalse);
        out.add(new InsnNode(ICONST_0));
        out.add(end);
    }

    private static void compare(String owner, String desc, LabelNode isFalse, InsnList out) {
        out.add(new MethodInsnNode(INVOKESTATIC, owner, "compare", desc, false));
        out.add(new JumpInsnNode(IFNE, isFalse));
    }

    private static void get(Handle getter, int self, InsnList out) {
        out.add(new VarInsnNode(ALOAD, self));
        out.add(new FieldInsnNode(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc()));
    }

    /** {@code Class.getSimpleName()}: the InnerClasses name of a nested or local class (JVMS §4.7.6), else the name after the package. */
    static String simpleName(ClassNode caller, String name) {
        for (InnerClassNode inner : caller.innerClasses) {
            if (inner.name.equals(name) && inner.innerName != null) {
                return inner.innerName;
            }
        }
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
