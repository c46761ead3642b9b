package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/bench --seed} in a tiny configuration (the process target, one start, one small
 * program, 50 round trips): every figure of the report is a number. No performance is asserted.
 */
class SeedFiguresTest {
    @Test
    void theReportHasAFigureInEveryRow(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String report = SeedFigures.run(
                List.of(
                        "--targets",
                        "ukl-process",
                        "--starts",
                        "1",
                        "--programs",
                        "FannkuchRedux:7",
                        "--requests",
                        "50",
                        "--warmup",
                        "5",
                        "--seconds",
                        "5",
                        "--out",
                        dir.toString()),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertTrue(Pattern.compile("ukl-process +\\d+ ms").matcher(report).find(), report);
        assertTrue(
                Pattern.compile("ukl-process +VmRSS +\\d+ KiB +VmHWM +\\d+ KiB")
                        .matcher(report)
                        .find(),
                report);
        assertTrue(
                Pattern.compile("host-jvm +VmRSS +\\d+ KiB +VmHWM +\\d+ KiB")
                        .matcher(report)
                        .find(),
                report);
        assertTrue(
                Pattern.compile("FannkuchRedux:7 +[\\d.]+ s +[\\d.]+ s +[\\d.]+×")
                        .matcher(report)
                        .find(),
                report);
        assertEquals(report, Files.readString(dir.resolve("seed.txt")));
        assertTrue(
                ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "a child process outlived the run");
    }
}
