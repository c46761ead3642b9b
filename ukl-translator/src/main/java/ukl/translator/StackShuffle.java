package ukl.translator;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * dup, dup_x1, dup_x2, dup2, dup2_x1, dup2_x2 and swap (JVMS §6.5) as copies between stack
 * variables. Each form is a permutation of the top entries; which form applies depends on the
 * computational category (1 or 2 words) of those entries, which ASM's frames record as one entry
 * per value with its size.
 */
final class StackShuffle {
    private StackShuffle() {}

    /** For each new top entry (bottom first), the index of the old top entry it copies. */
    static int[] permutation(int op, Frame<BasicValue> f) {
        int n = f.getStackSize();
        boolean top2 = f.getStack(n - 1).getSize() == 2;
        boolean second2 = n >= 2 && f.getStack(n - 2).getSize() == 2;
        return switch (op) {
            case Opcodes.DUP -> new int[] {0, 0};
            case Opcodes.DUP_X1 -> new int[] {1, 0, 1};
            case Opcodes.DUP_X2 -> second2 ? new int[] {1, 0, 1} : new int[] {2, 0, 1, 2};
            case Opcodes.DUP2 -> top2 ? new int[] {0, 0} : new int[] {0, 1, 0, 1};
            case Opcodes.DUP2_X1 -> top2 ? new int[] {1, 0, 1} : new int[] {1, 2, 0, 1, 2};
            case Opcodes.DUP2_X2 -> {
                if (top2) {
                    yield second2 ? new int[] {1, 0, 1} : new int[] {2, 0, 1, 2};
                }
                boolean third2 = f.getStack(n - 3).getSize() == 2;
                yield third2 ? new int[] {1, 2, 0, 1, 2} : new int[] {2, 3, 0, 1, 2, 3};
            }
            default -> new int[] {1, 0}; // SWAP
        };
    }

    static void emit(int op, Frame<BasicValue> f, MethodEmitter out) {
        int[] perm = permutation(op, f);
        int consumed = 0;
        for (int p : perm) {
            consumed = Math.max(consumed, p + 1);
        }
        int base = f.getStackSize() - consumed;
        StringBuilder s = new StringBuilder("{ ");
        char[] kinds = new char[consumed];
        for (int i = 0; i < consumed; i++) {
            BasicValue v = f.getStack(base + i);
            kinds[i] = kindOf(v);
            s.append(Names.ctype(kinds[i]))
                    .append(" t")
                    .append(i)
                    .append(" = s")
                    .append(base + i)
                    .append('_')
                    .append(kinds[i])
                    .append("; ");
        }
        for (int j = 0; j < perm.length; j++) {
            s.append('s')
                    .append(base + j)
                    .append('_')
                    .append(kinds[perm[j]])
                    .append(" = t")
                    .append(perm[j])
                    .append("; ");
        }
        out.emit(s.append('}').toString());
    }

    private static char kindOf(BasicValue v) {
        if (v == BasicValue.INT_VALUE) {
            return 'i';
        } else if (v == BasicValue.LONG_VALUE) {
            return 'j';
        } else if (v == BasicValue.FLOAT_VALUE) {
            return 'f';
        } else if (v == BasicValue.DOUBLE_VALUE) {
            return 'd';
        }
        return 'a';
    }
}
