package ukl.kernel.net.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import ukl.kernel.net.iface.RawPeer;

class SipHashTest {
    /** The paper's Appendix A: key 00..0f, message 00..0e, SipHash-2-4 = a129ca6149be45e5. */
    @Test
    void paperTestVector() {
        byte[] m = new byte[15];
        for (int i = 0; i < m.length; i++) {
            m[i] = (byte) i;
        }
        assertEquals(0xa129ca6149be45e5L, SipHash.hash(0x0706050403020100L, 0x0f0e0d0c0b0a0908L, m, 0, 15));
    }

    /** RFC 6528 §3: different 4-tuples give unrelated ISNs; the same one advances with the 4 µs clock. */
    @Test
    void isnDependsOnTupleAndClock() {
        SocketSet set = new SocketSet(new RawPeer().iface, 1, new TcpConfig(), 1);
        int a = set.isn(1, 1000, 2, 80, 0);
        assertNotEquals(a, set.isn(1, 1001, 2, 80, 0));
        assertEquals(a + 250, set.isn(1, 1000, 2, 80, 1_000_000));
        SocketSet other = new SocketSet(new RawPeer().iface, 1, new TcpConfig(), 2);
        assertNotEquals(a, other.isn(1, 1000, 2, 80, 0), "the key comes from the seed");
    }
}
