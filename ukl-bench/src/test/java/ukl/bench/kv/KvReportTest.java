package ukl.bench.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Run;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.kv.KvResults.TargetResult;

class KvReportTest {
    private static final Setting C1 = new Setting(1, 1);
    private static final Setting C8 = new Setting(8, 1);

    private static Row row(String test, double rps, double p99) {
        return new Row(test, rps, p99 / 2, p99 / 4, p99 / 2, p99 * 0.9, p99, p99 * 2);
    }

    private static KvResults results() {
        KvOptions options = KvOptions.parse(
                "--clients",
                "1,8",
                "--pipelines",
                "1",
                "--tests",
                "set",
                "--targets",
                "ukl-image,linux-java,linux-redis");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("accelerator", "tcg");
        return new KvResults(
                env,
                options,
                List.of(
                        new TargetResult(
                                "ukl-image",
                                "image",
                                null,
                                OptionalDouble.of(900),
                                List.of(
                                        new Run(C1, List.of(row("SET", 4000, 1.0)), null),
                                        new Run(C8, List.of(row("SET", 9000, 2.0)), null))),
                        new TargetResult(
                                "linux-java",
                                "jvm \"guest\"",
                                null,
                                OptionalDouble.empty(),
                                List.of(
                                        new Run(C1, List.of(row("SET", 1000, 2.0)), null),
                                        new Run(C8, List.of(), "redis-benchmark failed\nwith detail"))),
                        new TargetResult(
                                "linux-redis",
                                "redis",
                                null,
                                OptionalDouble.empty(),
                                List.of(
                                        new Run(C1, List.of(row("SET", 5000, 0.5)), null),
                                        new Run(C8, List.of(row("SET", 9000, 2.5)), null)))));
    }

    @Test
    void ratiosAreTheImageOverEachLinuxTargetWhereBothMeasured() {
        KvResults r = results();
        assertEquals(List.of(4.0), KvReport.ratios(r, "linux-java", Row::rps));
        assertEquals(List.of(0.8, 1.0), KvReport.ratios(r, "linux-redis", Row::rps));
        assertEquals(2.0, KvReport.geometricMean(List.of(1.0, 4.0)), 1e-9);
        String md = KvReport.markdown(r);
        assertTrue(md.contains("| SET | 1 | 1 | 4000 | 1000 | 5000 | 4.00 | 0.80 |"), md);
        assertTrue(md.contains("| SET | 8 | 1 | 9000 | – | 9000 | – | 1.00 |"), md);
        assertTrue(md.contains("requests per second ≥ 2× linux-java: met in 1 of 1"), md);
        assertTrue(md.contains("requests per second ≥ 1× linux-redis: met in 1 of 2"), md);
        assertTrue(md.contains("p99 ≤ linux-redis: met in 1 of 2"), md);
        assertTrue(md.contains("c8-P1 FAILED: redis-benchmark failed"), md);
    }

    @Test
    void csvAndJsonHoldEveryFigureAndTheFailures() {
        KvResults r = results();
        List<String> csv = KvReport.csv(r).lines().toList();
        assertEquals(String.join(",", KvReport.CSV_HEADER), csv.getFirst());
        assertTrue(csv.contains("ukl-image,1,1,SET,ok,4000.00,0.500,0.250,0.500,0.900,1.000,2.000"), csv.toString());
        assertTrue(csv.contains("linux-java,8,1,,failed,,,,,,,"), csv.toString());
        csv.forEach(line -> assertEquals(CSV_COLUMNS, line.split(",", -1).length, line));
        JsonObject json = JsonParser.parseString(KvJsonReport.of(r)).getAsJsonObject();
        assertEquals(
                "tcg", json.getAsJsonObject("environment").get("accelerator").getAsString());
        var java = json.getAsJsonArray("targets").get(1).getAsJsonObject();
        assertEquals("jvm \"guest\"", java.get("description").getAsString());
        assertEquals(
                "redis-benchmark failed\nwith detail",
                java.getAsJsonArray("runs")
                        .get(1)
                        .getAsJsonObject()
                        .get("error")
                        .getAsString());
    }

    @Test
    void thePlotIsAPngEvenWithAFailedRun(@TempDir Path dir) throws Exception {
        KvPlots.write(results(), dir);
        byte[] png = Files.readAllBytes(dir.resolve("kv.png"));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    }

    private static final int CSV_COLUMNS = KvReport.CSV_HEADER.size();
}
