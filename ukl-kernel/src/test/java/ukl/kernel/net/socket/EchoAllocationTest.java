package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The echo path allocates nothing: after the connection is up, a steady request/echo exchange
 * (send, poll, receive, echo, poll, receive) must not allocate a single byte on the JVM. The
 * measurement starts after a few rounds only, while most code still runs in the interpreter,
 * where escape analysis cannot hide an allocation the C translation would make.
 */
class EchoAllocationTest {
    @Test
    void steadyEchoAllocatesNothing() {
        TwoHosts h = new TwoHosts(3, 0, TwoHosts.fastConfig());
        int l = h.sa.tcpOpen();
        h.sa.listen(l, 7, 1);
        int ch = h.sb.tcpOpen();
        h.sb.tcp(ch).connect(TwoHosts.IP_A, 7, h.now);
        int[] sh = {-1};
        h.run(() -> (sh[0] = h.sa.accept(l)) >= 0, 10_000);
        TcpSocket server = h.sa.tcp(sh[0]);
        TcpSocket client = h.sb.tcp(ch);
        byte[] msg = new byte[64];
        byte[] buf = new byte[256];
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();

        echoRounds(h, client, server, msg, buf, 5);
        // Three windows: an allocation on the echo path shows in every one (500 rounds, at least
        // 16 bytes each); a one-off the JVM makes on this thread (an object escape analysis had
        // removed, rebuilt when a method is deoptimised under another test's profile) in one at most.
        long least = Long.MAX_VALUE;
        for (int window = 0; window < 3; window++) {
            long before = mx.getThreadAllocatedBytes(tid);
            int echoed = echoRounds(h, client, server, msg, buf, 500);
            long allocated = mx.getThreadAllocatedBytes(tid) - before;
            assertEquals(500 * msg.length, echoed);
            assertTrue(allocated < 500, "bytes allocated by 500 echo round trips: " + allocated);
            least = Math.min(least, allocated);
        }
        assertEquals(0, least, "bytes allocated by 500 echo round trips, in the quietest of three windows");
        assertTrue(h.a.stats().get(ukl.kernel.net.iface.NetStats.Counter.TX_FRAMES) > 3000);
    }

    private static int echoRounds(TwoHosts h, TcpSocket client, TcpSocket server, byte[] msg, byte[] buf, int rounds) {
        int echoed = 0;
        for (int i = 0; i < rounds; i++) {
            msg[0] = (byte) i;
            client.send(msg, 0, msg.length);
            h.now += 10_000;
            h.b.poll(h.now);
            h.a.poll(h.now);
            int n = server.recv(buf, 0, buf.length);
            server.send(buf, 0, n);
            h.a.poll(h.now);
            h.now += 10_000;
            h.b.poll(h.now);
            int m = client.recv(buf, 0, buf.length);
            if (m != msg.length || buf[0] != (byte) i) {
                throw new AssertionError("round " + i + ": echoed " + m + " bytes");
            }
            echoed += m;
        }
        return echoed;
    }
}
