package ukl.bench.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.run.ScriptRun;

/**
 * A small real run of {@code scripts/bench --kv} as a user runs it: the image and Debian's
 * redis-server in a Linux guest (over the tap) and on the host, measured by the real
 * redis-benchmark. Every run must succeed and every figure be a number above zero; no performance
 * target is asserted (the machine is shared and under TCG). Nothing may be left behind.
 */
class KvBenchTest {
    private static final List<String> TARGETS = List.of("ukl-image", "linux-redis", "host-redis");

    @Test
    void smallRunOfTheScriptMeasuresEveryTargetAndWritesEveryReport(@TempDir Path out) throws Exception {
        ScriptRun.run(
                out.resolve("terminal.txt"),
                Duration.ofMinutes(10),
                List.of(
                        "--kv",
                        "--quick",
                        "--requests",
                        "300",
                        "--warmup",
                        "50",
                        "--clients",
                        "1,4",
                        "--pipelines",
                        "1,8",
                        "--tests",
                        "set,get",
                        "--targets",
                        String.join(",", TARGETS),
                        "--out",
                        out.toString()));

        List<String[]> rows = Files.readAllLines(out.resolve("kv.csv")).stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .toList();
        assertEquals(Set.copyOf(TARGETS), rows.stream().map(r -> r[0]).collect(Collectors.toSet()));
        assertEquals(TARGETS.size() * 4 * 2, rows.size(), "a row per target, setting and test");
        for (String[] r : rows) {
            String row = String.join(",", r);
            assertEquals("ok", r[4], row);
            assertTrue(Set.of("SET", "GET").contains(r[3]), row);
            assertTrue(Double.parseDouble(r[5]) > 0, "requests per second: " + row);
            for (int i = 6; i < r.length; i++) assertTrue(Double.parseDouble(r[i]) >= 0, row);
            assertTrue(Double.parseDouble(r[10]) >= Double.parseDouble(r[8]), "p99 ≥ p50: " + row);
        }

        String report = ScriptRun.read(out.resolve("report.md"));
        assertTrue(report.contains("| image / linux-redis |"), report);
        assertTrue(report.contains("requests per second ≥ 1× linux-redis: met in "), report);
        var json = JsonParser.parseString(ScriptRun.read(out.resolve("results.json")))
                .getAsJsonObject();
        assertEquals(TARGETS.size(), json.getAsJsonArray("targets").size());
        assertTrue(Set.of("tcg", "kvm")
                .contains(json.getAsJsonObject("environment").get("accelerator").getAsString()));
        byte[] png = Files.readAllBytes(out.resolve("kv.png"));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));

        ScriptRun.assertNothingLeftBehind("ukkv");
    }
}
