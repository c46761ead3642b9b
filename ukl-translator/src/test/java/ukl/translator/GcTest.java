package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector (ukl_gc.h) on its own: src/test/c/gc_test.c, compiled hosted with the geometry
 * of {@link HeapLayout}, one test per case the binary lists.
 */
class GcTest {
    @TempDir
    static Path dir;

    static Path exe;

    @BeforeAll
    static void build() throws Exception {
        exe = dir.resolve("gc_test");
        List<String> cmd = new ArrayList<>(
                List.of("gcc", "-O2", "-std=gnu11", "-fno-strict-aliasing", "-Wall", "-Wextra", "-Werror"));
        // memset inline, as the image's rep stosb would be to a whole-program build: see gc_test.c's header.
        cmd.add("-mstringop-strategy=rep_byte");
        cmd.addAll(List.of(
                "-DUKL_GC_BLOCK_BYTES=" + HeapLayout.BLOCK_BYTES + "u",
                "-DUKL_GC_MAX_SMALL=" + HeapLayout.MAX_SMALL + "u",
                "-DUKL_GC_RESERVE_BLOCKS=" + HeapLayout.RESERVE_BLOCKS + "u",
                "-DUKL_GC_SIZE_CLASSES="
                        + HeapLayout.SIZE_CLASSES.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "-DUKL_GC_CLASS_INDEX=" + HeapLayout.classIndex()));
        cmd.addAll(List.of(
                "-I" + Harness.MODULE.resolve("src/main/resources/ukl/runtime"),
                Harness.SHIM.resolve("gc_test.c").toString(),
                "-o",
                exe.toString()));
        Harness.Run gcc = Harness.exec(cmd, 120);
        assertEquals(0, gcc.status(), "gcc failed on gc_test.c:\n" + gcc.stderr());
    }

    @TestFactory
    Stream<DynamicTest> collectorCases() throws Exception {
        List<String> cases = Harness.runNative(exe).stdout().lines().toList();
        assertEquals(21, cases.size(), "cases listed by gc_test: " + cases);
        return cases.stream()
                .map(c -> DynamicTest.dynamicTest(c, () -> {
                    Harness.Run run = Harness.runNative(exe, c);
                    assertEquals("ok\n", run.stdout(), c);
                    assertEquals(0, run.status(), c);
                }));
    }
}
