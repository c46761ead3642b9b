package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which methods check the stack and poll on entry ({@link Effects}): recursive ones, found on the
 * whole call graph, poll and check; of a chain of methods that can throw, one in every
 * {@link Effects#UNCHECKED_DEPTH} + 1 checks; the others do neither. Whether an overflow is still
 * caught is corpus.StackOverflowCaught's part, in {@link CorpusTest}.
 */
class StackChecksTest {
    /** c0 calls c1 … c11 calls c12, each allocating (so each can throw). */
    static String chain() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            s.append("    static Object c")
                    .append(i)
                    .append("(int n) { Object o = new int[n]; return c")
                    .append(i + 1)
                    .append("(n) == null ? o : null; }\n");
        }
        return s.append("    static Object c12(int n) { return new int[n]; }\n").toString();
    }

    static final String APP = "package stack;\npublic final class App {\n" + """
                /** Allocates and throws before its recursive call: still on a cycle. */
                static int ping(int n) { int[] box = new int[] {n}; return n == 0 ? 0 : pong(box); }
                static int pong(int[] box) { return ping(box[0] - 1) + 1; }
                /** Calls a method that can throw, with nothing below it that calls: a short chain. */
                static Object shallow(int n) { return c12(n); }
                public static void main(String[] args) {
                    System.out.println(ping(3) + " " + shallow(1) + " " + c0(1));
                }
            """ + chain() + "}\n";

    @TempDir
    static Path dir;

    static String program;

    @BeforeAll
    static void translate() throws Exception {
        Path classes = Harness.compile(dir, Map.of("stack/App.java", APP));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "stack/App");
        TranslationResult r = Translator.translate(world, dir.resolve("c"));
        program = Files.readString(r.cFiles().get(0)).replaceAll("(?m)^#line .*\\n", "");
    }

    static String function(String method) {
        return LazyFrameTest.function(program, method);
    }

    static boolean checks(String method) {
        return function(method).contains("< ukl_stack_limit)) { ukl_throw_stack_overflow();");
    }

    static boolean polls(String method) {
        return function(method).contains("\n    UKL_POLL();\n");
    }

    @Test
    void recursiveMethodsCheckAndPollEvenWhenTheyThrowBeforeTheirCall() {
        for (String m : new String[] {"stack.App.ping", "stack.App.pong"}) {
            assertTrue(checks(m), m + " does not check the stack:\n" + function(m));
            assertTrue(polls(m), m + " does not poll on entry:\n" + function(m));
        }
    }

    @Test
    void aShortChainNeitherChecksNorPolls() {
        assertFalse(checks("stack.App.shallow"), function("stack.App.shallow"));
        assertFalse(polls("stack.App.shallow"), function("stack.App.shallow"));
    }

    @Test
    void aLongChainChecksOnceInEveryStretchOfTheUncheckedDepth() {
        // c12 ends the chain (depth 1), c4 is the ninth above it and checks, c0..c3 count anew.
        int[] checked = IntStream.rangeClosed(0, 12)
                .filter(i -> checks("stack.App.c" + i))
                .toArray();
        assertEquals(1, checked.length, "checked: " + java.util.Arrays.toString(checked));
        assertEquals(12 - Effects.UNCHECKED_DEPTH, checked[0]);
        assertFalse(polls("stack.App.c" + checked[0]), "a method that is not recursive polls on entry");
    }
}
