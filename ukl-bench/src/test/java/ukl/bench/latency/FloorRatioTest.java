package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.latency.Results.Run;
import ukl.bench.latency.Results.TargetResult;

/** Every target's p50 over the floor's, in the same scenario, and how the reports show it. */
class FloorRatioTest {
    private static final Scenario S64 = new Scenario(64, 1);
    private static final Scenario S1K = new Scenario(1024, 1);

    /** A run whose p50 is {@code p50Micros} (three samples around it). */
    private static Run run(Scenario s, double p50Micros, long lost) {
        long p50 = (long) (p50Micros * 1000);
        long[] nanos = {p50 - 1000, p50, p50 + 5000};
        return new Run(s, Latency.of(nanos), nanos, lost, null);
    }

    private static TargetResult target(String name, Run... runs) {
        return new TargetResult(name, name, null, OptionalDouble.of(10), List.of(runs));
    }

    private static Results results(TargetResult... targets) {
        return new Results(Map.of("accelerator", "tcg"), Options.parse(), List.of(targets), Optional.empty());
    }

    @Test
    void p50OverTheFloorsWhereBothRan() {
        TargetResult floor = target("floor", run(S64, 40, 0), run(S1K, 50, 2));
        TargetResult tcp = target("ukl-image", run(S64, 100, 0), run(S1K, 125, 0));
        TargetResult udp = target("ukl-image-udp", run(S64, 60, 1));
        Results r = results(floor, tcp, udp);
        assertEquals(2.5, r.floorRatio(tcp, S64).getAsDouble(), 1e-9);
        assertEquals(2.5, r.floorRatio(tcp, S1K).getAsDouble(), 1e-9);
        assertEquals(1.5, r.floorRatio(udp, S64).getAsDouble(), 1e-9);
        assertTrue(r.floorRatio(udp, S1K).isEmpty(), "the UDP image did not run 1 KiB");
        assertTrue(r.floorRatio(floor, S64).isEmpty(), "the floor has no ratio to itself");
        assertTrue(results(tcp, udp).floorRatio(tcp, S64).isEmpty(), "no floor, no ratio");
    }

    @Test
    void everyReportShowsTheRatioAndTheLostDatagrams(@TempDir Path dir) throws Exception {
        TargetResult floor = target("floor", run(S64, 40, 0), run(S1K, 50, 2));
        TargetResult tcp = target("ukl-image", run(S64, 100, 0), run(S1K, 125, 0));
        TargetResult udp = target("ukl-image-udp", run(S64, 60, 1));
        Results r = results(floor, tcp, udp);

        String table = Reports.table(r);
        assertTrue(table.contains("p50/floor"), table);
        assertTrue(table.contains("ukl-image      64B-1c    p50    100.0 µs / floor p50     40.0 µs = 2.50"), table);
        assertTrue(table.contains("ukl-image      1KiB-1c   p50    125.0 µs / floor p50     50.0 µs = 2.50"), table);
        assertTrue(table.contains("ukl-image-udp  64B-1c    p50     60.0 µs / floor p50     40.0 µs = 1.50"), table);

        Reports.writeCsv(r, dir);
        List<List<String>> rows = Files.readAllLines(dir.resolve("latency.csv")).stream()
                .map(line -> List.of(line.split(",", -1)))
                .toList();
        int ratio = Reports.LATENCY_HEADER.indexOf("p50_ratio_floor");
        int lost = Reports.LATENCY_HEADER.indexOf("lost_datagrams");
        // rows: the header, floor 64 B and 1 KiB, ukl-image 64 B and 1 KiB, ukl-image-udp 64 B
        assertEquals(
                List.of("", "0"), List.of(rows.get(1).get(ratio), rows.get(1).get(lost)));
        assertEquals("2", rows.get(2).get(lost));
        assertEquals(
                List.of("2.5000", ""),
                List.of(rows.get(3).get(ratio), rows.get(3).get(lost)));
        assertEquals(
                List.of("1.5000", "1"),
                List.of(rows.get(5).get(ratio), rows.get(5).get(lost)));

        JsonObject json = JsonParser.parseString(JsonReport.of(r)).getAsJsonObject();
        JsonObject udpRun = json.getAsJsonArray("targets")
                .get(2)
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        assertEquals(
                1.5,
                udpRun.getAsJsonObject("ratios")
                        .getAsJsonObject("floor")
                        .get("p50")
                        .getAsDouble(),
                1e-9);
        assertEquals(1, udpRun.get("lostDatagrams").getAsLong());
    }
}
