package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Which array accesses read a local's length from its C variable: the methods below are compiled
 * by javac with this test and read back with ASM. A wrong variable would check an index against
 * another array's length (or a non-array's word), so the cases that must keep the array's own
 * length matter most.
 */
class ArrayLengthsTest {
    static int sumParameter(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    static int sumForeach(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }

    static int sumNew(int n) {
        int[] a = new int[n];
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }

    /** javac gives b the slot a had: the slot also holds a non-array, so a's accesses keep the array's length. */
    static int slotReused(Object o, int n) {
        int t = 0;
        {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                t += a[i];
            }
        }
        {
            Object b = o;
            t += b.hashCode();
        }
        return t;
    }

    static int loopCalls(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] + Integer.parseInt("1");
        }
        return s;
    }

    static int outsideLoops(int[] a) {
        return a[0] + a[1];
    }

    @Test
    void accessesInLeafLoopsOfArrayOnlySlotsUseTheVariable() throws Exception {
        assertEquals(List.of("l0_len"), loadLengths("sumParameter"));
        assertEquals(List.of("l2_len"), loadLengths("sumForeach"), "javac's copy of the parameter, slot 2");
        assertEquals(List.of("l1_len"), loadLengths("sumNew"));
    }

    @Test
    void otherAccessesReadTheArraysLength() throws Exception {
        assertEquals(List.of("ARRAY"), loadLengths("slotReused"));
        assertEquals(List.of("ARRAY"), loadLengths("loopCalls"), "a loop whose call is not bounded");
        assertEquals(List.of("ARRAY", "ARRAY"), loadLengths("outsideLoops"));
    }

    /** For each iaload of the method, in order, the length expression its bounds check uses. */
    private static List<String> loadLengths(String name) throws Exception {
        MethodNode m = method(name);
        Frame<BasicValue>[] frames = new Analyzer<>(new BasicInterpreter()).analyze("T", m);
        InsnList insns = m.instructions;
        Set<Integer> targets = new HashSet<>();
        for (AbstractInsnNode i : insns) {
            if (i instanceof JumpInsnNode j) {
                targets.add(insns.indexOf(j.label));
            }
        }
        ArrayLengths lengths = new ArrayLengths(m, true, frames, targets, call -> false);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            if (insns.get(i).getOpcode() == Opcodes.IALOAD) {
                String length = lengths.of(i, 1, "ARRAY");
                out.add(length.contains("->length") ? "ARRAY" : length);
            }
        }
        return out;
    }

    private static MethodNode method(String name) {
        return Harness.method(ArrayLengthsTest.class, name);
    }
}
