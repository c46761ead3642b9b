package ukl.translator;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The lengths of the arrays a method's locals hold, kept in C variables beside them. An array's
 * length never changes (JLS §10.7: {@code length} is final), so a local's length only changes when
 * the local does: {@code l<slot>_len} is loaded on entry for an array parameter and after every
 * {@code astore} into the slot, and the bounds checks and {@code arraylength}s in leaf loops of
 * arrays loaded from the local use it (0 stands for null, which the null check before every use throws for first). The
 * C is compiled without type-based aliasing ({@code -fno-strict-aliasing}), so gcc must otherwise
 * reload a length after every store of an int: a loop that writes one int array and reads another
 * (BigInteger's schoolbook multiplication and long division) reloaded both lengths on every round.
 *
 * <p>A slot is tracked only when every value stored into it is an array by its producer's static
 * type (a new array, a call or field of array type, a cast to one, null), since the analyser's
 * frames do not tell arrays from other references and a slot may hold other locals elsewhere. Which
 * local an array operand came from, and what produced a stored value, is read off the bytecode:
 * walking back within the basic block to the instruction that pushed it, through instructions whose
 * stack effect is known; anything else (a join, an instruction not listed) leaves the length in the
 * array.
 */
final class ArrayLengths {
    private final InsnList insns;
    private final Frame<BasicValue>[] frames;
    private final Set<Integer> targets;
    /** Slots of array parameters: their lengths are loaded on entry. */
    private final Set<Integer> parameters = new HashSet<>();
    /** Which instructions lie in a loop that calls only bounded methods ({@link #leafLoops}). */
    private final boolean[] inLeafLoop;
    /** Slots whose lengths the array accesses use, each a slot that only ever holds arrays. */
    private final Set<Integer> used = new TreeSet<>();

    ArrayLengths(
            MethodNode method,
            boolean isStatic,
            Frame<BasicValue>[] frames,
            Set<Integer> targets,
            Predicate<MethodInsnNode> bounded) {
        this.insns = method.instructions;
        this.frames = frames;
        this.targets = targets;
        Set<Integer> otherParameters = new HashSet<>();
        int slot = isStatic ? 0 : 1;
        if (!isStatic) {
            otherParameters.add(0);
        }
        for (Type t : Type.getArgumentTypes(method.desc)) {
            (t.getSort() == Type.ARRAY ? parameters : otherParameters).add(slot);
            slot += t.getSize();
        }
        // Slots a non-array may be stored into; a copy of a slot (foreach's aload; astore) is an
        // array while its source is, so this grows until no store changes its mind.
        Set<Integer> notArrays = new HashSet<>(otherParameters);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < insns.size(); i++) {
                if (insns.get(i) instanceof VarInsnNode v
                        && v.getOpcode() == Opcodes.ASTORE
                        && !notArrays.contains(v.var)) {
                    AbstractInsnNode value = frames[i] == null ? null : producer(i, frames[i].getStackSize() - 1);
                    boolean array = value != null
                            && (isArray(value) || (value instanceof VarInsnNode from && !notArrays.contains(from.var)));
                    if (!array) {
                        notArrays.add(v.var);
                        changed = true;
                    }
                }
            }
        }
        inLeafLoop = leafLoops(insns, bounded);
        for (int i = 0; i < insns.size(); i++) {
            int depth = operandDepth(insns.get(i));
            if (depth >= 0 && frames[i] != null && inLeafLoop[i]) {
                int s = loadedFrom(i, frames[i].getStackSize() - 1 - depth);
                if (s >= 0 && !notArrays.contains(s)) {
                    used.add(s);
                }
            }
        }
    }

    /**
     * Which instructions lie in a loop that calls nothing but bounded methods: there the length
     * variable is a register the loop reads instead of a load each round. Elsewhere it would cost
     * a load where none may be needed, and across calls a callee-saved register (the echo's
     * Waiter.poll and Bytes.u8, which gcc then stopped inlining, got dearer), so accesses outside
     * such loops read the length from the array.
     */
    private static boolean[] leafLoops(InsnList insns, Predicate<MethodInsnNode> bounded) {
        boolean[] in = new boolean[insns.size()];
        for (int back = 0; back < insns.size(); back++) {
            if (insns.get(back) instanceof JumpInsnNode jump && insns.indexOf(jump.label) <= back) {
                int head = insns.indexOf(jump.label);
                boolean leaf = true;
                for (int i = head; i <= back && leaf; i++) {
                    leaf = !(insns.get(i) instanceof MethodInsnNode call) || bounded.test(call);
                }
                for (int i = head; i <= back && leaf; i++) {
                    in[i] = true;
                }
            }
        }
        return in;
    }

    /** The stack depth of the array operand of an array access, or -1 for other instructions. */
    private static int operandDepth(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op == Opcodes.ARRAYLENGTH) {
            return 0;
        }
        if (op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) {
            return 1;
        }
        return op >= Opcodes.IASTORE && op <= Opcodes.SASTORE ? 2 : -1;
    }

    /**
     * The C expression for the length of the array {@code ref}, stack entry {@code depth} below the
     * top before instruction {@code at} (an array access).
     */
    String of(int at, int depth, String ref) {
        int slot = loadedFrom(at, frames[at].getStackSize() - 1 - depth);
        if (slot >= 0 && used.contains(slot) && inLeafLoop[at]) {
            return "l" + slot + "_len";
        }
        return "((ukl_array *) " + ref + ")->length";
    }

    /** The declarations of the lengths {@link #of} uses, for the function's prologue. */
    String declarations() {
        StringBuilder out = new StringBuilder();
        for (int slot : used) {
            out.append("    int32_t l").append(slot).append("_len = ");
            out.append(parameters.contains(slot) ? load(slot) : "0").append(";\n");
        }
        return out.toString();
    }

    /** What follows {@code astore slot}: the slot's new length, or nothing for an untracked slot. */
    String afterStore(int slot) {
        return used.contains(slot) ? " l" + slot + "_len = " + load(slot) + ";" : "";
    }

    private static String load(int slot) {
        return "l" + slot + "_a ? ((ukl_array *) l" + slot + "_a)->length : 0";
    }

    /** Whether the value an instruction pushes is an array or null by its static type. */
    private static boolean isArray(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.ACONST_NULL, Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.MULTIANEWARRAY -> true;
            case Opcodes.CHECKCAST -> ((TypeInsnNode) insn).desc.startsWith("[");
            case Opcodes.GETFIELD, Opcodes.GETSTATIC -> ((FieldInsnNode) insn).desc.startsWith("[");
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKESTATIC, Opcodes.INVOKEINTERFACE ->
                Type.getReturnType(((MethodInsnNode) insn).desc).getSort() == Type.ARRAY;
            default -> false;
        };
    }

    /** The local slot whose {@code aload} pushed stack entry {@code entry} (0 = bottom) before {@code at}, or -1. */
    private int loadedFrom(int at, int entry) {
        AbstractInsnNode p = producer(at, entry);
        return p != null && p.getOpcode() == Opcodes.ALOAD ? ((VarInsnNode) p).var : -1;
    }

    /**
     * The instruction that pushed stack entry {@code entry} (0 = bottom) that instruction {@code at}
     * finds, or null when that is not known.
     */
    private AbstractInsnNode producer(int at, int entry) {
        for (int j = at - 1; j >= 0; j--) {
            AbstractInsnNode insn = insns.get(j);
            int op = insn.getOpcode();
            if (op < 0) {
                if (insn instanceof LabelNode && targets.contains(j)) {
                    return null; // a join: the entry may come from elsewhere
                }
                continue;
            }
            if (frames[j] == null) {
                return null;
            }
            int size = frames[j].getStackSize();
            if (op == Opcodes.DUP) {
                // Both copies, entries size-1 and size after it, are entry size-1 before it.
                entry = Math.min(entry, size - 1);
                continue;
            }
            int pops = pops(insn);
            if (pops < 0) {
                return null;
            }
            if (entry < size - pops) {
                continue; // below what this instruction touches
            }
            return entry == size - pops ? insn : null;
        }
        return null;
    }

    /** How many stack entries (values, not slots) the instruction pops; -1 for those not listed. */
    static int pops(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if ((op >= Opcodes.ACONST_NULL && op <= Opcodes.ALOAD)
                || op == Opcodes.GETSTATIC
                || op == Opcodes.IINC
                || op == Opcodes.NOP) {
            return 0;
        }
        if (insn instanceof MethodInsnNode call) {
            return Type.getArgumentTypes(call.desc).length + (op == Opcodes.INVOKESTATIC ? 0 : 1);
        }
        if (insn instanceof MultiANewArrayInsnNode m) {
            return m.dims;
        }
        if ((op >= Opcodes.INEG && op <= Opcodes.DNEG)
                || (op >= Opcodes.I2L && op <= Opcodes.I2S)
                || (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE)
                || (op >= Opcodes.IFEQ && op <= Opcodes.IFLE)
                || op == Opcodes.IFNULL
                || op == Opcodes.IFNONNULL
                || op == Opcodes.GETFIELD
                || op == Opcodes.PUTSTATIC
                || op == Opcodes.ARRAYLENGTH
                || op == Opcodes.CHECKCAST
                || op == Opcodes.INSTANCEOF
                || op == Opcodes.NEWARRAY
                || op == Opcodes.ANEWARRAY
                || op == Opcodes.POP) {
            return 1;
        }
        if ((op >= Opcodes.IALOAD && op <= Opcodes.SALOAD)
                || (op >= Opcodes.IADD && op <= Opcodes.DREM)
                || (op >= Opcodes.ISHL && op <= Opcodes.LXOR)
                || (op >= Opcodes.LCMP && op <= Opcodes.DCMPG)
                || (op >= Opcodes.IF_ICMPEQ && op <= Opcodes.IF_ACMPNE)
                || op == Opcodes.PUTFIELD) {
            return 2;
        }
        if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) {
            return 3;
        }
        return -1;
    }
}
