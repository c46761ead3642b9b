package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector's write barrier (ukl_gc.h, "generations"), checked by the collector itself: the
 * corpus programs that hang young objects off old ones (fields, arrays, System.arraycopy,
 * multi-dimensional arrays, weak maps) run in a small heap, built with {@code -DUKL_GC_VERIFY}, so
 * that after every young collection's marking the collector panics if a marked object refers to an
 * unmarked one: a reference store that translated code or the runtime made without the barrier.
 * Their output must still be the JVM's. (Without the putfield barrier, four of the corpus's
 * collector programs failed under the verification when it was written.)
 */
class WriteBarrierTest {
    static final List<String> PROGRAMS = List.of(
            "GcOldPointsToYoung",
            "GcChurnLists",
            "GcWeakHashMap",
            "GcArrayLoops",
            "MultiDimArrays",
            "LinkedHashMapLru");

    @TempDir
    Path dir;

    @Test
    void everyStoreOfAnOldObjectIsRemembered() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        StringBuilder dispatch = new StringBuilder("""
                public final class BarrierMain {
                    public static void main(String[] args) throws Throwable {
                """);
        for (String p : PROGRAMS) {
            sources.put("corpus/" + p + ".java", Harness.corpusSource(p));
            dispatch.append("        if (args[0].equals(\"")
                    .append(p)
                    .append("\")) { corpus.")
                    .append(p)
                    .append(".main(new String[0]); return; }\n");
        }
        dispatch.append("        throw new IllegalArgumentException(args[0]);\n    }\n}\n");
        sources.put("BarrierMain.java", dispatch.toString());
        Path classes = Harness.compile(dir, sources);
        Path exe = Harness.build(
                Harness.world(Harness.classesIn(classes), "BarrierMain"),
                dir,
                Boolean.getBoolean("ukl.split"),
                "-DUKL_GC_VERIFY");
        for (String p : PROGRAMS) {
            Harness.Run jvm = Harness.runJvm(classes, "corpus." + p, "-Xmx" + CorpusTest.GC_HEAP_MB + "m");
            Harness.Run image = Harness.runNative(exe, CorpusTest.GC_HEAP_MB, p);
            assertEquals(jvm.stdout(), image.stdout(), p + ": standard output; standard error:\n" + image.stderr());
            assertEquals(jvm.status(), image.status(), p + ": exit status; standard error:\n" + image.stderr());
        }
    }
}
