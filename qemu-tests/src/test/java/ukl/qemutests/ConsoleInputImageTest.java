package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ukl.boot.Target;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * {@code System.in} in an image reads the serial console: the same text fed to a JVM's standard
 * input and to the image's COM1 (ended by a Ctrl-D, as at a terminal) gives the same output.
 */
class ConsoleInputImageTest {
    private static final Path WORK = Path.of("target", "console-input").toAbsolutePath();
    private static final String PROGRAM = "corpus.console.StdinLines";
    private static final String TEXT =
            "first line\nzweite Zeile mit \u00e9 und \u20ac\n\n" + "x".repeat(3000) + "\nlast line without a newline";

    @Test
    void programReadsItsInputToTheEndAsOnTheJvm() throws Exception {
        Path corpus = Corpus.location();
        List<Path> classpath =
                List.of(corpus, CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, List.of(PROGRAM)));
        Path image = Toolchain.build(new ImageRequest(
                        classpath,
                        CorpusImage.DISPATCHER,
                        WORK.resolve("stdin.ukl"),
                        WORK.resolve("work"),
                        32,
                        line -> {}))
                .image();
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        JvmRun jvm = JvmRun.withInput(text, classpath, 32, CorpusImage.DISPATCHER, PROGRAM);

        Path input = Files.write(WORK.resolve("input"), (TEXT + "\u0004").getBytes(StandardCharsets.UTF_8));
        QemuResult run = Qemu.forImage(image)
                .memoryMiB(32)
                .accelerator(Accelerator.AUTO)
                .cmdline(PROGRAM)
                .input(input)
                .runCaptured(Duration.ofSeconds(60));

        assertTrue(run.exited(), () -> run.describe() + "\nstdout:\n" + run.stdoutText());
        String expected = new String(jvm.stdout(), StandardCharsets.UTF_8);
        assertTrue(expected.contains("end of input after 5 lines"), expected);
        assertEquals(expected, run.stdoutText(), "standard output differs");
        assertEquals(new String(jvm.stderr(), StandardCharsets.UTF_8), run.stderrText(), "standard error differs");
        assertEquals(jvm.status(), run.exitStatus());
    }

    /**
     * The same program as a process-platform executable: its standard input is the process's, from
     * a file (always readable, then at its end) and from a pipe the test writes and closes; the end
     * of either is the end of input, as on the JVM.
     */
    @Test
    void processReadsItsInputToTheEndAsOnTheJvm() throws Exception {
        Path corpus = Corpus.location();
        List<Path> classpath =
                List.of(corpus, CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, List.of(PROGRAM)));
        Path executable = Toolchain.build(new ImageRequest(
                        classpath,
                        CorpusImage.DISPATCHER,
                        WORK.resolve("stdin-process"),
                        WORK.resolve("work-process"),
                        32,
                        line -> {},
                        Target.PROCESS))
                .image();
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        JvmRun jvm = JvmRun.withInput(text, classpath, 32, CorpusImage.DISPATCHER, PROGRAM);
        String expected = new String(jvm.stdout(), StandardCharsets.UTF_8);
        assertTrue(expected.contains("end of input after 5 lines"), expected);

        Path input = Files.write(WORK.resolve("input-process"), text);
        Process fromFile = new ProcessBuilder(executable.toString(), PROGRAM)
                .redirectInput(input.toFile())
                .start();
        assertOutput(expected, jvm, fromFile);

        Process fromPipe = new ProcessBuilder(executable.toString(), PROGRAM).start();
        try (var stdin = fromPipe.getOutputStream()) {
            stdin.write(text);
        }
        assertOutput(expected, jvm, fromPipe);
    }

    private static void assertOutput(String expected, JvmRun jvm, Process p) throws Exception {
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the executable did not end within 60 s; stdout so far:\n" + out.getNow(""));
        }
        assertEquals(expected, out.join(), "standard output differs");
        assertEquals(new String(jvm.stderr(), StandardCharsets.UTF_8), err.join(), "standard error differs");
        assertEquals(jvm.status(), p.exitValue());
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
