package ukl.bench.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ukl.bench.kv.KvResults.Setting;

class KvOptionsTest {
    @Test
    void defaultsAreTheStatedRun() {
        KvOptions o = KvOptions.parse();
        assertEquals(10_000, o.requests());
        assertEquals(List.of("set", "get", "incr", "lpush", "lpop"), o.tests());
        assertEquals(KvOptions.ALL_TARGETS, o.targets());
        assertEquals(
                List.of(
                        new Setting(1, 1),
                        new Setting(1, 16),
                        new Setting(8, 1),
                        new Setting(8, 16),
                        new Setting(50, 1),
                        new Setting(50, 16)),
                o.settings());
        assertEquals(
                "redis-benchmark -h HOST -p PORT --csv -n 10000 -c 8 -P 16 -t set,get,incr,lpush,lpop",
                o.command(new Setting(8, 16)));
    }

    @Test
    void quickIsShortAndOptionsOverrideIt() {
        KvOptions o = KvOptions.parse("--quick", "--requests", "300", "--clients", "2", "--targets", "host-redis");
        assertEquals(300, o.requests());
        assertEquals(List.of(new Setting(2, 1), new Setting(2, 16)), o.settings());
        assertEquals(List.of("set", "get"), o.tests());
        assertEquals(List.of("host-redis"), o.targets());
    }

    @Test
    void badValuesNameTheOptionAndTheChoices() {
        var e = assertThrows(IllegalArgumentException.class, () -> KvOptions.parse("--targets", "ukl-image,redis"));
        assertTrue(e.getMessage().contains("'redis'") && e.getMessage().contains("linux-redis"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KvOptions.parse("--tests", "set,flushall"));
        assertTrue(e.getMessage().contains("--tests") && e.getMessage().contains("'flushall'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KvOptions.parse("--pipelines", "0"));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KvOptions.parse("--requests"));
    }
}
