package kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code --maxmemory}: writes are refused with Redis's own OOM error once the data set is over the
 * limit, reads and deletes still work, and deleting makes room again. The error is taken from the
 * real redis-server, run with a limit below its own baseline so that every write is refused.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MaxMemoryTest {
    private static final int LIMIT = 64 * 1024;

    @Test
    void writesOverTheLimitGetRedisOomErrorAndDeletingMakesRoom() throws Exception {
        String oom;
        try (Servers.Running redis = Servers.redis("--maxmemory", "1")) {
            oom = RedisCliSessionTest.exchange(redis.port(), bytes("SET a b\r\n"), 1);
        }
        assertTrue(oom.startsWith("-OOM "), oom);
        try (Servers.Running kv = Servers.kvServer("--maxmemory", "64kb")) {
            StringBuilder sets = new StringBuilder();
            String value = "v".repeat(1000);
            for (int i = 0; i < 200; i++) {
                sets.append("SET key:").append(i).append(' ').append(value).append("\r\n");
            }
            String replies = RedisCliSessionTest.exchange(kv.port(), bytes(sets.toString()), 1);
            int accepted = replies.indexOf("-OOM") / "+OK\r\n".length();
            assertTrue(accepted > LIMIT / 2000 && accepted <= LIMIT / 1000 + 1, "SETs accepted: " + accepted);
            assertEquals("+OK\r\n".repeat(accepted) + oom.repeat(200 - accepted), replies);
            assertEquals(
                    oom + oom + "$1000\r\n" + value + "\r\n:1\r\n+OK\r\n",
                    RedisCliSessionTest.exchange(
                            kv.port(),
                            bytes("LPUSH l x\r\nSET key:0 small\r\nGET key:0\r\nDEL key:1\r\nSET key:1 again\r\n"),
                            1));
            String info = RedisCliSessionTest.exchange(kv.port(), bytes("INFO\r\n"), 1);
            long used = Long.parseLong(info.replaceAll("(?s).*used_memory:(\\d+).*", "$1"));
            assertTrue(used > LIMIT - 2000 && used < LIMIT + 2000, "used_memory " + used);
        }
    }

    @Test
    void chargesAndRefundsBalance() throws Exception {
        try (Servers.Running kv = Servers.kvServer()) {
            Servers.cli(kv.port(), RedisCliSessionTest.session(), "--no-raw");
            Servers.cli(kv.port(), bytes("RPUSH l a b c\nSADD s a b\nHSET h a b\nZADD z 1 a\nSET e v EX 100\n"));
            String keys = new String(Servers.cli(kv.port(), bytes("KEYS *\n")), StandardCharsets.ISO_8859_1);
            StringBuilder del = new StringBuilder();
            for (String k : keys.strip().split("\n")) {
                del.append("DEL ").append(k).append('\n');
            }
            Servers.cli(kv.port(), bytes(del.toString()));
            String info =
                    new String(Servers.cli(kv.port(), bytes("DBSIZE\nINFO memory\n")), StandardCharsets.ISO_8859_1);
            assertTrue(info.startsWith("0\n") && info.contains("used_memory:0\r"), info);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
