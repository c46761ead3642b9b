package ukl.kernel.net.phy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FakeDevicesTest {
    private static void send(NetDevice d, int marker, int len) {
        byte[] tx = d.txBuffer();
        java.util.Arrays.fill(tx, 0, len, (byte) marker);
        d.transmit(len);
    }

    @Test
    void loopbackReturnsFramesInOrderAndFillsUp() {
        Loopback lo = new Loopback(1, 1500, 2);
        send(lo, 1, 60);
        send(lo, 2, 70);
        assertNull(lo.txBuffer(), "full: no transmit buffer");
        byte[] rx = new byte[1514];
        assertEquals(60, lo.receive(rx));
        assertEquals(1, rx[0]);
        assertEquals(70, lo.receive(rx));
        assertEquals(2, rx[69]);
        assertEquals(0, lo.receive(rx));
    }

    /** The same seed gives the same faults: a failing lossy test replays exactly. */
    @Test
    void lossyLinkIsDeterministicPerSeed() {
        assertArrayEquals(trace(7), trace(7));
        assertTrue(!java.util.Arrays.equals(trace(7), trace(8)));
    }

    private static int[] trace(long seed) {
        LossyLink link = new LossyLink(seed, 1, 2, 1500, 4096, 100, 100, 100, 100);
        for (int i = 0; i < 1000; i++) {
            send(link.endA(), i, 60);
        }
        byte[] rx = new byte[1514];
        int[] got = new int[2000];
        int n = 0;
        int len;
        while ((len = link.endB().receive(rx)) > 0) {
            got[n++] = (rx[0] & 0xff) ^ (rx[len - 1] & 0xff) << 8;
        }
        assertTrue(link.dropped() > 50 && link.duplicated() > 50 && link.reordered() > 50 && link.corrupted() > 50);
        assertEquals(1000 - link.dropped() + link.duplicated(), n);
        return java.util.Arrays.copyOf(got, n);
    }
}
