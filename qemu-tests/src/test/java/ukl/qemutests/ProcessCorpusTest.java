package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import ukl.boot.Target;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * The differential corpus on the process platform: every corpus program, on the JVM and in the
 * corpus linked as a static Linux executable ({@link Target#PROCESS}), with the same dispatcher,
 * memory and comparison as {@link DifferentialCorpusTest} (standard output, standard error and
 * exit status, byte for byte). At the end it prints the summed wall time of the executable's runs,
 * to set beside {@link DifferentialCorpusTest}'s for QEMU.
 */
class ProcessCorpusTest {
    private static final Path WORK = Path.of("target", "process-corpus").toAbsolutePath();
    private static final int MEMORY_MIB = 64;
    private static final int GC_MEMORY_MIB = 32;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final AtomicLong RUN_NANOS = new AtomicLong();

    /**
     * The corpus linked as one executable (the toolchain finds it up to date after the first
     * build), translated as separate units like {@link DifferentialCorpusTest}'s image.
     */
    private static ImageResult build(List<Path> classpath) throws Exception {
        return Toolchain.build(new ImageRequest(
                classpath,
                CorpusImage.DISPATCHER,
                WORK.resolve("corpus"),
                WORK.resolve("work"),
                MEMORY_MIB,
                line -> {},
                Target.PROCESS,
                List.of(),
                CorpusImage.INCREMENTAL));
    }

    private static List<Path> classpath() throws Exception {
        Path corpus = Corpus.location();
        List<String> programs = Corpus.programs();
        return List.of(corpus, CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, programs));
    }

    /**
     * UUID.randomUUID draws from getrandom(2) (Libc.getrandom, the kernel's Platform.randomBytes):
     * two runs of the executable print different UUIDs, where a generator seeded only by the
     * process's own state could repeat one.
     */
    @Test
    void twoProcessesDrawDifferentUuids() throws Exception {
        ImageResult image = build(classpath());
        ProcessRun first = ProcessRun.of(image.image(), MEMORY_MIB, TIME_LIMIT, "corpus.RandomIds", "print");
        ProcessRun second = ProcessRun.of(image.image(), MEMORY_MIB, TIME_LIMIT, "corpus.RandomIds", "print");
        assertEquals(0, first.status(), first.stderrText());
        assertTrue(
                first.stdoutText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\n"),
                first.stdoutText());
        assertNotEquals(first.stdoutText(), second.stdoutText());
    }

    @TestFactory
    Stream<DynamicTest> corpusProgramsBehaveAsOnTheJvm() throws Exception {
        List<String> programs = Corpus.programs();
        assertTrue(programs.size() >= 20, "the corpus has only " + programs.size() + " programs");
        List<Path> classpath = classpath();
        ImageResult image = build(classpath);

        String only = System.getProperty("ukl.corpus.only");
        if (only != null) {
            programs = programs.stream().filter(p -> p.matches(only)).toList();
        }
        Map<String, CompletableFuture<Comparison>> results = new HashMap<>();
        programs.stream()
                .sorted(Comparator.comparing((String p) -> !p.startsWith("corpus.Gc")))
                .forEach(p -> results.put(p, CompletableFuture.supplyAsync(() -> compare(image.image(), p), POOL)));
        List<DynamicTest> tests = new ArrayList<>();
        for (String program : programs) {
            tests.add(DynamicTest.dynamicTest(
                    program, () -> results.get(program).join().check()));
        }
        return tests.stream();
    }

    @AfterAll
    static void report() {
        POOL.shutdownNow();
        System.out.printf("ukl process corpus: the executable's runs took %.2f s in all%n", RUN_NANOS.get() / 1e9);
    }

    private static Comparison compare(Path executable, String program) {
        try {
            int memory = program.startsWith("corpus.Gc") ? GC_MEMORY_MIB : MEMORY_MIB;
            JvmRun jvm = CorpusTruth.of(program, memory);
            ProcessRun run = ProcessRun.of(executable, memory, TIME_LIMIT, program);
            RUN_NANOS.addAndGet(run.nanos());
            return new Comparison(program, jvm, run, null);
        } catch (Exception e) {
            return new Comparison(program, null, null, e);
        }
    }

    private record Comparison(String program, JvmRun jvm, ProcessRun process, Exception failure) {
        void check() throws Exception {
            if (failure != null) {
                throw failure;
            }
            assertFalse(process.timedOut(), () -> program + ": timed out\nstderr:\n" + process.stderrText());
            assertEquals(text(jvm.stdout()), process.stdoutText(), program + ": standard output differs");
            assertEquals(text(jvm.stderr()), process.stderrText(), program + ": standard error differs");
            assertEquals(jvm.status(), process.status(), program + ": exit status differs");
        }

        private static String text(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
