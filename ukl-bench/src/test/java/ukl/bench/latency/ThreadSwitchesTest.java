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
 * {@code scripts/bench --switch} in a tiny configuration (2,000 round trips, one run): each of the
 * three targets has a figure, so each ran the program and printed what the JVM printed. No
 * performance is asserted; with so few switches a figure may even come out negative.
 */
class ThreadSwitchesTest {
    @Test
    void everyTargetHasAFigure(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        String report = ThreadSwitches.run(
                List.of("--rounds", "2000", "--runs", "1", "--out", dir.toString()),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        System.out.print(report);
        for (String target : List.of("ukl-image", "ukl-process", "host-jvm")) {
            assertTrue(
                    Pattern.compile(target + " +-?\\d+ +-?\\d+ ")
                            .matcher(report)
                            .find(),
                    report);
        }
        assertEquals(report, Files.readString(dir.resolve("switch.txt")));
        assertTrue(
                ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "a child process outlived the run");
    }
}
