package ukl.translator;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The lengths of a method's array parameters, read once on entry. A parameter the method never
 * stores into holds the same array (or null) for the whole call, and an array's length never
 * changes (JLS §10.7: {@code length} is final), so its bounds checks and {@code arraylength}s can use
 * a C variable {@code l<slot>_len} loaded on entry (0 for null, which the null check before every
 * use throws for first). The C is compiled without type-based aliasing ({@code -fno-strict-aliasing}),
 * so gcc must otherwise reload a length after every store of an int: a loop that writes one int
 * array and reads another (BigInteger's schoolbook multiplication) reloaded both lengths on every
 * round.
 *
 * <p>Which local an array operand came from is read off the bytecode: walking back from the
 * instruction within its basic block to the one that pushed the operand, through instructions
 * whose stack effect is known; anything else (a call, a join) leaves the operand's length where
 * it is, in the array.
 */
final class ArrayLengths {
    private final InsnList insns;
    private final Frame<BasicValue>[] frames;
    private final Set<Integer> targets;
    /** Slots of array parameters that no instruction stores into. */
    private final Set<Integer> invariant = new HashSet<>();

    private final Set<Integer> used = new TreeSet<>();

    ArrayLengths(MethodNode method, boolean isStatic, Frame<BasicValue>[] frames, Set<Integer> targets) {
        this.insns = method.instructions;
        this.frames = frames;
        this.targets = targets;
        int slot = isStatic ? 0 : 1;
        for (Type t : Type.getArgumentTypes(method.desc)) {
            if (t.getSort() == Type.ARRAY) {
                invariant.add(slot);
            }
            slot += t.getSize();
        }
        for (AbstractInsnNode i : insns) {
            if (i instanceof VarInsnNode v && v.getOpcode() == Opcodes.ASTORE) {
                invariant.remove(v.var);
            }
        }
    }

    /**
     * The C expression for the length of the array {@code ref}, stack entry {@code depth} below the
     * top before instruction {@code at}.
     */
    String of(int at, int depth, String ref) {
        int slot = loadedFrom(at, frames[at].getStackSize() - 1 - depth);
        if (slot >= 0 && invariant.contains(slot)) {
            used.add(slot);
            return "l" + slot + "_len";
        }
        return "((ukl_array *) " + ref + ")->length";
    }

    /** The declarations of the lengths {@link #of} used, for the function's prologue. */
    String declarations() {
        StringBuilder out = new StringBuilder();
        for (int slot : used) {
            out.append("    const int32_t l")
                    .append(slot)
                    .append("_len = l")
                    .append(slot)
                    .append("_a ? ((ukl_array *) l")
                    .append(slot)
                    .append("_a)->length : 0;\n");
        }
        return out.toString();
    }

    /**
     * The local slot whose {@code aload} pushed stack entry {@code entry} (0 = bottom) that
     * instruction {@code at} finds, or -1 when that is not known.
     */
    private int loadedFrom(int at, int entry) {
        for (int j = at - 1; j >= 0; j--) {
            AbstractInsnNode insn = insns.get(j);
            int op = insn.getOpcode();
            if (op < 0) {
                if (insn instanceof LabelNode && targets.contains(j)) {
                    return -1; // a join: the entry may come from elsewhere
                }
                continue;
            }
            if (frames[j] == null) {
                return -1;
            }
            int size = frames[j].getStackSize();
            if (op == Opcodes.DUP) {
                // Both copies, entries size-1 and size after it, are entry size-1 before it.
                entry = Math.min(entry, size - 1);
                continue;
            }
            int pops = pops(insn);
            if (pops < 0) {
                return -1;
            }
            if (entry < size - pops) {
                continue; // below what this instruction touches
            }
            return op == Opcodes.ALOAD && entry == size ? ((VarInsnNode) insn).var : -1;
        }
        return -1;
    }

    /** How many stack entries (values, not slots) the instruction pops; -1 for those not listed. */
    private static int pops(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if ((op >= Opcodes.ACONST_NULL && op <= Opcodes.ALOAD)
                || op == Opcodes.GETSTATIC
                || op == Opcodes.IINC
                || op == Opcodes.NOP) {
            return 0;
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
