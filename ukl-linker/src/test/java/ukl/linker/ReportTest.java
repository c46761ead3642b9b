package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.ClassNode;
import ukl.linker.LinkProblem.Kind;

/** How problems and reports read. */
class ReportTest {
    @Test
    void problemReadsFileLineClassMethodWhatAndFix() {
        LinkProblem p = new LinkProblem(
                Kind.REFLECTION,
                "hello.Hello$Inner",
                "hello/Hello.java",
                "run(int, String[])",
                12,
                "Class.forName is reflection",
                "call it directly");
        assertEquals(
                "hello/Hello.java:12: in hello.Hello$Inner.run(int, String[]): Class.forName is reflection; "
                        + "fix: call it directly",
                p.toString());
        LinkProblem noLine =
                new LinkProblem(Kind.MAIN_CLASS, "hello.Hello", "hello/Hello.java", null, -1, "what", "fix");
        assertEquals("hello/Hello.java: in hello.Hello: what; fix: fix", noLine.toString());
        assertEquals("run(int, String[])", LinkProblem.methodLabel("run", "(I[Ljava/lang/String;)V"));
    }

    @Test
    void fileNameIsGuessedFromTheClassOnlyWithoutASourceFileAttribute() {
        LinkProblem guessed = new LinkProblem(Kind.REFLECTION, "hello.Hello$Inner", null, "run()", 12, "what", "fix");
        assertEquals(
                "hello/Hello.java:12 (file guessed from the class name: no SourceFile attribute): "
                        + "in hello.Hello$Inner.run(): what; fix: fix",
                guessed.toString());

        ClassNode c = new ClassNode();
        c.name = "app/Transformation";
        assertNull(Problems.sourceFile(c));
        c.sourceFile = "pidigits.java";
        assertEquals("app/pidigits.java", Problems.sourceFile(c), "JVMS §4.7.10: the attribute holds no directory");
        c.name = "Transformation";
        assertEquals("pidigits.java", Problems.sourceFile(c), "a class in the unnamed package");
    }

    @Test
    void exceptionMessageListsEachProblemAndASummary() {
        LinkException e = new LinkException(List.of(
                new LinkProblem(Kind.MAIN_CLASS, null, null, null, -1, "a", "b"),
                new LinkProblem(Kind.SHRINKER, null, null, null, -1, "c", "d")));
        assertEquals(
                "a; fix: b\nc; fix: d\nsummary: 1 problem with the main class, 1 ProGuard failure", e.getMessage());
    }

    @Test
    void sitesOfOneCauseAreGroupedSortedAndCounted() {
        String vector = "java.util.Vector is not in ukl's class library";
        List<LinkProblem> problems = new ArrayList<>();
        for (int line = 20; line > 10; line--) {
            problems.add(site(Kind.MISSING_FROM_CLASS_LIBRARY, "b/B.java", line, vector));
        }
        problems.add(site(Kind.MISSING_FROM_CLASS_LIBRARY, "a/A.java", 99, vector));
        problems.add(site(Kind.REFLECTION, "b/B.java", 7, "Class.forName is reflection"));
        problems.add(site(
                Kind.MISSING_FROM_CLASS_LIBRARY,
                "b/B.java",
                8,
                "java.util.Hashtable is not in ukl's class " + "library"));
        String expected = """
                b/B.java:8: in b.B.m(): java.util.Hashtable is not in ukl's class library; fix: f
                java.util.Vector is not in ukl's class library (11 sites); fix: f
                  a/A.java:99: in b.B.m()
                  b/B.java:11: in b.B.m()
                  b/B.java:12: in b.B.m()
                  ... and 8 more sites
                b/B.java:7: in b.B.m(): Class.forName is reflection; fix: f
                summary: 2 APIs missing from ukl's class library (12 sites), 1 reflective API used""";
        assertEquals(expected, new LinkException(problems).getMessage());
        Collections.reverse(problems);
        assertEquals(
                expected,
                new LinkException(problems).getMessage(),
                "the message does not depend on the order the passes found the problems in");
        assertEquals(problems, new LinkException(problems).problems(), "the structured problems stay one per site");
    }

    @Test
    void oneHiddenSiteIsShownRatherThanCounted() {
        List<LinkProblem> problems = new ArrayList<>();
        for (int line = 1; line <= LinkException.SITES_SHOWN + 1; line++) {
            problems.add(site(Kind.REFLECTION, "b/B.java", line, "Class.forName is reflection"));
        }
        String message = new LinkException(problems).getMessage();
        assertTrue(message.contains("  b/B.java:4: in b.B.m()\nsummary: 1 reflective API used (4 sites)"), message);
        assertFalse(message.contains("more sites"), message);
    }

    private static LinkProblem site(Kind kind, String file, int line, String what) {
        return new LinkProblem(kind, "b.B", file, "m()", line, what, "f");
    }

    @Test
    void jsonEscapesPerRfc8259() {
        LinkReport report = new LinkReport();
        report.count("passes \"quoted\"", 3);
        report.addSyscallSites(List.of(new LinkReport.SyscallSite("a.B", "m()", 4, "k\\n", "a/B.m()V")));
        report.addSection("sizes", Map.of("tab", "\t\u0001"));
        assertEquals(
                "{\"passes\":{\"passes \\\"quoted\\\"\":3},\"syscallSites\":[{\"class\":\"a.B\",\"method\":\"m()\",\"line\":4,"
                        + "\"kernelMethod\":\"k\\\\n\"}],\"syscallCode\":[],\"classesBefore\":0,\"classesAfter\":0,\"methodsBefore\":0,\"methodsAfter\":0,"
                        + "\"removedClasses\":[],\"removedMethods\":[],\"sections\":{\"sizes\":{\"tab\":\"\\t\\u0001\"}}}",
                report.toJson());
    }
}
