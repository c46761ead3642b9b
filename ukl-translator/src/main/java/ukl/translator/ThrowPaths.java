package ukl.translator;

import java.util.BitSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * The instructions of a method from which no path returns normally: every path from them ends in an
 * athrow (or a runtime check's throw, or runs forever), as the block of {@code if (x == null) throw
 * new NullPointerException()} or of an argument check that builds its message. Such a region is
 * closed under successors (a successor that could return would let its predecessor return), so
 * control enters it only over a conditional branch or a switch whose other way can return: those are
 * its edges, where {@link MethodEmitter} links a shadow frame that the hot path goes without.
 * Exception edges count as successors too (JVMS §2.10: a handler that returns makes the covered
 * instructions returning).
 */
final class ThrowPaths {
    private ThrowPaths() {}

    /** The indexes (into the method's instruction list, pseudo-instructions too) that cannot return. */
    static BitSet of(MethodNode method) {
        InsnList insns = method.instructions;
        int n = insns.size();
        BitSet returns = new BitSet(n);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                if (!returns.get(i) && canReturn(method, insns, i, returns)) {
                    returns.set(i);
                    changed = true;
                }
            }
        }
        BitSet cold = new BitSet(n);
        cold.set(0, n);
        cold.andNot(returns);
        return cold;
    }

    private static boolean canReturn(MethodNode method, InsnList insns, int i, BitSet returns) {
        AbstractInsnNode insn = insns.get(i);
        int op = insn.getOpcode();
        if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
            return true;
        }
        for (TryCatchBlockNode t : method.tryCatchBlocks) {
            if (insns.indexOf(t.start) <= i && i < insns.indexOf(t.end) && returns.get(insns.indexOf(t.handler))) {
                return true;
            }
        }
        if (insn instanceof JumpInsnNode j && returns.get(insns.indexOf(j.label))) {
            return true;
        }
        if (insn instanceof TableSwitchInsnNode t) {
            return reaches(insns, t.dflt, returns) || t.labels.stream().anyMatch(l -> reaches(insns, l, returns));
        }
        if (insn instanceof LookupSwitchInsnNode l) {
            return reaches(insns, l.dflt, returns) || l.labels.stream().anyMatch(x -> reaches(insns, x, returns));
        }
        boolean fallsThrough = op != Opcodes.GOTO && op != Opcodes.ATHROW;
        return fallsThrough && i + 1 < insns.size() && returns.get(i + 1);
    }

    private static boolean reaches(InsnList insns, LabelNode label, BitSet returns) {
        return returns.get(insns.indexOf(label));
    }
}
