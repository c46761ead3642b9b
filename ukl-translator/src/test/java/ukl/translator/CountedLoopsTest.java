package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which back-edges keep their safepoint poll: the loops below are compiled by javac with this test,
 * read back with ASM, and each loop's decision is checked. A wrong "no poll" would let a thread
 * spin past its time slice, or forever while it waits for another; a wrong "poll" only costs time.
 */
class CountedLoopsTest {
    static volatile boolean flag;

    static final class Node {
        Node next;
        int value;
    }

    static int sumArray(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    static boolean equalBytes(byte[] a, int aOff, byte[] b, int bOff, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aOff + i] != b[bOff + i]) {
                return false;
            }
        }
        return true;
    }

    static int countDown(int n) {
        int steps = 0;
        while (n > 0) {
            n--;
            steps++;
        }
        return steps;
    }

    static void spinOnVolatile() {
        while (!flag) {
            // waits for another thread
        }
    }

    static int walkList(Node head) {
        int total = 0;
        for (Node n = head; n != null; n = n.next) {
            total += n.value;
        }
        return total;
    }

    static int callsInLoop(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) {
            total += Math.abs(values[i]);
        }
        return total;
    }

    static int[] allocatesInLoop(int n) {
        int[] last = null;
        for (int i = 0; i < n; i++) {
            last = new int[1];
        }
        return last;
    }

    static int counterReassigned(int[] values) {
        int total = 0;
        for (int i = 0; i < values.length; i++) {
            total += values[i];
            if (total > 100) {
                i = 0; // no longer a counter: the loop may not end
                total = 0;
            }
        }
        return total;
    }

    static int countsButExitsOnFlag() {
        int i = 0;
        while (!flag) {
            i++;
        }
        return i;
    }

    static int callsWhileCounterUnchanged(int[] values) {
        int total = 0;
        int i = 0;
        while (total < 100) {
            total += Math.abs(values[i]);
        }
        return total;
    }

    @Test
    void countedLeafLoopsGoWithoutAPoll() throws IOException {
        Map<String, List<Boolean>> expected = Map.of(
                "sumArray", List.of(false),
                "equalBytes", List.of(false),
                "countDown", List.of(false));
        expected.forEach((name, polls) -> assertEquals(polls, backEdgePolls(name, NOTHING_BOUNDED), name));
    }

    /** spectral-norm's {@code sum += a(i, j) * v[j]}: a call of straight-line code is a loop body's arithmetic. */
    @Test
    void countedLoopsCallingBoundedMethodsGoWithoutAPoll() throws IOException {
        assertEquals(List.of(false), backEdgePolls("callsInLoop", call -> call.name.equals("abs")));
        assertEquals(
                List.of(true),
                backEdgePolls("callsInLoop", call -> false),
                "the same loop when the callee may loop, throw or fault");
        assertEquals(
                List.of(true),
                backEdgePolls("callsWhileCounterUnchanged", call -> true),
                "a bounded call does not make an uncounted loop end");
    }

    @Test
    void loopsThatWaitCallOrAllocateKeepTheirPoll() throws IOException {
        for (String name : List.of(
                "spinOnVolatile",
                "walkList",
                "callsInLoop",
                "allocatesInLoop",
                "counterReassigned",
                "countsButExitsOnFlag")) {
            assertEquals(List.of(true), backEdgePolls(name, NOTHING_BOUNDED), name);
        }
    }

    private static final Predicate<MethodInsnNode> NOTHING_BOUNDED = call -> false;

    /** For each backward jump of the method, in order, whether it keeps its poll; bounded: which calls are straight-line work. */
    private static List<Boolean> backEdgePolls(String name, Predicate<MethodInsnNode> bounded) {
        InsnList insns = method(name).instructions;
        List<Boolean> polls = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn instanceof JumpInsnNode jump && insns.indexOf(jump.label) <= i) {
                polls.add(CountedLoops.needsPoll(insns, insns.indexOf(jump.label), i, bounded));
            }
        }
        return polls;
    }

    private static MethodNode method(String name) {
        return Harness.method(CountedLoopsTest.class, name);
    }
}
