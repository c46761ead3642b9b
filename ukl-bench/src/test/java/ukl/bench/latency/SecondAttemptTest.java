package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.latency.Results.Run;
import ukl.bench.latency.Results.TargetResult;

/**
 * A baseline's scenario that fails is measured once more, ukl's own are not, and every report says
 * which figures came from a second attempt and why the first failed.
 */
class SecondAttemptTest {
    private static final Scenario S8 = new Scenario(64, 8);
    private static final String STALL = "connection 0 to 10.0.2.15:7: no echo within 10000 ms";

    private static Run served() {
        long[] nanos = {100_000, 110_000, 120_000};
        return new Run(S8, Latency.of(nanos), nanos, 0, null);
    }

    private static Run failed(String why) {
        return new Run(S8, null, new long[0], 0, why);
    }

    /** Runs {@code outcomes} in order through {@link Bench#attempts}; the log and how many ran. */
    private record Attempts(Run result, List<String> log, int ran) {}

    private static Attempts attempts(Target target, Run... outcomes) {
        Deque<Run> left = new ArrayDeque<>(List.of(outcomes));
        List<String> log = new ArrayList<>();
        Run result = Bench.attempts(target, S8, left::removeFirst, log::add);
        return new Attempts(result, log, outcomes.length - left.size());
    }

    @Test
    void aBaselinesFailedScenarioIsMeasuredOnceMore() {
        Attempts a = attempts(LinuxGuestTarget.c(), failed(STALL), served());
        assertEquals(2, a.ran());
        assertTrue(a.result().ok());
        assertEquals(STALL, a.result().firstFailure());
        assertEquals(List.of("linux-c 64B-8c: a baseline, so measuring it once more"), a.log());
    }

    @Test
    void aSecondFailureFailsTheScenarioAndKeepsBothReasons() {
        Attempts a = attempts(LinuxGuestTarget.c(), failed(STALL), failed("closed"));
        assertEquals(2, a.ran());
        assertFalse(a.result().ok());
        assertEquals("closed", a.result().failure());
        assertEquals(STALL, a.result().firstFailure());
    }

    @Test
    void ukLsOwnTargetsGetOneAttempt() {
        Attempts image = attempts(new ImageTarget(null, EchoServerJar.NIO), failed(STALL), served());
        assertEquals(1, image.ran());
        assertFalse(image.result().ok());
        assertNull(image.result().firstFailure());
        assertEquals(1, attempts(new ProcessTarget(), failed(STALL), served()).ran());
    }

    @Test
    void aScenarioThatServesIsMeasuredOnce() {
        Attempts a = attempts(LinuxGuestTarget.c(), served(), served());
        assertEquals(1, a.ran());
        assertNull(a.result().firstFailure());
        assertTrue(a.log().isEmpty());
    }

    @Test
    void everyReportSaysWhichFiguresCameFromASecondAttempt(@TempDir Path dir) throws Exception {
        TargetResult c = new TargetResult(
                "linux-c", "C", null, OptionalDouble.of(2000), List.of(served().secondAttemptAfter(STALL)));
        TargetResult image = new TargetResult("ukl-image", "image", null, OptionalDouble.of(150), List.of(served()));
        Results r = new Results(Map.of("accelerator", "tcg"), Options.parse(), List.of(c, image), Optional.empty());

        String table = Reports.table(r);
        assertTrue(
                table.contains("linux-c 64B-8c: measured on a second attempt (it served); the first failed: " + STALL),
                table);
        assertFalse(table.contains("ukl-image 64B-8c: measured on a second attempt"), table);

        Reports.writeCsv(r, dir);
        List<String> csv = Files.readAllLines(dir.resolve("latency.csv"));
        int column = Reports.LATENCY_HEADER.indexOf("first_attempt_failure");
        assertEquals(Reports.LATENCY_HEADER.size() - 1, column, "a column added later comes last");
        assertTrue(csv.get(1).startsWith("linux-c,") && csv.get(1).endsWith("," + STALL), csv.get(1));
        assertTrue(csv.get(2).startsWith("ukl-image,") && csv.get(2).endsWith(","), csv.get(2));

        JsonObject json = JsonParser.parseString(JsonReport.of(r)).getAsJsonObject();
        JsonObject cRun = json.getAsJsonArray("targets")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        assertEquals(STALL, cRun.get("firstAttemptFailure").getAsString());
        JsonObject imageRun = json.getAsJsonArray("targets")
                .get(1)
                .getAsJsonObject()
                .getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject();
        assertFalse(imageRun.has("firstAttemptFailure"));
    }
}
