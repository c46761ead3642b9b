package ukl.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import ukl.libc.Libc;

/**
 * UDP, socket options, shutdown, getpeername and console input through {@link Sys} (side A of a
 * {@link FakeNet}), against side B's {@link Sockets}.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SysOptionsTest {
    private FakeNet net;

    @BeforeEach
    void install() {
        net = new FakeNet();
        Sys.install(net.a);
    }

    /** A connected pair: {A's accepted descriptor, B's client descriptor}. */
    private int[] connectedPair() {
        int l = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.bind(l, Libc.INADDR_ANY, 7));
        assertEquals(0, Sys.listen(l, 4));
        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.connect(c, FakeNet.IP_A, 7));
        int s = Sys.accept(l, null);
        assertTrue(s > l, "accept: " + s);
        return new int[] {s, c};
    }

    @Test
    void udpDatagramsBothWaysThroughSys() {
        int a = Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        assertEquals(0, Sys.bind(a, Libc.INADDR_ANY, 5353));
        int b = net.b.socket(Libc.AF_INET, Libc.SOCK_DGRAM, Libc.IPPROTO_UDP);
        byte[] msg = "query".getBytes();
        assertEquals(
                msg.length,
                net.b.sendto(b, msg, 0, msg.length, 0, FakeNet.IP_A, 5353),
                "the first datagram waits for ARP instead of being lost");
        byte[] buf = new byte[64];
        int[] from = new int[2];
        assertEquals(msg.length, Sys.recvfrom(a, buf, 0, buf.length, 0, from), "blocking recvfrom runs B's stack");
        int[] bName = new int[2];
        assertEquals(0, net.b.getsockname(b, bName));
        assertTrue(bName[1] >= 49152, "an unbound sender gets an ephemeral port: " + bName[1]);
        assertArrayEquals(new int[] {FakeNet.IP_B, bName[1]}, from);

        assertEquals(2, Sys.sendto(a, "ok".getBytes(), 0, 2, 0, from[0], from[1]));
        assertEquals(2, net.b.recv(b, buf, 0, buf.length, 0));
        assertEquals('o', buf[0]);

        // A connected UDP socket sends with send() and has a peer name.
        assertEquals(-Libc.EDESTADDRREQ, Sys.send(a, msg, 0, 1, 0));
        assertEquals(-Libc.ENOTCONN, Sys.getpeername(a, new int[2]));
        assertEquals(0, Sys.connect(a, FakeNet.IP_B, bName[1]));
        int[] peer = new int[2];
        assertEquals(0, Sys.getpeername(a, peer));
        assertArrayEquals(from, peer);
        assertEquals(3, Sys.write(a, msg, 0, 3));
        assertEquals(3, net.b.recvfrom(b, buf, 0, buf.length, 0, null));

        // A datagram longer than the buffer is truncated (udp(7)).
        assertEquals(msg.length, net.b.sendto(b, msg, 0, msg.length, 0, FakeNet.IP_A, 5353));
        assertEquals(2, Sys.read(a, buf, 0, 2));
        short[] r = new short[1];
        assertEquals(0, Sys.poll(new int[] {a}, new short[] {Libc.POLLIN}, r, 1, 0), "the rest is gone");
    }

    @Test
    void udpBroadcastNeedsSoBroadcast() {
        int a = Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM | Libc.SOCK_NONBLOCK, 0);
        assertEquals(-Libc.EACCES, Sys.sendto(a, new byte[1], 0, 1, 0, Libc.INADDR_BROADCAST, 9));
        assertEquals(0, Sys.setsockopt(a, Libc.SOL_SOCKET, Libc.SO_BROADCAST, 1));
        assertEquals(1, Sys.getsockopt(a, Libc.SOL_SOCKET, Libc.SO_BROADCAST));
        assertEquals(1, Sys.sendto(a, new byte[1], 0, 1, 0, Libc.INADDR_BROADCAST, 9));
        assertEquals(-Libc.EAGAIN, Sys.recvfrom(a, new byte[1], 0, 1, 0, null));
    }

    @Test
    void receiveTimeoutExpiresWithEagain() {
        int[] p = connectedPair();
        assertEquals(0, Sys.setsockopt(p[0], Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, 30));
        assertEquals(30, Sys.getsockopt(p[0], Libc.SOL_SOCKET, Libc.SO_RCVTIMEO));
        long before = net.now;
        assertEquals(-Libc.EAGAIN, Sys.read(p[0], new byte[4], 0, 4));
        long waited = net.now - before;
        assertTrue(waited >= 30_000_000L && waited < 31_000_000L, "waited the 30 ms, no longer: " + waited);
        // Data that comes in time is read as usual.
        net.b.send(p[1], new byte[3], 0, 3, 0);
        assertEquals(3, Sys.read(p[0], new byte[4], 0, 4));

        int u = Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        assertEquals(0, Sys.bind(u, Libc.INADDR_ANY, 0));
        assertEquals(0, Sys.setsockopt(u, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, 5));
        assertEquals(-Libc.EAGAIN, Sys.recvfrom(u, new byte[4], 0, 4, 0, null));
        assertEquals(-Libc.EINVAL, Sys.setsockopt(u, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, -1));
    }

    @Test
    void acceptTimeoutExpiresWithEagain() {
        int l = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.bind(l, Libc.INADDR_ANY, 0));
        int[] name = new int[2];
        assertEquals(0, Sys.getsockname(l, name));
        assertTrue(name[1] >= 49152, "port 0 binds a port of the dynamic range: " + name[1]);
        assertEquals(0, Sys.listen(l, 1));
        assertEquals(0, Sys.setsockopt(l, Libc.SOL_SOCKET, Libc.SO_RCVTIMEO, 10));
        long before = net.now;
        assertEquals(-Libc.EAGAIN, Sys.accept(l, null));
        assertTrue(net.now - before >= 10_000_000L);
    }

    @Test
    void shutdownWriteSendsEndOfFileAndShutdownReadReadsZero() {
        int[] p = connectedPair();
        assertEquals(4, Sys.write(p[0], "last".getBytes(), 0, 4));
        assertEquals(0, Sys.shutdown(p[0], Libc.SHUT_WR));
        assertEquals(-Libc.EPIPE, Sys.write(p[0], new byte[1], 0, 1), "no writes after SHUT_WR");
        byte[] buf = new byte[8];
        assertEquals(4, net.b.recv(p[1], buf, 0, buf.length, 0));
        assertEquals(0, net.b.recv(p[1], buf, 0, buf.length, 0), "the peer sees end of file after SHUT_WR");
        // The other direction still works.
        assertEquals(2, net.b.send(p[1], "hi".getBytes(), 0, 2, 0));
        assertEquals(2, Sys.read(p[0], buf, 0, buf.length));

        assertEquals(0, Sys.shutdown(p[0], Libc.SHUT_RD));
        assertEquals(2, net.b.send(p[1], "hi".getBytes(), 0, 2, 0));
        assertEquals(0, Sys.read(p[0], buf, 0, buf.length), "reads after SHUT_RD return 0");
        short[] r = new short[1];
        assertEquals(1, Sys.poll(new int[] {p[0]}, new short[] {Libc.POLLIN}, r, 1, 0));
        assertEquals(-Libc.EINVAL, Sys.shutdown(p[0], 7));
    }

    @Test
    void getpeernameNamesTheConnectedPeer() {
        int[] p = connectedPair();
        int[] bName = new int[2];
        assertEquals(0, net.b.getsockname(p[1], bName));
        int[] peer = new int[2];
        assertEquals(0, Sys.getpeername(p[0], peer));
        assertArrayEquals(bName, peer);
        assertEquals(0, net.b.getpeername(p[1], peer));
        assertArrayEquals(new int[] {FakeNet.IP_A, 7}, peer);
        assertEquals(-Libc.EFAULT, Sys.getpeername(p[0], new int[1]));
    }

    @Test
    void optionsReadBackAsSet() {
        int[] p = connectedPair();
        int s = p[0];
        for (int[] opt : new int[][] {
            {Libc.SOL_SOCKET, Libc.SO_REUSEADDR},
            {Libc.SOL_SOCKET, Libc.SO_KEEPALIVE},
            {Libc.IPPROTO_TCP, Libc.TCP_NODELAY}
        }) {
            assertEquals(0, Sys.getsockopt(s, opt[0], opt[1]));
            assertEquals(0, Sys.setsockopt(s, opt[0], opt[1], 1));
            assertEquals(1, Sys.getsockopt(s, opt[0], opt[1]));
        }
        assertEquals(Libc.LINGER_OFF, Sys.getsockopt(s, Libc.SOL_SOCKET, Libc.SO_LINGER));
        assertEquals(0, Sys.setsockopt(s, Libc.SOL_SOCKET, Libc.SO_LINGER, 0));
        assertEquals(0, Sys.getsockopt(s, Libc.SOL_SOCKET, Libc.SO_LINGER));
        assertEquals(0, Sys.setsockopt(s, Libc.SOL_SOCKET, Libc.SO_LINGER, -1));
        assertEquals(Libc.LINGER_OFF, Sys.getsockopt(s, Libc.SOL_SOCKET, Libc.SO_LINGER));
        assertEquals(0, Sys.setsockopt(s, Libc.SOL_SOCKET, Libc.SO_RCVBUF, 1 << 20));
        assertEquals(16384, Sys.getsockopt(s, Libc.SOL_SOCKET, Libc.SO_RCVBUF), "the real, fixed size");
        assertEquals(16384, Sys.getsockopt(s, Libc.SOL_SOCKET, Libc.SO_SNDBUF));
        assertEquals(0, Sys.getsockopt(s, Libc.SOL_SOCKET, Libc.SO_ERROR));
        assertEquals(-Libc.ENOPROTOOPT, Sys.getsockopt(s, Libc.SOL_SOCKET, 15 /* SO_REUSEPORT */));
        assertEquals(-Libc.ENOPROTOOPT, Sys.setsockopt(s, Libc.SOL_SOCKET, Libc.SO_ERROR, 0));
        assertEquals(-Libc.EBADF, Sys.getsockopt(99, Libc.SOL_SOCKET, Libc.SO_ERROR));
        assertEquals(-Libc.ENOTSOCK, Sys.getsockopt(1, Libc.SOL_SOCKET, Libc.SO_ERROR));
    }

    @Test
    void soErrorReportsARefusedNonBlockingConnect() {
        int c = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_NONBLOCK, 0);
        assertEquals(-Libc.EINPROGRESS, Sys.connect(c, FakeNet.IP_B, 4242));
        short[] r = new short[1];
        assertEquals(1, Sys.poll(new int[] {c}, new short[] {Libc.POLLOUT}, r, 1, -1));
        assertEquals(Libc.POLLERR | Libc.POLLHUP, r[0] & (Libc.POLLERR | Libc.POLLHUP));
        assertEquals(Libc.ECONNREFUSED, Sys.getsockopt(c, Libc.SOL_SOCKET, Libc.SO_ERROR));
    }

    @Test
    void consoleReadWaitsForInput() {
        net.type("typed\n", net.now + 2_000_000L);
        short[] r = new short[1];
        assertEquals(0, Sys.poll(new int[] {0}, new short[] {Libc.POLLIN}, r, 1, 0), "nothing typed yet");
        byte[] buf = new byte[4];
        assertEquals(4, Sys.read(0, buf, 0, 4), "blocks until input arrives, then fills the buffer");
        assertArrayEquals("type".getBytes(), buf);
        assertEquals(1, Sys.poll(new int[] {0}, new short[] {Libc.POLLIN}, r, 1, 0));
        assertEquals(2, Sys.read(0, buf, 0, 4));
        assertEquals(0, Sys.read(0, buf, 0, 0));
    }

    @Test
    void consoleInputEndsAtCtrlD() {
        net.type("ab\u0004cd", net.now);
        byte[] buf = new byte[8];
        assertEquals(2, Sys.read(0, buf, 0, 8), "a Ctrl-D ends the read before it");
        assertEquals(0, Sys.read(0, buf, 0, 8), "then the end of input");
        short[] r = new short[1];
        assertEquals(1, Sys.poll(new int[] {0}, new short[] {Libc.POLLIN}, r, 1, 0), "the end is readable");
        assertEquals(0, Sys.read(0, buf, 0, 8), "and stays: what follows a Ctrl-D is never read");
    }

    @Test
    void clientAndServerInOneImageOver127001() {
        int l = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.bind(l, Libc.INADDR_LOOPBACK, 8080));
        assertEquals(0, Sys.listen(l, 1));
        int c = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.connect(c, Libc.INADDR_LOOPBACK, 8080), "blocking connect completes over lo");
        int[] peer = new int[2];
        int s = Sys.accept(l, peer);
        assertTrue(s > c, "accept: " + s);
        assertEquals(Libc.INADDR_LOOPBACK, peer[0]);
        assertEquals(0, Sys.ioctl(s, Libc.FIONREAD), "nothing sent yet");
        assertEquals(5, Sys.write(c, "hello".getBytes(), 0, 5));
        byte[] buf = new byte[8];
        assertEquals(1, Sys.read(s, buf, 0, 1));
        assertEquals(4, Sys.ioctl(s, Libc.FIONREAD), "FIONREAD: what a read would return now");
        assertEquals(-Libc.ENOTTY, Sys.ioctl(s, 0x5401), "only FIONREAD is known");
        assertEquals(4, Sys.read(s, buf, 0, buf.length));
        assertEquals(0, Sys.close(s));
        assertEquals(0, Sys.read(c, buf, 0, buf.length), "end of file after the server's close");

        int u = Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        assertEquals(0, Sys.bind(u, Libc.INADDR_ANY, 9999));
        int v = Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        assertEquals(3, Sys.sendto(v, "udp".getBytes(), 0, 3, 0, Libc.INADDR_LOOPBACK, 9999));
        int[] from = new int[2];
        assertEquals(3, Sys.ioctl(u, Libc.FIONREAD), "FIONREAD on UDP: the next datagram's length");
        assertEquals(3, Sys.recvfrom(u, buf, 0, buf.length, 0, from));
        assertEquals(Libc.INADDR_LOOPBACK, from[0]);
        assertEquals(0, net.ifaceA.stats().get(ukl.kernel.net.iface.NetStats.Counter.TX_NO_BUFFER));
    }

    @Test
    void closeWithLingerZeroResetsThePeer() {
        int[] p = connectedPair();
        assertEquals(0, Sys.setsockopt(p[0], Libc.SOL_SOCKET, Libc.SO_LINGER, 0));
        assertEquals(0, Sys.close(p[0]));
        assertEquals(-Libc.ECONNRESET, net.b.recv(p[1], new byte[4], 0, 4, 0), "a reset, not end of file");
    }
}
