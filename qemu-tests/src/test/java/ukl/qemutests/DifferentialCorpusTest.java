package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.RunRequest;
import ukl.toolchain.Toolchain;

/**
 * Every corpus program, on the JVM and in the corpus image booted in QEMU (see
 * {@link CorpusImage}): standard output, standard error and exit status must be the same bytes
 * (STYLE.md §9). The JVM gets a heap the size of the guest's memory, so that programs that exhaust
 * memory end alike.
 */
class DifferentialCorpusTest {
    private static final Path WORK = Path.of("target", "corpus").toAbsolutePath();
    private static final int MEMORY_MIB = 64;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @TestFactory
    Stream<DynamicTest> corpusProgramsBehaveAsOnTheJvm() throws Exception {
        Path corpus = Corpus.location();
        List<String> programs = Corpus.programs();
        assertTrue(programs.size() >= 20, "the corpus has only " + programs.size() + " programs");
        Path dispatcher = CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, programs);
        List<Path> classpath = List.of(corpus, dispatcher);

        StringBuilder log = new StringBuilder();
        ImageResult image = Toolchain.build(new ImageRequest(classpath, CorpusImage.DISPATCHER,
                WORK.resolve("corpus.ukl"), WORK.resolve("work"), MEMORY_MIB, line -> log.append(line).append('\n')));

        List<DynamicTest> tests = new ArrayList<>();
        for (String program : programs) {
            CompletableFuture<Comparison> result =
                    CompletableFuture.supplyAsync(() -> compare(classpath, image.image(), program), POOL);
            tests.add(DynamicTest.dynamicTest(program, () -> result.join().check()));
        }
        return tests.stream();
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static Comparison compare(List<Path> classpath, Path image, String program) {
        try {
            JvmRun jvm = JvmRun.of(classpath, MEMORY_MIB, CorpusImage.DISPATCHER, program);
            QemuResult run = Toolchain.runCaptured(
                    new RunRequest(image, MEMORY_MIB, List.of(program), "auto", line -> {}), Duration.ofSeconds(30));
            return new Comparison(program, jvm, run, null);
        } catch (Exception e) {
            return new Comparison(program, null, null, e);
        }
    }

    private record Comparison(String program, JvmRun jvm, QemuResult image, Exception failure) {
        void check() throws Exception {
            if (failure != null) {
                throw failure;
            }
            assertFalse(image.timedOut(), () -> program + ": " + image.describe());
            assertTrue(image.exited(), () -> program + ": " + image.describe() + "\nstderr:\n" + image.stderrText());
            assertEquals(text(jvm.stdout()), image.stdoutText(), program + ": standard output differs");
            assertEquals(text(jvm.stderr()), image.stderrText(), program + ": standard error differs");
            assertEquals(jvm.status(), image.exitStatus(), program + ": exit status differs");
        }

        private static String text(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
