package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential tests (STYLE.md 9): each corpus program runs on the JVM and, translated, as a host
 * binary; standard output, standard error and exit status must agree byte for byte. All programs
 * share one image, whose main class dispatches on the first argument, so gcc runs once.
 */
class CorpusTest {
    static final List<String> PROGRAMS = List.of(
            "HelloWorld",
            "IntArithmeticEdges",
            "FloatEdges",
            "StaticInitOrder",
            "SwitchForms",
            "ExceptionsCaught",
            "VirtualAndInterfaceDispatch",
            "MultiDimArrays",
            "UncaughtException",
            "SystemExitStatus",
            "ObjectsAndFields",
            "OutOfMemoryCaught",
            "InterfaceSelectors",
            "StackOverflowCaught",
            "GcChurnLists",
            "GcChurnStrings",
            "GcArraysOfEveryType",
            "GcLiveSetOutOfMemory",
            "GcArrayLoops",
            "GcOldPointsToYoung",
            "DataStreamsRoundTrip",
            "ReaderWordCount",
            "CharsetRoundTrip",
            "BufferViews",
            "SystemStreamsRedirect",
            "NetAddressesAndUris",
            "SelectorWithoutChannels",
            "PiDigits",
            "FannkuchRedux",
            "SpectralNorm",
            "BigNumbers",
            "Invoice",
            "ConcurrentMapsWordCount",
            "AtomicsAndTimeUnits",
            "CompletedFutureChains",
            "FeatureFlagsReport",
            "TypedArraysAndFunctions",
            "ThreadsJoinResults",
            "ThreadsProducerConsumer",
            "ThreadsInterrupts",
            "ThreadsUncaught",
            "ThreadsDaemonExit",
            "ThreadsSpinFairness",
            "ThreadsStackOverflow",
            "ThreadsClassInit",
            "GcThreads",
            "DateArithmetic",
            "ScheduleFormatting",
            "DurationsReport",
            "BinaryTrees",
            "SpectralNorm",
            "NBody",
            "QuietCallLines",
            "LazyFrameTraces",
            "SequencedViews",
            "EnclosingClasses",
            "NonAsciiNames",
            "ConstantInitializers",
            "TypeTests",
            "FinalFieldsUnderConstruction");
    // The multi-threaded java.util.concurrent programs (ProducersConsumers, ParallelWordCount,
    // LatchesAndBarriers, FuturePipelines, LockOrdering, InvokeAllAny, SynchronousPingPong) and
    // ThreadsSelectorWakeup use
    // lambdas, which this host harness does not lower: qemu-tests' DifferentialCorpusTest runs
    // them through the linker, in QEMU.
    /** Method selection across packages (JVMS §5.4.5, §5.4.6): sources under src/test/resources/selection. */
    static final String SELECTION = "selection.Selection";
    /** Thread switch and monitor costs: {@link #threadSwitchAndMonitorCosts()}. */
    static final String BENCHMARK = "src/test/resources/bench/ThreadsBenchmark.java";
    /** The collector's programs run in a heap of 32 MiB, on the JVM and natively (the smallest guest the brief names). */
    static final int GC_HEAP_MB = 32;

    @TempDir
    static Path dir;

    static Path classes;
    static Path exe;
    static final ExecutorService JVM_RUNNER = Executors.newSingleThreadExecutor();
    static final Map<String, Future<Harness.Run>> jvmRuns = new LinkedHashMap<>();

    @AfterAll
    static void stopRunner() {
        JVM_RUNNER.shutdownNow();
    }

    @BeforeAll
    static void build() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        StringBuilder dispatch = new StringBuilder("""
                public final class TestMain {
                    public static void main(String[] args) throws Throwable {
                        String[] rest = new String[args.length - 1];
                        System.arraycopy(args, 1, rest, 0, rest.length);
                """);
        for (String p : PROGRAMS) {
            sources.put("corpus/" + p + ".java", Harness.corpusSource(p));
            dispatch.append("        if (args[0].equals(\"corpus.")
                    .append(p)
                    .append("\")) { corpus.")
                    .append(p)
                    .append(".main(rest); return; }\n");
        }
        // Not a corpus program: its output is timings, which the QEMU corpus test would compare.
        sources.put("bench/ThreadsBenchmark.java", Files.readString(Harness.MODULE.resolve(BENCHMARK)));
        dispatch.append(
                "        if (args[0].equals(\"bench.ThreadsBenchmark\")) { bench.ThreadsBenchmark.main(rest); return; }\n");
        sources.put("UncaughtOom.java", UNCAUGHT_OOM);
        dispatch.append("        if (args[0].equals(\"UncaughtOom\")) { UncaughtOom.main(rest); return; }\n");
        Path selection = Harness.MODULE.resolve("src/test/resources/selection");
        try (Stream<Path> files = Files.walk(selection)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.put("selection/" + selection.relativize(f), Files.readString(f));
            }
        }
        dispatch.append("        if (args[0].equals(\"" + SELECTION + "\")) { ")
                .append(SELECTION)
                .append(".main(rest); return; }\n");
        dispatch.append("        throw new IllegalArgumentException(args[0]);\n    }\n}\n");
        sources.put("TestMain.java", dispatch.toString());
        // -Dukl.keepDir=/some/dir keeps the generated C and the binary for inspection.
        Path work = System.getProperty("ukl.keepDir") == null
                ? dir
                : Files.createDirectories(Path.of(System.getProperty("ukl.keepDir")));
        classes = Harness.compile(work, sources);
        // The JVM runs go on the second core while gcc compiles the image on the first.
        for (String p : PROGRAMS) {
            String heap = p.equals("OutOfMemoryCaught")
                    ? "-Xmx64m"
                    : p.startsWith("Gc") ? "-Xmx" + GC_HEAP_MB + "m" : "-Xmx256m";
            jvmRuns.put(p, JVM_RUNNER.submit(() -> Harness.runJvm(classes, "corpus." + p, heap)));
        }
        jvmRuns.put(SELECTION, JVM_RUNNER.submit(() -> Harness.runJvm(classes, SELECTION, "-Xmx256m")));
        // -DUKL_GC_VERIFY: after every young collection's marking the collector panics if a marked
        // object refers to an unmarked one, a reference store without the write barrier (ukl_gc.h,
        // "generations"); the collector's programs, in 32 MiB, hang young objects off old ones through
        // fields, arrays, arraycopy and weak maps. Without the putfield barrier four of them fail.
        // -O1: the corpus checks behaviour, and gcc on its one C file is most of the class's time
        // (215 s -> 177 s, load 4-5); the same programs run at -O2 in qemu-tests (DifferentialCorpusTest,
        // ProcessCorpusTest), and every other image is built at -O2.
        exe = Harness.build(
                Harness.world(Harness.classesIn(classes), "TestMain"),
                work,
                Boolean.getBoolean("ukl.split"),
                "-DUKL_GC_VERIFY",
                "-O1");
    }

    /** A live set held by a static field fills the heap: the error escapes main with the heap still full. */
    static final String UNCAUGHT_OOM = """
            public final class UncaughtOom {
                static Object[] chain;
                public static void main(String[] args) {
                    while (true) {
                        Object[] link = new Object[100];
                        link[0] = chain;
                        chain = link;
                    }
                }
            }
            """;

    /**
     * Not differential: the JVM's trace names the allocation site, the image's the preallocated
     * error's. The report must still be printed, which needs the collector's reserve, and the
     * status must be 1 (docs/contracts.md §2).
     */
    @Test
    void uncaughtOutOfMemoryErrorIsReportedAndExitsWithOne() throws Exception {
        Harness.Run image = Harness.runNative(exe, GC_HEAP_MB, "UncaughtOom");
        assertTrue(
                image.stderr().startsWith("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"),
                image.stderr());
        assertEquals(1, image.status(), image.stderr());
    }

    /**
     * Not differential: ThreadsBenchmark's figures (a thread switch over park/unpark and over
     * wait/notify, an uncontended synchronized) natively, beside the JVM's for scale. Each must be
     * there, and a switch must cost less than 50 µs even on a loaded machine. The native figures
     * are of the -O1 build above; {@code scripts/bench --switch} measures a switch in -O2 builds.
     */
    @Test
    void threadSwitchAndMonitorCosts() throws Exception {
        Harness.Run image = Harness.runNative(exe, "bench.ThreadsBenchmark", "20000");
        Harness.Run jvm = Harness.runJvm(classes, "bench.ThreadsBenchmark", "-Xmx256m");
        System.out.println("ThreadsBenchmark, ukl:\n" + image.stdout() + "ThreadsBenchmark, JVM:\n" + jvm.stdout());
        assertEquals(0, image.status(), image.stderr());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "park/unpark switch: (\\d+) ns\nwait/notify switch: (\\d+) ns\nuncontended synchronized: (\\d+) ps\n")
                .matcher(image.stdout());
        assertTrue(m.matches(), image.stdout());
        assertTrue(Long.parseLong(m.group(1)) < 50_000, image.stdout());
        assertTrue(Long.parseLong(m.group(2)) < 50_000, image.stdout());
    }

    /**
     * A package-private method is overridden only from its own package, or through a method that
     * overrides it; a default method by a more specific one. ukl's vtables once had one slot per
     * name and descriptor, and ran B.m for a call of A.m on a B.
     */
    @Test
    void methodSelectionIsTheJvms() throws Exception {
        Harness.Run jvm = jvmRuns.get(SELECTION).get();
        Harness.Run image = Harness.runNative(exe, SELECTION);
        assertTrue(jvm.stdout().contains("A.m on selection.p2.B: A.m"), jvm.stdout() + jvm.stderr());
        assertEquals(jvm.stdout(), image.stdout());
        assertEquals(jvm.status(), image.status(), image.stderr());
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsOnTheJvm() {
        return PROGRAMS.stream()
                .map(p -> DynamicTest.dynamicTest(p, () -> {
                    Harness.Run jvm = jvmRuns.get(p).get();
                    Harness.Run image = p.startsWith("Gc")
                            ? Harness.runNative(exe, GC_HEAP_MB, "corpus." + p)
                            : Harness.runNative(exe, "corpus." + p);
                    assertFalse(jvm.stdout().isEmpty(), p + " printed nothing on the JVM: " + jvm.stderr());
                    assertEquals(jvm.stdout(), image.stdout(), p + ": standard output");
                    // The dispatcher adds one frame under main; a JVM run of the program has no such frame.
                    assertEquals(
                            jvm.stderr(),
                            image.stderr().replaceAll("\tat TestMain\\.main\\([^)]*\\)\n", ""),
                            p + ": standard error");
                    assertEquals(jvm.status(), image.status(), p + ": exit status");
                }));
    }
}
