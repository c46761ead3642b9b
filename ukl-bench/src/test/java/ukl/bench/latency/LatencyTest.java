package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencyTest {
    @Test
    void nearestRankPercentilesAreMeasuredSamples() {
        long[] sorted = new long[1000];
        for (int i = 0; i < sorted.length; i++) sorted[i] = (i + 1) * 1000L; // 1 µs .. 1000 µs
        assertEquals(500_000, Latency.percentile(sorted, 50));
        assertEquals(990_000, Latency.percentile(sorted, 99));
        assertEquals(999_000, Latency.percentile(sorted, 99.9)); // 99.9 · 1000 is 999.0000000000001 in doubles
        assertEquals(1000, Latency.percentile(sorted, 0));
        assertEquals(1_000_000, Latency.percentile(sorted, 100));
    }

    @Test
    void summaryIsInMicrosecondsAndIgnoresOrder() {
        Latency l = Latency.of(new long[] {4000, 1000, 3000, 2000});
        assertEquals(new Latency(4, 2.5, 2, 4, 4, 4, 4), l);
    }

    @Test
    void noSamplesIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Latency.of(new long[0]));
        assertEquals("no round trips to summarise: the run recorded none", e.getMessage());
    }
}
