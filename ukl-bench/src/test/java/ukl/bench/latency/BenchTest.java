package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.run.ScriptRun;

/**
 * A very short real run of {@code scripts/bench} as a user runs it (the script's own path, not only
 * the Java class: a script that cannot find its class path fails here, not on a user's machine):
 * the host JVM over loopback, the C server in a Linux guest, and the image, which may fail but must
 * then say why, and the run goes on. Checks that every report is well-formed and that nothing is
 * left behind.
 */
class BenchTest {
    private static final List<String> TARGETS = List.of("host-jvm", "linux-c", "ukl-image");

    @Test
    void quickRunOfTheScriptWritesEveryReport(@TempDir Path out) throws Exception {
        String table = ScriptRun.run(
                out.resolve("terminal.txt"),
                Duration.ofMinutes(5),
                List.of(
                        "--quick",
                        "--requests",
                        "200",
                        "--targets",
                        String.join(",", TARGETS),
                        "--out",
                        out.toString()));
        assertTrue(table.contains("accelerator:"), table);

        List<List<String>> rows = Files.readAllLines(out.resolve("latency.csv")).stream()
                .map(BenchTest::fields)
                .toList();
        assertEquals(Reports.LATENCY_HEADER, rows.getFirst());
        Map<String, List<List<String>>> byTarget = rows.stream().skip(1).collect(Collectors.groupingBy(List::getFirst));
        assertEquals(Set.copyOf(TARGETS), byTarget.keySet());
        for (String measured : List.of("host-jvm", "linux-c")) {
            assertEquals(2, byTarget.get(measured).size(), measured + ": one row per scenario");
            for (List<String> row : byTarget.get(measured)) {
                assertEquals("ok", row.get(3), () -> measured + ": " + row);
                assertEquals("200", row.get(4));
                assertTrue(Double.parseDouble(row.get(5)) > 0);
            }
        }
        assertTrue(Double.parseDouble(byTarget.get("linux-c").getFirst().get(15)) > 0, "linux-c has a boot time");
        for (List<String> row : byTarget.get("ukl-image")) {
            assertTrue(
                    row.get(3).equals("ok")
                            || row.get(3).equals("failed") && !row.get(16).isBlank(),
                    "the image's row says why: " + row);
        }

        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("results.json")))
                .getAsJsonObject();
        assertTrue(Set.of("tcg", "kvm")
                .contains(json.getAsJsonObject("environment").get("accelerator").getAsString()));
        assertEquals(TARGETS.size(), json.getAsJsonArray("targets").size());

        for (String plot : List.of(
                "latency-64B-1c.png",
                "latency-64B-1c-distribution.svg",
                "latency-64B-1c-cdf.svg",
                "latency-64B-8c.png",
                "latency-64B-8c-distribution.svg",
                "latency-64B-8c-cdf.svg")) {
            assertTrue(Files.size(out.resolve(plot)) > 0, plot);
        }
        byte[] png = Files.readAllBytes(out.resolve("latency-64B-1c.png"));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
        assertTrue(Files.readString(out.resolve("latency-64B-1c-cdf.svg")).contains("<svg"));
        ScriptRun.assertNothingLeftBehind("ukbench");
    }

    /** One CSV line's fields (RFC 4180 quoting; the reports put no line breaks in a field). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
