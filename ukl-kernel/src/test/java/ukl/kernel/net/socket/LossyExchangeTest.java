package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two stacks over a link that drops, duplicates and reorders about 5 % of frames each exchange
 * 1 MiB in each direction, then close: every byte must arrive once and in order, and both sides
 * must reach CLOSED (through TIME-WAIT on the side that closed first).
 */
class LossyExchangeTest {
    private static final int BULK = 1 << 20;

    static byte pattern(int direction, int i) {
        return (byte) (i * 31 + (i >>> 9) + direction * 7);
    }

    /** One direction's bookkeeping: what was sent, what was received and checked. */
    private static final class Stream {
        final int direction;
        final int total;
        /** The largest write; below it, writes cycle through every size from 1 (many small messages). */
        final int maxWrite;

        int sent;
        int received;
        final byte[] buf = new byte[4096];

        Stream(int direction, int total, int maxWrite) {
            this.direction = direction;
            this.total = total;
            this.maxWrite = maxWrite;
        }

        void pump(TcpSocket from, TcpSocket to) {
            while (sent < total) {
                int n = Math.min(maxWrite == buf.length ? buf.length : 1 + sent % maxWrite, total - sent);
                for (int i = 0; i < n; i++) {
                    buf[i] = pattern(direction, sent + i);
                }
                int w = from.send(buf, 0, n);
                if (w <= 0) {
                    break;
                }
                sent += w;
            }
            int r;
            while ((r = to.recv(buf, 0, buf.length)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] != pattern(direction, received + i)) {
                        throw new AssertionError("direction " + direction + ": byte " + (received + i) + " is wrong");
                    }
                }
                received += r;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void lossyLinkDeliversBulkDataOnceInOrder(long seed) {
        exchange(seed, BULK, 4096);
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void lossyLinkDeliversManySmallMessagesOnceInOrder(long seed) {
        exchange(seed, 100_000, 97);
    }

    private static void exchange(long seed, int total, int maxWrite) {
        TwoHosts h = new TwoHosts(seed, 50, TwoHosts.fastConfig());
        int lh = h.sa.tcpOpen();
        assertEquals(0, h.sa.listen(lh, 7, 4));
        int ch = h.sb.tcpOpen();
        assertEquals(0, h.sb.tcp(ch).connect(TwoHosts.IP_A, 7, h.now));
        int[] server = {-1};
        h.run(() -> (server[0] = h.sa.accept(lh)) >= 0, 100_000);
        TcpSocket s = h.sa.tcp(server[0]);
        TcpSocket c = h.sb.tcp(ch);
        assertEquals(1, h.sa.connectionCount(), "the accepted connection is in A's table");
        assertEquals(1, h.sb.connectionCount(), "the connecting one in B's");
        Stream up = new Stream(0, total, maxWrite);
        Stream down = new Stream(1, total, maxWrite);
        h.run(
                () -> {
                    up.pump(c, s);
                    down.pump(s, c);
                    return up.received == total && down.received == total;
                },
                2_000_000);
        // Both ends see the end of the stream after the peer's FIN, and nothing more.
        h.sb.tcp(ch).shutdownWrite();
        h.sa.tcp(server[0]).shutdownWrite();
        h.run(() -> c.recv(up.buf, 0, 1) == 0 && s.recv(up.buf, 0, 1) == 0, 1_000_000);

        h.sb.close(ch);
        h.sa.close(server[0]);
        h.sa.close(lh);
        h.run(() -> h.sa.tcp(server[0]) == null && h.sb.tcp(ch) == null, 1_000_000);
        assertEquals(0, h.sa.connectionCount(), "closed connections leave the table");
        assertEquals(0, h.sb.connectionCount());
        assertTrue(
                h.link.dropped() > 0 && h.link.duplicated() > 0 && h.link.reordered() > 0 && h.link.corrupted() > 0,
                "faults injected");
        long bad = h.a.stats().drops() + h.b.stats().drops();
        assertTrue(bad > 0, "corrupted frames were dropped and counted");
    }
}
