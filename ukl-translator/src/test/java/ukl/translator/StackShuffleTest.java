package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/** The forms of JVMS §6.5 dup_x2, dup2, dup2_x1 and dup2_x2, chosen by the categories on the stack. */
class StackShuffleTest {
    private static final BasicValue I = BasicValue.INT_VALUE;
    private static final BasicValue J = BasicValue.LONG_VALUE;

    private static int[] perm(int op, BasicValue... stack) {
        Frame<BasicValue> f = new Frame<>(0, 8);
        for (BasicValue v : stack) {
            f.push(v);
        }
        return StackShuffle.permutation(op, f);
    }

    @Test
    void categoryOneForms() {
        assertArrayEquals(new int[] {0, 0}, perm(Opcodes.DUP, I));
        assertArrayEquals(new int[] {1, 0, 1}, perm(Opcodes.DUP_X1, I, I));
        assertArrayEquals(new int[] {2, 0, 1, 2}, perm(Opcodes.DUP_X2, I, I, I));
        assertArrayEquals(new int[] {0, 1, 0, 1}, perm(Opcodes.DUP2, I, I));
        assertArrayEquals(new int[] {1, 2, 0, 1, 2}, perm(Opcodes.DUP2_X1, I, I, I));
        assertArrayEquals(new int[] {2, 3, 0, 1, 2, 3}, perm(Opcodes.DUP2_X2, I, I, I, I));
        assertArrayEquals(new int[] {1, 0}, perm(Opcodes.SWAP, I, I));
    }

    @Test
    void categoryTwoForms() {
        assertArrayEquals(new int[] {1, 0, 1}, perm(Opcodes.DUP_X2, J, I));
        assertArrayEquals(new int[] {0, 0}, perm(Opcodes.DUP2, J));
        assertArrayEquals(new int[] {1, 0, 1}, perm(Opcodes.DUP2_X1, I, J));
        assertArrayEquals(new int[] {1, 0, 1}, perm(Opcodes.DUP2_X2, J, J));
        assertArrayEquals(new int[] {2, 0, 1, 2}, perm(Opcodes.DUP2_X2, I, I, J));
        assertArrayEquals(new int[] {1, 2, 0, 1, 2}, perm(Opcodes.DUP2_X2, J, I, I));
    }
}
