package ukl.bench.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.run.BenchException;

/** redis-benchmark 7.0's {@code --csv} output, as Debian's redis-tools prints it. */
class RedisClientsTest {
    private static final String OUTPUT = """
            "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
            "SET","285714.28","0.244","0.072","0.159","1.103","1.343","1.487"
            "LPUSH","400000.00","0.195","0.056","0.191","0.343","0.383","0.447"
            """;

    @Test
    void parsesEveryRowAfterTheHeader() throws Exception {
        assertEquals(
                List.of(
                        new Row("SET", 285714.28, 0.244, 0.072, 0.159, 1.103, 1.343, 1.487),
                        new Row("LPUSH", 400000.00, 0.195, 0.056, 0.191, 0.343, 0.383, 0.447)),
                RedisClients.parseCsv("WARNING: something\n" + OUTPUT));
    }

    /** What redis-benchmark prints for a test done within its clock's millisecond. */
    @Test
    void anInfiniteRateParsesAsInfinity() throws Exception {
        List<Row> rows = RedisClients.parseCsv(
                OUTPUT + "\"GET\",\"inf\",\"0.060\",\"0.008\",\"0.055\",\"0.127\",\"0.159\",\"0.159\"\n");
        assertEquals(new Row("GET", Double.POSITIVE_INFINITY, 0.060, 0.008, 0.055, 0.127, 0.159, 0.159), rows.get(2));
    }

    @Test
    void outputWithoutTheHeaderOrWithABadRowFailsAndQuotesIt() {
        var e = assertThrows(BenchException.class, () -> RedisClients.parseCsv("Could not connect to Redis at x"));
        assertTrue(e.getMessage().contains("no CSV header") && e.getMessage().contains("Could not connect"));
        e = assertThrows(
                BenchException.class,
                () -> RedisClients.parseCsv(OUTPUT + "\"GET\",\"fast\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"\n"));
        assertTrue(e.getMessage().contains("\"fast\""), e.getMessage());
        e = assertThrows(BenchException.class, () -> RedisClients.parseCsv(OUTPUT + "\"GET\",\"1\"\n"));
        assertTrue(e.getMessage().contains("2 fields"), e.getMessage());
    }
}
