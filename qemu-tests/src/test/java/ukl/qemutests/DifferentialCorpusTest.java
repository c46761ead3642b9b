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
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.RunRequest;
import ukl.toolchain.Toolchain;

/**
 * Every corpus program, on the JVM and in the corpus image booted in QEMU (see
 * {@link CorpusImage}): standard output, standard error and exit status must be the same bytes
 * (STYLE.md §9). The JVM gets a heap the size of the guest's memory, so that programs that exhaust
 * memory end alike. The garbage-collector programs ({@code Gc…}) run in 32 MiB guests, in which
 * they allocate some 50 times the heap.
 */
class DifferentialCorpusTest {
    private static final Path WORK = Path.of("target", "corpus").toAbsolutePath();
    private static final int MEMORY_MIB = 64;
    private static final int GC_MEMORY_MIB = 32;
    /**
     * What the guest needs beside the GC programs' heap: the JVM gets {@code -Xmx32m} of heap alone,
     * while the guest's RAM also holds the corpus image (7.7 MB with every corpus program) and its
     * stacks. With 32 MiB of RAM in all, GcArraysOfEveryType's 20 MB live set no longer fit once the
     * corpus grew.
     */
    private static final int GC_IMAGE_ROOM_MIB = 16;
    /** The GC programs allocate gigabytes; under TCG that takes some 40 s. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(150);

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    /** The summed wall time of the QEMU runs, to set beside {@link ProcessCorpusTest}'s. */
    private static final AtomicLong RUN_NANOS = new AtomicLong();

    /**
     * The corpus as one image (the toolchain finds it up to date after the first build). It is
     * 48 MB of C: translated as separate units ({@link CorpusImage#INCREMENTAL}), two gcc
     * processes compile it at once instead of one.
     */
    private static ImageResult build(List<Path> classpath) throws Exception {
        return Toolchain.build(new ImageRequest(
                classpath,
                CorpusImage.DISPATCHER,
                WORK.resolve("corpus.ukl"),
                WORK.resolve("work"),
                MEMORY_MIB,
                line -> {},
                Target.VM,
                List.of(),
                CorpusImage.INCREMENTAL));
    }

    private static List<Path> classpath() throws Exception {
        Path corpus = Corpus.location();
        return List.of(corpus, CorpusImage.compileDispatcher(WORK.resolve("dispatch"), corpus, Corpus.programs()));
    }

    /**
     * UUID.randomUUID in the guest draws from the kernel's Platform.randomBytes (rdrand under
     * -cpu max): two boots of the same image print different UUIDs.
     */
    @Test
    void twoBootsDrawDifferentUuids() throws Exception {
        ImageResult image = build(classpath());
        List<String> printed = new ArrayList<>();
        for (int boot = 0; boot < 2; boot++) {
            QemuResult run = Toolchain.runCaptured(
                    new RunRequest(image.image(), MEMORY_MIB, List.of("corpus.RandomIds", "print"), "auto", line -> {}),
                    TIME_LIMIT);
            assertTrue(run.exited(), run::describe);
            assertTrue(
                    run.stdoutText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\n"),
                    run.stdoutText());
            printed.add(run.stdoutText());
        }
        assertNotEquals(printed.get(0), printed.get(1));
    }

    @TestFactory
    Stream<DynamicTest> corpusProgramsBehaveAsOnTheJvm() throws Exception {
        List<String> programs = Corpus.programs();
        assertTrue(programs.size() >= 20, "the corpus has only " + programs.size() + " programs");
        List<Path> classpath = classpath();
        ImageResult image = build(classpath);

        // -Dukl.corpus.only=<regex> runs only the programs it matches (the image still holds all).
        String only = System.getProperty("ukl.corpus.only");
        if (only != null) {
            programs = programs.stream().filter(p -> p.matches(only)).toList();
        }
        // The slow GC programs start first, so that they do not all end up at the tail.
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
    static void stopPool() {
        POOL.shutdownNow();
        System.out.printf("ukl QEMU corpus: the image's runs took %.2f s in all%n", RUN_NANOS.get() / 1e9);
    }

    private static Comparison compare(Path image, String program) {
        try {
            boolean gc = program.startsWith("corpus.Gc");
            int memory = gc ? GC_MEMORY_MIB : MEMORY_MIB;
            JvmRun jvm = CorpusTruth.of(program, memory);
            long start = System.nanoTime();
            QemuResult run = Toolchain.runCaptured(
                    new RunRequest(
                            image, gc ? memory + GC_IMAGE_ROOM_MIB : memory, List.of(program), "auto", line -> {}),
                    TIME_LIMIT);
            RUN_NANOS.addAndGet(System.nanoTime() - start);
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
