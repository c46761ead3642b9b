package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which methods push their shadow frame on entry and which only on a throw's way out
 * (MethodEmitter's lazy frame): a method whose hot path nothing can observe the frame from has no
 * frame variable, and its throws and class initialisations go through the runtime's {@code *_at}
 * functions; a method with an observation point keeps today's frame. Whether the traces are right
 * is corpus.LazyFrameTraces' part, in {@link CorpusTest}.
 */
class LazyFrameTest {
    static final String APP = """
            package lazy;
            public final class App {
                enum Slot { A, B }
                static final class Late { static final int[] T = new int[App.n()]; }
                final long[] counts = new long[2];
                static int n() { return 2; }
                /** A leaf: array accesses behind a getter that cannot throw. */
                long count(Slot s) { return counts[s.ordinal()]++; }
                /** A leaf that may run a class initialiser. */
                static int late(int i) { return Late.T[i]; }
                /** Quiet, but with a loop: a poll at its back-edge. */
                public static int spin(int n) { int s = 0; for (int i = 0; i < n; i++) { s += i; } return s; }
                /** Calls a method that can throw: the callee's exception shows this frame. */
                static int sum(int[] a) { return at(a, 0) + at(a, 1); }
                static int at(int[] a, int i) { return a[i]; }
                /** Allocates: the allocation may throw OutOfMemoryError from the runtime. */
                static int[] fresh(int n) { return new int[n]; }
                /** Allocates and throws only where it cannot return: the frame is linked on that edge. */
                static Object notNull(Object o) { if (o == null) throw new NullPointerException("o"); return o; }
                /** Two jumps and a fall-through into one throw path that builds a message. */
                static int checked(int off, int n) {
                    if (off < 0 || off > n || n > 9) throw new IllegalArgumentException("off " + off);
                    return off;
                }
                /** Never returns: its frame is on every path, so it is linked on entry. */
                static void fail() { throw new IllegalStateException(); }
                public static void main(String[] args) {
                    App app = new App();
                    int[] a = fresh(2);
                    notNull(a);
                    if (checked(1, 2) > 1) fail();
                    System.out.println(app.count(Slot.A) + late(1) + spin(3) + sum(a)
                            + ukl.kernel.lazytest.Counters.get(app.counts, Slot.B)
                            + ukl.kernel.lazytest.Counters.spun(app.counts, 3));
                }
            }
            """;

    /** In the kernel (never preempted while a kernel frame is on the stack), nothing below a leaf may poll. */
    static final String KERNEL = """
            package ukl.kernel.lazytest;
            public final class Counters {
                /** Calls Enum.ordinal(), outside the kernel but bounded: no poll below it. */
                public static long get(long[] c, Enum<?> e) { return c[e.ordinal()]; }
                /** Calls a quiet method with a loop outside the kernel: its poll could preempt the kernel. */
                public static long spun(long[] c, int n) { return c[lazy.App.spin(n) & 1]; }
            }
            """;

    @TempDir
    static Path dir;

    static String program;

    @BeforeAll
    static void translate() throws Exception {
        Path classes = Harness.compile(dir, Map.of("lazy/App.java", APP, "ukl/kernel/lazytest/Counters.java", KERNEL));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "lazy/App");
        TranslationResult r = Translator.translate(world, dir.resolve("c"));
        program = Files.readString(r.cFiles().get(0)).replaceAll("(?m)^#line .*\\n", "");
    }

    /** The function of the method named {@code owner.name} (its header comment, then the body). */
    static String function(String method) {
        return function(program, method);
    }

    /** The function of the method named {@code owner.name} in {@code program}. */
    static String function(String program, String method) {
        Matcher m = Pattern.compile(
                        "(?m)^/\\* " + Pattern.quote(method) + "\\([^\\n]*\\*/\\nstatic [^\\n]*\\) \\{\\n.*?\\n}\\n",
                        Pattern.DOTALL)
                .matcher(program);
        assertTrue(m.find(), "no function for " + method + " in the emitted C");
        return m.group();
    }

    /** A call of the runtime's ukl_throw_*_at or ukl_class_init_at (ukl_runtime.h). */
    static final Pattern BUILDS_FRAME = Pattern.compile("\\bukl_\\w+_at\\(");

    static void assertLazy(String method) {
        String f = function(method);
        assertFalse(f.contains("ukl_frame F"), method + " has a frame variable:\n" + f);
        assertFalse(f.contains("ukl_top"), method + " touches the shadow stack:\n" + f);
        assertFalse(f.contains("ukl_stack_limit"), method + " checks the stack, which a leaf cannot overflow:\n" + f);
        assertTrue(BUILDS_FRAME.matcher(f).find(), method + " has no throw that builds the frame:\n" + f);
    }

    /** A frame variable linked only on the edges into throw paths, and unlinked only on their way out. */
    static void assertLinkedOnEdges(String method) {
        String f = function(method);
        assertTrue(f.contains("    ukl_frame F;\n"), method + " has no frame variable:\n" + f);
        assertFalse(f.contains("    F.prev = ukl_top;\n"), method + " links its frame on entry:\n" + f);
        assertFalse(
                f.contains("\n    if (UKL_UNLIKELY((uint8_t *) &F < ukl_stack_limit)"),
                method + " checks the stack on entry:\n" + f);
        assertFalse(f.contains("ukl_top = F.prev; return"), method + " unlinks a frame on a return:\n" + f);
        assertTrue(f.contains("F.prev = ukl_top; F.method = "), method + " never links its frame:\n" + f);
        assertTrue(f.contains("L_unwindF:\n    ukl_top = F.prev;\n"), method + " never unlinks its frame:\n" + f);
    }

    static void assertFramed(String method) {
        String f = function(method);
        assertTrue(f.contains("ukl_top = &F;\n"), method + " does not push its frame on entry:\n" + f);
        assertFalse(BUILDS_FRAME.matcher(f).find(), method + " builds a second frame for a throw:\n" + f);
    }

    @Test
    void leavesPushTheirFrameOnlyWhileAThrowRuns() {
        assertLazy("lazy.App.count");
        assertLazy("lazy.App.at");
        assertTrue(function("lazy.App.count").contains("ukl_throw_index_at("), function("lazy.App.count"));
    }

    @Test
    void aClassInitialiserRunFromALeafGetsTheLeafsFrame() {
        assertLazy("lazy.App.late");
        assertTrue(function("lazy.App.late").contains("ukl_class_init_at("), function("lazy.App.late"));
    }

    @Test
    void methodsWithAnObservationPointKeepTheirFrame() {
        assertFramed("lazy.App.sum"); // a call of a method that can throw
        assertFramed("lazy.App.fresh"); // an allocation
    }

    @Test
    void aMethodThatAllocatesOnlyToThrowLinksItsFrameOnTheEdge() {
        assertLinkedOnEdges("lazy.App.notNull");
        assertLinkedOnEdges("lazy.App.checked");
        String checked = function("lazy.App.checked");
        // both jumps into the throw path and the fall-through into it link the frame
        assertTrue(
                checked.split("F\\.prev = ukl_top; F\\.method = ", -1).length - 1 == 3,
                "checked should link its frame on three edges:\n" + checked);
        assertTrue(checked.contains("UKL_UNLIKELY(") && checked.contains("UKL_LIKELY("), checked);
        assertFramed("lazy.App.fail"); // every path throws
    }

    @Test
    void aKernelLeafMayCallABoundedMethodButNotOneThatPolls() {
        assertLazy("ukl.kernel.lazytest.Counters.get");
        assertFramed("ukl.kernel.lazytest.Counters.spun");
    }
}
