package ukl.translator;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which loops may go without a safepoint poll on their back-edge: counted leaf loops, as HotSpot's
 * C2 long left them ({@code UseCountedLoopSafepoints}). A loop is the bytecode from a backward
 * jump's target to the jump (javac lays every loop out so); it is a <em>leaf</em> when nothing in
 * it allocates, enters or leaves a monitor or throws explicitly, and it calls only bounded methods
 * (straight-line code all the way down, {@link Effects}: what C2 would inline whole, such as
 * spectral-norm's {@code a(i, j)} or {@code Math.sqrt}); it is <em>counted</em> when
 * an {@code int} local that only {@code iinc} changes in it decides one of its exits. Such a loop
 * ends after at most 2<sup>32</sup> rounds of straight-line work, and while it runs no other thread
 * could have run anyway (a switch happens only at a poll or in a call), so the poll buys nothing
 * but the chance to preempt a long array scan. What it costs is more than its two instructions:
 * the poll's call clobbers memory to gcc, so every field the loop reads is loaded again on every
 * round and the budget is written back to memory each time. Without it gcc keeps fields in
 * registers and can hoist the loop's invariant checks ({@code Key.equals} of kv-server: 22
 * instructions per byte compared, then 12).
 *
 * <p>A loop that waits for another thread — on a volatile flag, a list filled elsewhere — has no
 * counter deciding its exit, so it keeps its poll.
 */
final class CountedLoops {
    /** How far before a conditional jump the loads of its operands may lie: {@code iload i; aload; getfield; if_icmpge}. */
    private static final int OPERAND_REACH = 4;

    private CountedLoops() {}

    /**
     * Whether the loop from {@code head} (a label's index) to the backward jump at {@code back} needs a
     * poll; {@code bounded} says whether a call in it is straight-line work.
     */
    static boolean needsPoll(InsnList insns, int head, int back, Predicate<MethodInsnNode> bounded) {
        Set<Integer> counters = new HashSet<>();
        Set<Integer> stored = new HashSet<>();
        for (int i = head; i <= back; i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn instanceof MethodInsnNode call ? !bounded.test(call) : breaksLeaf(insn)) {
                return true;
            }
            if (insn instanceof IincInsnNode inc && inc.incr != 0) {
                counters.add(inc.var);
            } else if (insn instanceof VarInsnNode v && v.getOpcode() == Opcodes.ISTORE) {
                stored.add(v.var);
            }
        }
        counters.removeAll(stored);
        if (counters.isEmpty()) {
            return true;
        }
        for (int i = head; i <= back; i++) {
            if (insns.get(i) instanceof JumpInsnNode jump && comparesInts(jump)) {
                int target = insns.indexOf(jump.label);
                boolean exits = target < head || target > back || i == back;
                if (exits && loadsCounterBefore(insns, i, counters)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether an instruction other than a call keeps a loop from being a leaf. */
    private static boolean breaksLeaf(AbstractInsnNode insn) {
        if (insn instanceof InvokeDynamicInsnNode || insn instanceof MultiANewArrayInsnNode) {
            return true;
        }
        int op = insn.getOpcode();
        if (insn instanceof TypeInsnNode) {
            return op == Opcodes.NEW || op == Opcodes.ANEWARRAY;
        }
        if (insn instanceof IntInsnNode) {
            return op == Opcodes.NEWARRAY;
        }
        return op == Opcodes.MONITORENTER || op == Opcodes.MONITOREXIT || op == Opcodes.ATHROW;
    }

    /** {@code ifeq … ifle}, {@code if_icmpeq … if_icmple}: the jumps that compare ints. */
    private static boolean comparesInts(JumpInsnNode jump) {
        int op = jump.getOpcode();
        return op >= Opcodes.IFEQ && op <= Opcodes.IF_ICMPLE;
    }

    private static boolean loadsCounterBefore(InsnList insns, int jump, Set<Integer> counters) {
        int seen = 0;
        for (int i = jump - 1; i >= 0 && seen < OPERAND_REACH; i--) {
            AbstractInsnNode insn = insns.get(i);
            if (insn.getOpcode() < 0) {
                continue; // a label, line number or frame
            }
            if (insn instanceof VarInsnNode v && v.getOpcode() == Opcodes.ILOAD && counters.contains(v.var)) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
