package ukl.libc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Socket options (with their {@code struct timeval} and {@code struct linger} conversions) and UDP
 * through {@link Libc}, against the host's real sockets on loopback.
 */
class OptionsAndDatagramsTest {
    private final List<Integer> open = new ArrayList<>();

    @AfterEach
    void closeAll() {
        for (int fd : open) {
            Libc.close(fd);
        }
    }

    private int socket(int type) {
        int fd = Libc.socket(Libc.AF_INET, type, 0);
        assertTrue(fd >= 3, "socket: " + fd);
        open.add(fd);
        return fd;
    }

    /** A UDP socket bound to a port the host picks on loopback; returns {fd, port}. */
    private int[] boundUdp() {
        int fd = socket(Libc.SOCK_DGRAM);
        assertEquals(0, Libc.bind(fd, Libc.INADDR_LOOPBACK, 0));
        int[] name = new int[2];
        assertEquals(0, Libc.getsockname(fd, name));
        return new int[] {fd, name[1]};
    }

    @Test
    void flagOptionsReadBackAsSet() {
        int fd = socket(Libc.SOCK_STREAM);
        for (int[] opt : new int[][] {{Libc.SOL_SOCKET, Libc.SO_REUSEADDR}, {Libc.SOL_SOCKET, Libc.SO_KEEPALIVE},
                {Libc.SOL_SOCKET, Libc.SO_BROADCAST}, {Libc.IPPROTO_TCP, Libc.TCP_NODELAY}}) {
            assertEquals(0, Libc.getsockopt(fd, opt[0], opt[1]), "default of " + opt[1]);
            assertEquals(0, Libc.setsockopt(fd, opt[0], opt[1], 1));
            assertEquals(1, Libc.getsockopt(fd, opt[0], opt[1]), "after setting " + opt[1]);
        }
        assertEquals(0, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_ERROR));
        assertEquals(-Libc.ENOPROTOOPT, Libc.getsockopt(fd, Libc.SOL_SOCKET, 15 /* SO_REUSEPORT */));
    }

    @Test
    void receiveTimeoutIsMillisecondsThroughTimeval() {
        int fd = socket(Libc.SOCK_STREAM);
        assertEquals(0, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO));
        assertEquals(0, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, 2500));
        assertEquals(2500, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO));
        assertEquals(-Libc.EINVAL, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, -1));
    }

    @Test
    void lingerIsSecondsThroughStructLinger() {
        int fd = socket(Libc.SOCK_STREAM);
        assertEquals(Libc.LINGER_OFF, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER));
        assertEquals(0, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER, 7));
        assertEquals(7, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER));
        assertEquals(0, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER, 0));
        assertEquals(0, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER), "on with 0 s is not off");
        assertEquals(0, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER, -1));
        assertEquals(Libc.LINGER_OFF, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_LINGER));
    }

    @Test
    void bufferSizesArePositive() {
        int fd = socket(Libc.SOCK_STREAM);
        assertEquals(0, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF, 65536));
        assertTrue(Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF) >= 65536);
        assertTrue(Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_SNDBUF) > 0);
    }

    @Test
    void datagramsCarryTheirSender() {
        int[] a = boundUdp();
        int[] b = boundUdp();
        byte[] msg = "a datagram".getBytes();
        assertEquals(msg.length, Libc.sendto(a[0], msg, 0, msg.length, 0, Libc.INADDR_LOOPBACK, b[1]));
        byte[] buf = new byte[64];
        int[] from = new int[2];
        long n = Libc.recvfrom(b[0], buf, 3, 20, 0, from);
        assertEquals(msg.length, n);
        assertArrayEquals(msg, java.util.Arrays.copyOfRange(buf, 3, 3 + msg.length));
        assertArrayEquals(new int[] {Libc.INADDR_LOOPBACK, a[1]}, from);

        assertEquals(0, Libc.connect(b[0], Libc.INADDR_LOOPBACK, a[1]));
        assertEquals(2, Libc.send(b[0], msg, 0, 2, 0));
        assertEquals(2, Libc.recvfrom(a[0], buf, 0, buf.length, 0, null));
        int[] peer = new int[2];
        assertEquals(0, Libc.getpeername(b[0], peer));
        assertArrayEquals(new int[] {Libc.INADDR_LOOPBACK, a[1]}, peer);
    }

    @Test
    void receiveTimeoutExpiresWithEagain() {
        int[] a = boundUdp();
        assertEquals(0, Libc.setsockopt(a[0], Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, 50));
        long start = System.nanoTime();
        assertEquals(-Libc.EAGAIN, Libc.recvfrom(a[0], new byte[8], 0, 8, 0, null));
        assertTrue(System.nanoTime() - start >= 40_000_000L, "waited at least about 50 ms");
    }

    @Test
    void nonBlockingConnectReportsItsOutcomeInSoError() {
        int bound = socket(Libc.SOCK_STREAM); // holds a port nobody listens on
        assertEquals(0, Libc.bind(bound, Libc.INADDR_LOOPBACK, 0));
        int[] name = new int[2];
        assertEquals(0, Libc.getsockname(bound, name));
        int fd = Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_NONBLOCK, 0);
        open.add(fd);
        int r = Libc.connect(fd, Libc.INADDR_LOOPBACK, name[1]);
        assertTrue(r == -Libc.EINPROGRESS || r == -Libc.ECONNREFUSED, "connect: " + r);
        if (r == -Libc.EINPROGRESS) {
            short[] revents = new short[1];
            assertEquals(1, Libc.poll(new int[] {fd}, new short[] {Libc.POLLOUT}, revents, 1, 1000));
            assertEquals(Libc.ECONNREFUSED, Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_ERROR));
        }
    }

    @Test
    void sendtoOutOfRangeIsEfault() {
        int[] a = boundUdp();
        assertEquals(-Libc.EFAULT, Libc.sendto(a[0], new byte[4], 3, 2, 0, Libc.INADDR_LOOPBACK, 9));
        assertEquals(-Libc.EFAULT, Libc.recvfrom(a[0], new byte[4], 0, 4, 0, new int[1]));
    }
}
