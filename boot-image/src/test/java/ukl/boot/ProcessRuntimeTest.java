package ukl.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process runtime ({@link Target#PROCESS}, resources {@code ukl/process/}) under a C program
 * that stands in for a translated one (src/test/resources/ukl/boot/process_guest.c): the command
 * line, the heap from {@code ukl.memory=}, the exit status, ppoll and the clock, and the seccomp
 * filter, which must end a forbidden system call with its message.
 */
class ProcessRuntimeTest {
    private static Path executable;

    @BeforeAll
    static void build() throws Exception {
        ImageInfo info = new ImageBuilder(Target.PROCESS, TestImages.CACHE, line -> {})
                .build(
                        List.of(TestImages.testSource("process_guest.c")),
                        List.of(),
                        List.of(),
                        TestImages.TARGET.resolve("test-images/process_guest"));
        executable = info.image();
        assertEquals(Target.PROCESS, ImageBuilder.targetOf(executable));
    }

    private record Run(int status, String stdout, String stderr) {}

    private static Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the process did not end: " + command);
        return new Run(
                p.exitValue(),
                new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void commandLineHeapAndExitStatusAreTheProcesses() throws Exception {
        Run run = run("ukl.memory=48M", "--", "echo", "a", "b");
        assertEquals("cmdline=ukl.memory=48M -- echo a b heapMiB=48\n", run.stdout());
        assertEquals("", run.stderr());
        assertEquals(3, run.status());
    }

    @Test
    void theHeapDefaultsToTheBuiltSize() throws Exception {
        assertEquals("cmdline=echo heapMiB=64\n", run("echo").stdout());
    }

    @Test
    void ppollWaitsOnTheMonotonicClock() throws Exception {
        Run run = run("sleep");
        assertEquals("slept\n", run.stdout(), run.stderr());
        assertEquals(0, run.status());
    }

    @Test
    void aForbiddenSystemCallKillsTheProcessWithAMessage() throws Exception {
        Run run = run("forbidden");
        assertEquals("before\n", run.stdout());
        assertEquals(
                "ukl: forbidden system call 39 (seccomp): the process platform allows only read write"
                        + " clock_gettime exit_group ppoll getrandom\n",
                run.stderr());
        assertEquals(128 + 31, run.status());
    }

    @Test
    void aBadMemorySizeIsRefusedBeforeMain() throws Exception {
        Run run = run("ukl.memory=lots", "echo");
        assertEquals("", run.stdout());
        assertEquals("ukl: ukl.memory=lots is not a size; write e.g. ukl.memory=64M\n", run.stderr());
        assertEquals(1, run.status());
    }

    @Test
    void theLinkReportListsTheFiltersSystemCalls() {
        assertEquals(
                List.of("read(0)", "write(1)", "clock_gettime(228)", "exit_group(231)", "ppoll(271)", "getrandom(318)"),
                Target.PROCESS.systemCalls());
        assertEquals(List.of(), Target.VM.systemCalls());
    }

    @Test
    void theRuntimeCompilesWithoutWarnings(@TempDir Path dir) throws Exception {
        new ImageBuilder(Target.PROCESS, TestImages.CACHE, line -> {})
                .build(
                        List.of(TestImages.testSource("process_guest.c")),
                        List.of(),
                        List.of("-Wall", "-Wextra", "-Werror"),
                        dir.resolve("strict"));
    }

    @Test
    void bothRuntimesDefineTheSameNatives() {
        assertEquals(ImageBuilder.nativeFunctions(Target.VM), ImageBuilder.nativeFunctions(Target.PROCESS));
    }
}
