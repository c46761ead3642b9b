package ukl.linker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Which operands of one method's instructions are constants the reflection folding can use: a
 * string, an int, a class ({@code Foo.class}, {@code int.class}, a folded {@code Class.forName}),
 * or an array of classes built in place ({@code new Class[] {A.class, B.class}}, as javac emits
 * varargs). A value is constant when it has one source, followed through locals, {@code dup} and
 * {@code checkcast}; an array, when every store into it stores a constant class at a constant index.
 */
final class ConstantValues {
    /** What {@link #classArray} answers for an array that is not constant. */
    private static final List<Type> UNKNOWN = null;

    private final MethodNode method;
    private final Frame<SourceValue>[] frames;

    private ConstantValues(MethodNode method, Frame<SourceValue>[] frames) {
        this.method = method;
        this.frames = frames;
    }

    /** The method's constants, or null when ASM cannot analyse it (then nothing in it is folded). */
    static ConstantValues of(String owner, MethodNode method) {
        try {
            return new ConstantValues(method, new Analyzer<>(new SourceInterpreter()).analyze(owner, method));
        } catch (AnalyzerException e) {
            return null;
        }
    }

    /** Operand {@code fromTop} of the stack before {@code insn} (0: the top). */
    SourceValue operand(AbstractInsnNode insn, int fromTop) {
        Frame<SourceValue> f = frames[method.instructions.indexOf(insn)];
        return f == null ? null : f.getStack(f.getStackSize() - 1 - fromTop);
    }

    String string(SourceValue v) {
        AbstractInsnNode p = producer(v);
        return p instanceof LdcInsnNode ldc && ldc.cst instanceof String s ? s : null;
    }

    Integer integer(SourceValue v) {
        AbstractInsnNode p = producer(v);
        if (p == null) {
            return null;
        }
        int op = p.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) {
            return op - Opcodes.ICONST_0;
        }
        if (p instanceof IntInsnNode i && (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH)) {
            return i.operand;
        }
        return p instanceof LdcInsnNode ldc && ldc.cst instanceof Integer n ? n : null;
    }

    /**
     * A constant class: {@code ldc Foo}, {@code getstatic Integer.TYPE} ({@code int.class}), or a
     * {@code Class.forName} of a constant name, which {@code forName} answers for the folding.
     */
    Type type(SourceValue v, java.util.function.Function<String, Type> forName) {
        AbstractInsnNode p = producer(v);
        if (p instanceof LdcInsnNode ldc && ldc.cst instanceof Type t) {
            return t;
        }
        if (p instanceof FieldInsnNode f
                && p.getOpcode() == Opcodes.GETSTATIC
                && f.name.equals("TYPE")
                && f.desc.equals("Ljava/lang/Class;")) {
            return primitive(f.owner);
        }
        if (p instanceof MethodInsnNode call && ReflectionFolding.isForName(call)) {
            String name = string(operand(call, 0));
            return name == null ? null : forName.apply(name);
        }
        return null;
    }

    /** The classes of an array built in place, or null when it is not constant. */
    List<Type> classArray(SourceValue v, java.util.function.Function<String, Type> forName) {
        AbstractInsnNode array = producer(v);
        if (!(array instanceof TypeInsnNode t)
                || t.getOpcode() != Opcodes.ANEWARRAY
                || !t.desc.equals("java/lang/Class")) {
            return UNKNOWN;
        }
        Integer length = integer(operand(array, 0));
        if (length == null || length < 0) {
            return UNKNOWN;
        }
        Type[] elements = new Type[length];
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() != Opcodes.AASTORE || producer(operand(insn, 2)) != array) {
                continue;
            }
            Integer index = integer(operand(insn, 1));
            Type element = type(operand(insn, 0), forName);
            if (index == null || index < 0 || index >= length || element == null) {
                return UNKNOWN;
            }
            elements[index] = element;
        }
        List<Type> out = new ArrayList<>(Arrays.asList(elements));
        return out.contains(null) ? UNKNOWN : out;
    }

    /** The one instruction that made {@code v}, seen through locals, {@code dup} and {@code checkcast}. */
    private AbstractInsnNode producer(SourceValue v) {
        for (int hops = 0; v != null && v.insns.size() == 1 && hops < 64; hops++) {
            AbstractInsnNode p = v.insns.iterator().next();
            Frame<SourceValue> f = frames[method.instructions.indexOf(p)];
            if (f == null) {
                return null;
            }
            if (p instanceof VarInsnNode var && p.getOpcode() == Opcodes.ALOAD) {
                v = f.getLocal(var.var);
            } else if ((p instanceof VarInsnNode && p.getOpcode() == Opcodes.ASTORE)
                    || (p instanceof InsnNode && p.getOpcode() == Opcodes.DUP)
                    || p.getOpcode() == Opcodes.CHECKCAST) {
                v = f.getStack(f.getStackSize() - 1);
            } else {
                return p;
            }
        }
        return null;
    }

    private static Type primitive(String wrapper) {
        return switch (wrapper) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            case "java/lang/Void" -> Type.VOID_TYPE;
            default -> null;
        };
    }
}
