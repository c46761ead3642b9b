package ukl.qemutests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * What each corpus program does on the JVM, run once per test JVM and shared by the corpus's
 * targets ({@link DifferentialCorpusTest} in QEMU, {@link ProcessCorpusTest} as a process): both
 * compare with the same dispatcher at the same heap, and each of the 136 runs costs a JVM's start.
 */
final class CorpusTruth {
    private static final Path DISPATCH =
            Path.of("target", "corpus-jvm", "dispatch").toAbsolutePath();

    private static final Map<String, CompletableFuture<JvmRun>> RUNS = new ConcurrentHashMap<>();
    private static List<Path> classpath;

    private CorpusTruth() {}

    /** The JVM's run of {@code program} (no arguments) with a heap of {@code heapMiB}; the first caller runs it. */
    static JvmRun of(String program, int heapMiB) throws Exception {
        CompletableFuture<JvmRun> mine = new CompletableFuture<>();
        CompletableFuture<JvmRun> run = RUNS.putIfAbsent(program + " " + heapMiB, mine);
        if (run == null) {
            try {
                mine.complete(JvmRun.of(classpath(), heapMiB, CorpusImage.DISPATCHER, program));
            } catch (Exception e) {
                mine.completeExceptionally(e);
            }
            run = mine;
        }
        try {
            return run.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static synchronized List<Path> classpath() throws IOException {
        if (classpath == null) {
            Path corpus = Corpus.location();
            classpath = List.of(corpus, CorpusImage.compileDispatcher(DISPATCH, corpus, Corpus.programs()));
        }
        return classpath;
    }
}
