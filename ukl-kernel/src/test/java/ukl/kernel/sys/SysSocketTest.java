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
 * The socket system calls through {@link Sys} (side A of a {@link FakeNet}) against a peer
 * driven through its own {@link Sockets} (side B). Blocking calls complete because waiting runs
 * the peer's stack.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SysSocketTest {
    private FakeNet net;

    @BeforeEach
    void install() {
        net = new FakeNet();
        Sys.install(net.a);
    }

    /** A listening socket on B's port {@code port}. */
    private int listenOnB(int port) {
        int l = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.bind(l, Libc.INADDR_ANY, port));
        assertEquals(0, net.b.listen(l, 4));
        return l;
    }

    /** A listening socket on A's port 7, through Sys. */
    private int listenOnA() {
        int l = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(Sockets.FIRST_FD, l, "sockets start after the console's descriptors");
        assertEquals(0, Sys.setsockopt(l, Libc.SOL_SOCKET, Libc.SO_REUSEADDR, 1));
        assertEquals(0, Sys.bind(l, Libc.INADDR_ANY, 7));
        assertEquals(0, Sys.listen(l, 4));
        return l;
    }

    @Test
    void blockingEchoThroughSys() {
        int l = listenOnA();
        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.connect(c, FakeNet.IP_A, 7), "blocking connect runs A's stack while it waits");
        int[] peer = new int[2];
        int s = Sys.accept(l, peer);
        assertTrue(s > l, "accept: " + s);
        int[] clientName = new int[2];
        assertEquals(0, net.b.getsockname(c, clientName));
        assertArrayEquals(clientName, peer);
        assertEquals(FakeNet.IP_B, peer[0]);
        assertEquals(0, Sys.setsockopt(s, Libc.IPPROTO_TCP, Libc.TCP_NODELAY, 1));

        byte[] msg = "ping through the kernel".getBytes();
        assertEquals(msg.length, net.b.send(c, msg, 0, msg.length, 0));
        byte[] buf = new byte[100];
        long n = Sys.read(s, buf, 0, buf.length);
        assertEquals(msg.length, n);
        assertEquals(n, Sys.write(s, buf, 0, (int) n));
        byte[] back = new byte[msg.length];
        assertEquals(msg.length, net.b.recv(c, back, 0, back.length, 0));
        assertArrayEquals(msg, back);

        int[] name = new int[2];
        assertEquals(0, Sys.getsockname(s, name));
        assertArrayEquals(new int[] {FakeNet.IP_A, 7}, name);
        assertEquals(0, Sys.getpeername(s, name));
        assertArrayEquals(peer, name);
    }

    @Test
    void pollReportsReadinessAndTimesOut() {
        int l = listenOnA();
        int[] fds = {l, 1, -1};
        short[] events = {Libc.POLLIN, Libc.POLLOUT, Libc.POLLIN};
        short[] revents = new short[3];
        assertEquals(1, Sys.poll(fds, events, revents, 3, 0), "only the console is ready");
        assertArrayEquals(new short[] {0, Libc.POLLOUT, 0}, revents);
        long before = net.now;
        assertEquals(0, Sys.poll(fds, events, revents, 1, 5));
        assertTrue(net.now - before >= 5_000_000L, "waited the 5 ms timeout");
        assertEquals(before + 5_000_000L, net.lastWakeBy, "an idle listener sleeps until the timeout, no longer");
        assertTrue(net.lastQuietSince <= before, "nothing moved on the link while poll waited");

        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_NONBLOCK, 0);
        assertEquals(-Libc.EINPROGRESS, net.b.connect(c, FakeNet.IP_A, 7));
        assertEquals(1, Sys.poll(fds, events, revents, 1, -1), "the handshake makes the listener readable");
        assertEquals(Libc.POLLIN, revents[0]);
        int s = Sys.accept(l, null);

        int[] sfd = {s};
        short[] both = {(short) (Libc.POLLIN | Libc.POLLOUT)};
        short[] r = new short[1];
        assertEquals(1, Sys.poll(sfd, both, r, 1, 0));
        assertEquals(Libc.POLLOUT, r[0], "writable, nothing to read");
        net.b.send(c, new byte[3], 0, 3, 0);
        assertEquals(1, Sys.poll(sfd, new short[] {Libc.POLLIN}, r, 1, -1));
        assertEquals(Libc.POLLIN, r[0]);
    }

    @Test
    void readAfterPeersShutdownIsEndOfFile() {
        int l = listenOnA();
        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.connect(c, FakeNet.IP_A, 7));
        int s = Sys.accept(l, null);
        assertEquals(5, net.b.send(c, "half.".getBytes(), 0, 5, 0));
        assertEquals(0, net.b.shutdown(c, Libc.SHUT_WR));
        byte[] buf = new byte[16];
        assertEquals(5, Sys.read(s, buf, 0, buf.length));
        assertEquals(0, Sys.read(s, buf, 0, buf.length), "FIN: end of file");
        // The other direction is still open (RFC 9293 §3.6: CLOSE-WAIT may still send).
        assertEquals(5, Sys.write(s, buf, 0, 5));
        assertEquals(0, Sys.close(s));
        assertEquals(5, net.b.recv(c, buf, 0, buf.length, 0));
        assertEquals(0, net.b.recv(c, buf, 0, buf.length, 0));
    }

    @Test
    void resetConnectionIsEconnreset() {
        int l = listenOnB(9);
        int c = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.connect(c, FakeNet.IP_B, 9));
        // B never accepts and closes its listener: the unaccepted connection is dropped, and its
        // next segment from A is answered with a reset (RFC 9293 §3.10.7.1).
        assertEquals(0, net.b.close(l));
        assertEquals(4, Sys.write(c, new byte[4], 0, 4));
        short[] r = new short[1];
        assertEquals(1, Sys.poll(new int[] {c}, new short[] {Libc.POLLIN}, r, 1, -1));
        assertEquals(Libc.POLLIN | Libc.POLLERR | Libc.POLLHUP, r[0]);
        assertEquals(-Libc.ECONNRESET, Sys.read(c, new byte[4], 0, 4));
        assertEquals(0, Sys.close(c));
    }

    @Test
    void connectToClosedPortIsRefused() {
        int c = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(-Libc.ECONNREFUSED, Sys.connect(c, FakeNet.IP_B, 4242));
        assertEquals(-Libc.ECONNREFUSED, Sys.connect(c, FakeNet.IP_B, 4242), "the error stays with the socket");
    }

    @Test
    void closedDescriptorIsEbadf() {
        int fd = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.close(fd));
        assertEquals(-Libc.EBADF, Sys.close(fd));
        assertEquals(-Libc.EBADF, Sys.read(fd, new byte[1], 0, 1));
        assertEquals(-Libc.EBADF, Sys.write(fd, new byte[1], 0, 1));
        assertEquals(-Libc.EBADF, Sys.accept(fd, null));
        short[] r = new short[1];
        assertEquals(1, Sys.poll(new int[] {fd}, new short[] {Libc.POLLIN}, r, 1, 0));
        assertEquals(Libc.POLLNVAL, r[0]);
        assertEquals(-Libc.ENOTSOCK, Sys.listen(1, 1));
        assertEquals(-Libc.EBADF, Sys.listen(1000, 1));
    }

    @Test
    void nonBlockingCallsReturnEagain() {
        int l = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_NONBLOCK, 0);
        assertEquals(Libc.O_RDWR | Libc.O_NONBLOCK, Sys.fcntl(l, Libc.F_GETFL, 0));
        assertEquals(0, Sys.bind(l, FakeNet.IP_A, 7));
        assertEquals(0, Sys.listen(l, 4));
        assertEquals(-Libc.EAGAIN, Sys.accept(l, null));

        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.connect(c, FakeNet.IP_A, 7));
        int s = Sys.accept(l, null);
        assertTrue(s >= 0, "accept: " + s);
        assertEquals(Libc.O_RDWR, Sys.fcntl(s, Libc.F_GETFL, 0), "O_NONBLOCK is not inherited");
        assertEquals(-Libc.EAGAIN, Sys.recv(s, new byte[4], 0, 4, Libc.MSG_DONTWAIT));
        assertEquals(0, Sys.fcntl(s, Libc.F_SETFL, Libc.O_NONBLOCK));
        assertEquals(-Libc.EAGAIN, Sys.read(s, new byte[4], 0, 4));
        // The send ring (16 KiB) takes part of a big write; the rest is the caller's to retry.
        long n = Sys.write(s, new byte[100_000], 0, 100_000);
        assertTrue(n > 0 && n < 100_000, "partial write: " + n);
    }

    @Test
    void nonBlockingConnectCompletesThroughPoll() {
        listenOnB(9);
        int c = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_NONBLOCK, 0);
        assertEquals(-Libc.EINPROGRESS, Sys.connect(c, FakeNet.IP_B, 9));
        assertEquals(-Libc.EALREADY, Sys.connect(c, FakeNet.IP_B, 9));
        assertEquals(-Libc.ENOTCONN, Sys.getpeername(c, new int[2]));
        short[] r = new short[1];
        assertEquals(1, Sys.poll(new int[] {c}, new short[] {Libc.POLLOUT}, r, 1, -1));
        assertEquals(Libc.POLLOUT, r[0]);
        assertEquals(-Libc.EISCONN, Sys.connect(c, FakeNet.IP_B, 9));
    }

    @Test
    void refusedArgumentsNameTheirErrno() {
        assertEquals(-Libc.EPROTONOSUPPORT, Sys.socket(Libc.AF_INET, 3 /* SOCK_RAW */, 0));
        assertEquals(-Libc.EPROTONOSUPPORT, Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM, Libc.IPPROTO_TCP));
        assertEquals(-Libc.EAFNOSUPPORT, Sys.socket(10 /* AF_INET6 */, Libc.SOCK_STREAM, 0));
        int a = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        int b = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Sys.bind(a, Libc.INADDR_ANY, 80));
        assertEquals(-Libc.EADDRINUSE, Sys.bind(b, Libc.INADDR_ANY, 80));
        assertEquals(-Libc.EADDRNOTAVAIL, Sys.bind(b, FakeNet.IP_B, 81));
        assertEquals(-Libc.EINVAL, Sys.listen(b, 1), "listen needs a bound port");
        assertEquals(-Libc.ENOPROTOOPT, Sys.setsockopt(a, Libc.SOL_SOCKET, 15 /* SO_REUSEPORT */, 1));
        assertEquals(-Libc.EFAULT, Sys.recv(a, new byte[2], 1, 2, 0));
        assertEquals(-Libc.EOPNOTSUPP, Sys.recv(a, new byte[2], 0, 2, 2 /* MSG_PEEK */));
        assertEquals(-Libc.ENOTCONN, Sys.shutdown(a, Libc.SHUT_WR));
        assertEquals(-Libc.ENOTCONN, Sys.read(a, new byte[2], 0, 2));
    }

    /**
     * The shortcut (Libc.tcp_recv/tcp_send, what the class library calls on a TCP socket) gives
     * recv(2)'s and send(2)'s results: on a connection, and also for everything it hands on to
     * the general path (end of file, EAGAIN, bad ranges and flags, a listener, a UDP socket, the
     * console's descriptors, a closed descriptor).
     */
    @Test
    void tcpShortcutAnswersAsRecvAndSend() {
        int l = listenOnA();
        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.connect(c, FakeNet.IP_A, 7));
        int s = Sys.accept(l, null);
        assertEquals(6, net.b.send(c, "short.".getBytes(), 0, 6, 0));
        byte[] buf = new byte[16];
        assertEquals(6, Sys.tcp_recv(s, buf, 2, 10, 0));
        assertEquals("short.", new String(buf, 2, 6));
        assertEquals(-Libc.EAGAIN, Sys.tcp_recv(s, buf, 0, 4, Libc.MSG_DONTWAIT));
        assertEquals(4, Sys.tcp_send(s, "back".getBytes(), 0, 4, Libc.MSG_NOSIGNAL));
        assertEquals(4, net.b.recv(c, buf, 0, 16, 0));
        assertEquals("back", new String(buf, 0, 4));

        for (int fd : new int[] {l, s, 0, 1, 2, 1000}) {
            assertEquals(Sys.recv(fd, buf, 1, 16, 0), Sys.tcp_recv(fd, buf, 1, 16, 0), "range, fd " + fd);
            assertEquals(Sys.recv(fd, buf, 0, 4, 2), Sys.tcp_recv(fd, buf, 0, 4, 2), "MSG_PEEK, fd " + fd);
            assertEquals(Sys.send(fd, buf, 1, 16, 0), Sys.tcp_send(fd, buf, 1, 16, 0), "range, fd " + fd);
            assertEquals(Sys.send(fd, buf, 0, 4, 1), Sys.tcp_send(fd, buf, 0, 4, 1), "MSG_OOB, fd " + fd);
        }
        assertEquals(-Libc.ENOTCONN, Sys.tcp_recv(l, buf, 0, 4, 0), "a listener");
        assertEquals(-Libc.EPIPE, Sys.tcp_send(l, buf, 0, 4, 0), "a listener");
        assertEquals(-Libc.ENOTSOCK, Sys.tcp_recv(0, buf, 0, 4, 0), "the console is no socket");

        int u = Sys.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        assertEquals(-Libc.EDESTADDRREQ, Sys.tcp_send(u, buf, 0, 4, 0), "an unconnected UDP socket, as send(2)");
        assertEquals(-Libc.EAGAIN, Sys.tcp_recv(u, buf, 0, 4, Libc.MSG_DONTWAIT), "a UDP socket, as recv(2)");

        assertEquals(0, net.b.shutdown(c, Libc.SHUT_WR));
        assertEquals(0, Sys.tcp_recv(s, buf, 0, 4, 0), "FIN: end of file, after waiting for it");
        assertEquals(0, Sys.close(s));
        assertEquals(-Libc.EBADF, Sys.tcp_recv(s, buf, 0, 4, 0));
        assertEquals(-Libc.EBADF, Sys.tcp_send(s, buf, 0, 4, 0));
    }

    @Test
    void fullSocketTableIsEnomemAndDescriptorsAreReusedLowestFirst() {
        for (int i = 0; i < 8; i++) {
            assertEquals(Sockets.FIRST_FD + i, Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0));
        }
        assertEquals(-Libc.ENOMEM, Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0), "the stack's table is full");
        assertEquals(0, Sys.close(Sockets.FIRST_FD + 2));
        assertEquals(Sockets.FIRST_FD + 2, Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0), "lowest free descriptor");
    }
}
