package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How problems and reports read. */
class ReportTest {
    @Test
    void problemReadsFileLineClassMethodWhatAndFix() {
        LinkProblem p = new LinkProblem("hello.Hello$Inner", "run(int, String[])", 12, "Class.forName is reflection", "call it directly");
        assertEquals("hello/Hello.java:12: in hello.Hello$Inner.run(int, String[]): Class.forName is reflection; fix: call it directly", p.toString());
        assertEquals("hello/Hello.java: in hello.Hello: what; fix: fix", new LinkProblem("hello.Hello", null, -1, "what", "fix").toString());
        assertEquals("run(int, String[])", LinkProblem.methodLabel("run", "(I[Ljava/lang/String;)V"));
    }

    @Test
    void exceptionMessageHasOneProblemPerLine() {
        LinkException e = new LinkException(List.of(new LinkProblem(null, null, -1, "a", "b"), new LinkProblem(null, null, -1, "c", "d")));
        assertEquals("a; fix: b\nc; fix: d", e.getMessage());
    }

    @Test
    void jsonEscapesPerRfc8259() {
        LinkReport report = new LinkReport();
        report.count("passes \"quoted\"", 3);
        report.addSyscallSites(List.of(new LinkReport.SyscallSite("a.B", "m()", 4, "k\\n")));
        report.addSection("sizes", Map.of("tab", "\t\u0001"));
        assertEquals("{\"passes\":{\"passes \\\"quoted\\\"\":3},\"syscallSites\":[{\"class\":\"a.B\",\"method\":\"m()\",\"line\":4,"
                + "\"kernelMethod\":\"k\\\\n\"}],\"classesBefore\":0,\"classesAfter\":0,\"methodsBefore\":0,\"methodsAfter\":0,"
                + "\"removedClasses\":[],\"removedMethods\":[],\"sections\":{\"sizes\":{\"tab\":\"\\t\\u0001\"}}}", report.toJson());
    }
}
