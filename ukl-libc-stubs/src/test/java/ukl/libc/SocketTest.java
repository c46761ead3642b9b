package ukl.libc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real TCP over the host's loopback, through {@link Libc} only. */
class SocketTest {
    private final List<Integer> open = new ArrayList<>();

    @AfterEach
    void closeAll() {
        for (int fd : open) {
            Libc.close(fd);
        }
    }

    private int tcpSocket() {
        int fd = Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertTrue(fd >= 3, "socket: " + fd);
        open.add(fd);
        return fd;
    }

    /** A listening socket on a port the host picks; returns {fd, port}. */
    private int[] listener() {
        int fd = tcpSocket();
        assertEquals(0, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_REUSEADDR, 1));
        assertEquals(0, Libc.bind(fd, Libc.INADDR_LOOPBACK, 0));
        assertEquals(0, Libc.listen(fd, 8));
        int[] name = new int[2];
        assertEquals(0, Libc.getsockname(fd, name));
        assertEquals(Libc.INADDR_LOOPBACK, name[0]);
        assertTrue(name[1] > 0);
        return new int[] {fd, name[1]};
    }

    @Test
    void loopbackExchange() {
        int[] l = listener();
        int client = tcpSocket();
        assertEquals(0, Libc.connect(client, Libc.INADDR_LOOPBACK, l[1]));
        assertEquals(0, Libc.setsockopt(client, Libc.IPPROTO_TCP, Libc.TCP_NODELAY, 1));

        int[] fds = {l[0]};
        short[] events = {Libc.POLLIN};
        short[] revents = new short[1];
        assertEquals(1, Libc.poll(fds, events, revents, 1, 1000));
        assertEquals(Libc.POLLIN, revents[0]);
        int[] peer = new int[2];
        int server = Libc.accept(l[0], peer);
        assertTrue(server >= 3, "accept: " + server);
        open.add(server);
        int[] clientName = new int[2];
        assertEquals(0, Libc.getsockname(client, clientName));
        assertArrayEquals(clientName, peer);
        int[] serverPeer = new int[2];
        assertEquals(0, Libc.getpeername(client, serverPeer));
        assertArrayEquals(new int[] {Libc.INADDR_LOOPBACK, l[1]}, serverPeer);

        byte[] msg = "hello, unikernel".getBytes();
        assertEquals(msg.length, Libc.write(client, msg, 0, msg.length));
        byte[] buf = new byte[64];
        assertEquals(msg.length, Libc.read(server, buf, 0, buf.length));
        assertEquals(msg.length, Libc.send(server, buf, 0, msg.length, 0));
        byte[] back = new byte[msg.length];
        assertEquals(msg.length, Libc.recv(client, back, 0, back.length, 0));
        assertArrayEquals(msg, back);
        // the TCP shortcut's stubs are recv(2) and send(2) on the JVM
        assertEquals(msg.length, Libc.tcp_send(client, msg, 0, msg.length, Libc.MSG_NOSIGNAL));
        assertEquals(msg.length, Libc.tcp_recv(server, back, 0, back.length, 0));
        assertArrayEquals(msg, back);
        assertEquals(-Libc.EAGAIN, Libc.tcp_recv(server, back, 0, back.length, Libc.MSG_DONTWAIT));

        assertEquals(0, Libc.shutdown(client, Libc.SHUT_WR));
        assertEquals(0, Libc.read(server, buf, 0, buf.length), "EOF after the peer's shutdown");
    }

    @Test
    void bigWriteGoesOutWhole() {
        int[] l = listener();
        int client = tcpSocket();
        assertEquals(0, Libc.connect(client, Libc.INADDR_LOOPBACK, l[1]));
        int server = Libc.accept(l[0], null);
        open.add(server);
        byte[] big = new byte[3 << 20]; // bigger than the per-thread buffer: sent in pieces
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31 + (i >>> 11));
        }
        byte[] got = new byte[big.length];
        Thread reader = Thread.ofPlatform().start(() -> {
            int at = 0;
            while (at < got.length) {
                long n = Libc.read(server, got, at, got.length - at);
                if (n <= 0) {
                    break;
                }
                at += (int) n;
            }
        });
        assertEquals(big.length, Libc.write(client, big, 0, big.length));
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertArrayEquals(big, got);
    }

    @Test
    void nonBlockingReadIsEagainAndPollTimesOut() {
        int[] l = listener();
        int client = tcpSocket();
        assertEquals(0, Libc.connect(client, Libc.INADDR_LOOPBACK, l[1]));
        int flags = Libc.fcntl(client, Libc.F_GETFL, 0);
        assertTrue(flags >= 0);
        assertEquals(0, Libc.fcntl(client, Libc.F_SETFL, flags | Libc.O_NONBLOCK));
        assertEquals(Libc.O_NONBLOCK, Libc.fcntl(client, Libc.F_GETFL, 0) & Libc.O_NONBLOCK);
        assertEquals(-Libc.EAGAIN, Libc.read(client, new byte[8], 0, 8));
        assertEquals(-Libc.EAGAIN, Libc.recv(client, new byte[8], 0, 8, Libc.MSG_DONTWAIT));
        short[] revents = new short[1];
        assertEquals(0, Libc.poll(new int[] {client}, new short[] {Libc.POLLIN}, revents, 1, 0));
        assertEquals(0, revents[0]);
    }

    @Test
    void resetIsReportedAsEconnreset() {
        int[] l = listener();
        int client = tcpSocket();
        assertEquals(0, Libc.connect(client, Libc.INADDR_LOOPBACK, l[1]));
        int server = Libc.accept(l[0], null);
        open.add(server);
        byte[] b = new byte[4];
        assertEquals(4, Libc.write(server, b, 0, 4));
        // RFC 2525 §2.17: closing with unread data resets the connection.
        open.remove((Integer) client);
        assertEquals(0, Libc.close(client));
        short[] revents = new short[1];
        assertEquals(1, Libc.poll(new int[] {server}, new short[] {Libc.POLLIN}, revents, 1, 1000));
        assertEquals(-Libc.ECONNRESET, Libc.read(server, b, 0, 4));
    }

    @Test
    void connectToPortWithoutListenerIsRefused() {
        int bound = tcpSocket(); // holds a port nobody listens on, so no other test can take it
        assertEquals(0, Libc.bind(bound, Libc.INADDR_LOOPBACK, 0));
        int[] name = new int[2];
        assertEquals(0, Libc.getsockname(bound, name));
        assertEquals(-Libc.ECONNREFUSED, Libc.connect(tcpSocket(), Libc.INADDR_LOOPBACK, name[1]));
    }

    @Test
    void bindingAListenersPortIsEaddrinuse() {
        int[] l = listener();
        assertEquals(-Libc.EADDRINUSE, Libc.bind(tcpSocket(), Libc.INADDR_LOOPBACK, l[1]));
    }

    @Test
    void closedDescriptorIsEbadf() {
        int fd = Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, Libc.close(fd));
        assertEquals(-Libc.EBADF, Libc.close(fd));
        assertEquals(-Libc.EBADF, Libc.listen(fd, 1));
        assertEquals(-Libc.EBADF, Libc.accept(fd, null));
        short[] revents = new short[1];
        assertEquals(1, Libc.poll(new int[] {fd}, new short[] {Libc.POLLIN}, revents, 1, 0));
        assertEquals(Libc.POLLNVAL, revents[0]);
    }

    @Test
    void unsupportedOptionsAndRangesAreRefusedBeforeTheCall() {
        int fd = tcpSocket();
        assertEquals(-Libc.ENOPROTOOPT, Libc.setsockopt(fd, Libc.SOL_SOCKET, 15 /* SO_REUSEPORT */, 1));
        assertEquals(-Libc.ENOPROTOOPT, Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_ERROR, 0));
        assertEquals(-Libc.EFAULT, Libc.write(fd, new byte[4], 2, 3));
        assertEquals(-Libc.EOPNOTSUPP, Libc.recv(fd, new byte[4], 0, 4, 2 /* MSG_PEEK */));
        assertEquals(-Libc.EINVAL, Libc.fcntl(fd, 1 /* F_GETFD */, 0));
        assertEquals(-Libc.EFAULT, Libc.poll(new int[1], new short[1], new short[1], 2, 0));
    }
}
