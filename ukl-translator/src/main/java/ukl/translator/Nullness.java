package ukl.translator;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * Which references cannot be null where each instruction of a method runs, so that neither the
 * emitted code checks them ({@link MethodEmitter#nullCheck}) nor {@link Effects} counts a
 * NullPointerException there. A value is known not null when it is {@code this} (local 0 of an
 * instance method, for as long as the method does not store another value there), an object or
 * array just made, a string or class literal, a caught exception, a cast of such a value, or a
 * field of {@link NonNullFields}. Everything else, a call's result, an array element, a static
 * field, a parameter, may be null. Values flow through locals and the stack as ASM's analyser
 * moves them; where paths join, a value is known not null only if it is on every path. A
 * comparison with null teaches nothing: that would take an analysis per edge, and the checks it
 * would spare are gcc's to merge.
 *
 * <p>It also tells {@code this} from other values, for {@link NonNullFields}' constructors.
 */
final class Nullness extends Interpreter<Nullness.Ref> {
    /** A value of the analysis: its type as {@link BasicInterpreter} has it, and what is known of it. */
    static final class Ref implements Value {
        final BasicValue basic;
        final boolean nonNull;
        final boolean isThis;

        Ref(BasicValue basic, boolean nonNull, boolean isThis) {
            this.basic = basic;
            this.nonNull = nonNull;
            this.isThis = isThis;
        }

        @Override
        public int getSize() {
            return basic.getSize();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.basic.equals(basic) && r.nonNull == nonNull && r.isThis == isThis;
        }

        @Override
        public int hashCode() {
            return basic.hashCode() * 4 + (nonNull ? 2 : 0) + (isThis ? 1 : 0);
        }
    }

    private final BasicInterpreter basic = new BasicInterpreter();
    private final NonNullFields fields;

    private Nullness(NonNullFields fields) {
        super(Opcodes.ASM9);
        this.fields = fields;
    }

    /** The frames of {@code m} (declared by {@code owner}), null at unreachable instructions. */
    static Frame<Ref>[] analyze(String owner, MethodNode m, NonNullFields fields) throws TranslationException {
        try {
            return new Analyzer<>(new Nullness(fields)).analyze(owner, m);
        } catch (AnalyzerException e) {
            throw new TranslationException(
                    owner + "." + m.name + m.desc + ": bytecode does not verify: " + e.getMessage());
        }
    }

    /** Whether the stack entry {@code depth} below the top of {@code frame} is known not to be null. */
    static boolean nonNull(Frame<Ref> frame, int depth) {
        return frame != null && frame.getStack(frame.getStackSize() - 1 - depth).nonNull;
    }

    /** Whether the stack entry {@code depth} below the top of {@code frame} is {@code this}. */
    static boolean isThis(Frame<Ref> frame, int depth) {
        return frame != null && frame.getStack(frame.getStackSize() - 1 - depth).isThis;
    }

    private static Ref wrap(BasicValue v, boolean nonNull) {
        return v == null ? null : new Ref(v, nonNull && v.isReference(), false);
    }

    @Override
    public Ref newValue(Type type) {
        return wrap(basic.newValue(type), false);
    }

    @Override
    public Ref newParameterValue(boolean isInstanceMethod, int local, Type type) {
        BasicValue v = basic.newValue(type);
        return isInstanceMethod && local == 0 ? new Ref(v, true, true) : wrap(v, false);
    }

    @Override
    public Ref newExceptionValue(TryCatchBlockNode handler, Frame<Ref> handlerFrame, Type exceptionType) {
        return wrap(basic.newValue(exceptionType), true); // what a handler catches was thrown: not null
    }

    @Override
    public Ref newOperation(AbstractInsnNode insn) throws AnalyzerException {
        BasicValue v = basic.newOperation(insn);
        return switch (insn.getOpcode()) {
            case Opcodes.NEW -> wrap(v, true);
            case Opcodes.LDC ->
                wrap(v, ((LdcInsnNode) insn).cst instanceof String || ((LdcInsnNode) insn).cst instanceof Type);
            default -> wrap(v, false);
        };
    }

    @Override
    public Ref copyOperation(AbstractInsnNode insn, Ref value) {
        return value; // a load, store or dup moves the value, and what is known of it
    }

    @Override
    public Ref unaryOperation(AbstractInsnNode insn, Ref value) throws AnalyzerException {
        BasicValue v = basic.unaryOperation(insn, value.basic);
        return switch (insn.getOpcode()) {
            case Opcodes.NEWARRAY, Opcodes.ANEWARRAY -> wrap(v, true);
            case Opcodes.GETFIELD -> wrap(v, fields.contains((FieldInsnNode) insn));
            case Opcodes.CHECKCAST -> v == null ? null : new Ref(v, value.nonNull, value.isThis);
            default -> wrap(v, false);
        };
    }

    @Override
    public Ref binaryOperation(AbstractInsnNode insn, Ref value1, Ref value2) throws AnalyzerException {
        return wrap(basic.binaryOperation(insn, value1.basic, value2.basic), false);
    }

    @Override
    public Ref ternaryOperation(AbstractInsnNode insn, Ref value1, Ref value2, Ref value3) throws AnalyzerException {
        return wrap(basic.ternaryOperation(insn, value1.basic, value2.basic, value3.basic), false);
    }

    @Override
    public Ref naryOperation(AbstractInsnNode insn, List<? extends Ref> values) throws AnalyzerException {
        BasicValue v =
                basic.naryOperation(insn, values.stream().map(r -> r.basic).toList());
        return wrap(v, insn.getOpcode() == Opcodes.MULTIANEWARRAY);
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Ref value, Ref expected) throws AnalyzerException {
        basic.returnOperation(insn, value.basic, expected.basic);
    }

    @Override
    public Ref merge(Ref a, Ref b) {
        if (a.equals(b)) {
            return a;
        }
        BasicValue v = basic.merge(a.basic, b.basic);
        return new Ref(v, a.nonNull && b.nonNull && v.isReference(), a.isThis && b.isThis);
    }
}
