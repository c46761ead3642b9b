package ukl.kernel.sys;

import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.socket.SocketSet;
import ukl.kernel.net.socket.TcpSocket;
import ukl.kernel.net.socket.TcpSocket.State;
import ukl.libc.Libc;

/**
 * The socket system calls over one interface: a table of file descriptors (3 up; 0–2 are the
 * console) mapped to {@link SocketSet} handles, and POSIX blocking on top of the non-blocking
 * stack.
 *
 * <p>The image runs one thread, so a call that would block polls instead: it loops over
 * {@link Interface#poll} (which also drives the NIC) and {@link Machine#idle} until it can
 * complete or its timeout passes. A call that queues data to send polls once before it
 * returns, so the segment leaves in the call itself. Nothing here allocates after construction.
 *
 * <p>The descriptor is separate from the handle because a closed TCP connection keeps its handle
 * through FIN and TIME-WAIT (RFC 9293 §3.6) while POSIX frees the descriptor at once.
 */
final class Sockets {
    static final int FIRST_FD = 3;
    private static final int FREE = -1;
    // Per-descriptor flags.
    private static final byte NONBLOCK = 1;
    private static final byte READ_SHUT = 2;
    /** Linux's default {@code somaxconn} caps the backlog. */
    private static final int MAX_BACKLOG = 4096;

    private static final byte[] NO_BYTES = new byte[0];

    private final Interface iface;
    private final SocketSet set;
    private final Machine machine;
    private final int[] handles;
    private final byte[] flags;
    private final int[] boundPorts;
    /** When {@link Interface#poll} last received or sent a frame. */
    private long quietSince;

    Sockets(Interface iface, SocketSet set, Machine machine) {
        this.iface = iface;
        this.set = set;
        this.machine = machine;
        this.handles = new int[set.capacity()];
        this.flags = new byte[set.capacity()];
        this.boundPorts = new int[set.capacity()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = FREE;
        }
    }

    /** One round of the stack: receive what waits, send what is due. */
    private void pump() {
        long now = machine.nanos();
        if (iface.poll(now)) {
            quietSince = now;
        }
        HeapReport.tick(now);
    }

    /** Waits for the network, or the stack's next timer, or {@code deadline}; then polls. */
    private void waitRound(long deadline) {
        long now = machine.nanos();
        machine.idle(quietSince, Math.min(deadline, iface.nextDeadline(now)));
        pump();
    }

    /**
     * After attempt {@code round} of a call found nothing to do: whether to try again. The first
     * retry only polls the stack, which may hold what the call needs without having looked (so a
     * non-blocking caller that never calls poll still makes progress); later ones wait a round,
     * for blocking calls only.
     */
    private boolean retry(int round, boolean wait) {
        if (round == 0) {
            pump();
            return true;
        }
        if (wait) {
            waitRound(Long.MAX_VALUE);
        }
        return wait;
    }

    /** The table index of an open socket descriptor, or -errno. */
    private int slot(int fd) {
        if (fd >= 0 && fd < FIRST_FD) {
            return -Libc.ENOTSOCK;
        }
        int i = fd - FIRST_FD;
        return i >= 0 && i < handles.length && handles[i] != FREE ? i : -Libc.EBADF;
    }

    private TcpSocket tcp(int slot) {
        return set.tcp(handles[slot]);
    }

    private boolean blocking(int slot) {
        return (flags[slot] & NONBLOCK) == 0;
    }

    /** The lowest free descriptor, now naming {@code handle}; the table is as large as the stack's, so one is free. */
    private int newDescriptor(int handle, byte initialFlags) {
        for (int i = 0; i < handles.length; i++) {
            if (handles[i] == FREE) {
                handles[i] = handle;
                flags[i] = initialFlags;
                boundPorts[i] = 0;
                return FIRST_FD + i;
            }
        }
        throw new IllegalStateException("no free descriptor for socket handle " + handle
                + ", but the table has one per handle: a descriptor was not freed on close");
    }

    int socket(int domain, int type, int protocol) {
        if (domain != Libc.AF_INET) {
            return -Libc.EAFNOSUPPORT;
        }
        if ((type & ~Libc.SOCK_NONBLOCK) != Libc.SOCK_STREAM || (protocol != 0 && protocol != Libc.IPPROTO_TCP)) {
            return -Libc.EPROTONOSUPPORT; // only TCP so far
        }
        int h = set.tcpOpen();
        if (h < 0) {
            return h;
        }
        return newDescriptor(h, (type & Libc.SOCK_NONBLOCK) != 0 ? NONBLOCK : 0);
    }

    /**
     * Records the port for {@link #listen}. Port 0 (pick one) and binding before connect are not
     * supported: the stack picks a client's port itself.
     */
    int bind(int fd, int ipv4, int port) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (ipv4 != Libc.INADDR_ANY && ipv4 != iface.address()) {
            return -Libc.EADDRNOTAVAIL;
        }
        if (boundPorts[s] != 0 || tcp(s).state() != State.CLOSED || port <= 0 || port > 0xffff) {
            return -Libc.EINVAL;
        }
        for (int i = 0; i < handles.length; i++) {
            if (handles[i] != FREE
                    && (boundPorts[i] == port || set.tcp(handles[i]).localPort() == port)) {
                return -Libc.EADDRINUSE;
            }
        }
        boundPorts[s] = port;
        return 0;
    }

    int listen(int fd, int backlog) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        TcpSocket t = tcp(s);
        if (t.state() == State.LISTEN) {
            return 0;
        }
        if (boundPorts[s] == 0) {
            return -Libc.EINVAL; // no automatic port: bind first
        }
        return t.listen(boundPorts[s], Math.max(1, Math.min(backlog, MAX_BACKLOG)));
    }

    int accept(int fd, int[] peer) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (tcp(s).state() != State.LISTEN) {
            return -Libc.EINVAL;
        }
        if (peer != null && peer.length < 2) {
            return -Libc.EFAULT;
        }
        for (int round = 0; ; round++) {
            int h = set.accept(handles[s]);
            if (h >= 0) {
                TcpSocket c = set.tcp(h);
                if (peer != null) {
                    peer[0] = c.remoteIp();
                    peer[1] = c.remotePort();
                }
                return newDescriptor(h, (byte) 0); // POSIX: O_NONBLOCK is not inherited
            }
            if (h != -Libc.EAGAIN || !retry(round, blocking(s))) {
                return h;
            }
        }
    }

    /**
     * Active open. A non-blocking socket returns {@code -EINPROGRESS}; poll for POLLOUT, then call
     * connect again: {@code -EISCONN} once established, or the failure (as Linux).
     */
    int connect(int fd, int ipv4, int port) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        TcpSocket t = tcp(s);
        switch (t.state()) {
            case SYN_SENT -> {
                return blocking(s) ? awaitConnected(t) : -Libc.EALREADY;
            }
            case LISTEN -> {
                return -Libc.EINVAL;
            }
            case CLOSED -> {
                int failed = pendingError(t);
                if (failed != 0) {
                    return failed;
                }
            }
            default -> {
                return -Libc.EISCONN;
            }
        }
        if (boundPorts[s] != 0) {
            return -Libc.EOPNOTSUPP; // the stack picks the local port of an active open
        }
        int r = t.connect(ipv4, port, machine.nanos());
        if (r < 0) {
            return r;
        }
        pump(); // the SYN leaves now
        return blocking(s) ? awaitConnected(t) : -Libc.EINPROGRESS;
    }

    private int awaitConnected(TcpSocket t) {
        while (t.state() == State.SYN_SENT) {
            waitRound(Long.MAX_VALUE);
        }
        return t.state() == State.CLOSED ? pendingError(t) : 0;
    }

    /**
     * The error a failed connection reports (ECONNREFUSED, ECONNRESET, ETIMEDOUT) as -errno, 0 if
     * none. {@code TcpSocket.send} reports the error before anything else, and sends nothing for
     * zero bytes.
     */
    private static int pendingError(TcpSocket t) {
        int r = t.send(NO_BYTES, 0, 0);
        return r == -Libc.EPIPE ? 0 : r;
    }

    long recv(int fd, byte[] b, int off, int len, int callFlags) {
        if (b == null || off < 0 || len < 0 || off > b.length - len) {
            return -Libc.EFAULT;
        }
        if ((callFlags & ~Libc.MSG_DONTWAIT) != 0) {
            return -Libc.EOPNOTSUPP;
        }
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if ((flags[s] & READ_SHUT) != 0) {
            return 0;
        }
        TcpSocket t = tcp(s);
        boolean wait = blocking(s) && (callFlags & Libc.MSG_DONTWAIT) == 0;
        for (int round = 0; ; round++) {
            int r = t.recv(b, off, len);
            if (r != -Libc.EAGAIN || !retry(round, wait)) {
                return r;
            }
        }
    }

    /** Queues all {@code len} bytes (a blocking socket waits for room); a failure after some bytes returns their count. */
    long send(int fd, byte[] b, int off, int len, int callFlags) {
        if (b == null || off < 0 || len < 0 || off > b.length - len) {
            return -Libc.EFAULT;
        }
        if ((callFlags & ~(Libc.MSG_DONTWAIT | Libc.MSG_NOSIGNAL)) != 0) {
            return -Libc.EOPNOTSUPP;
        }
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        TcpSocket t = tcp(s);
        boolean wait = blocking(s) && (callFlags & Libc.MSG_DONTWAIT) == 0;
        int done = 0;
        for (int round = 0; ; round++) {
            int r = t.send(b, off + done, len - done);
            if (r > 0) {
                done += r;
                pump(); // the data leaves in this call (no Nagle, RFC 1122 §4.2.3.4 allows turning it off)
                if (done == len) {
                    return done;
                }
            } else if (r != -Libc.EAGAIN || !retry(round, wait)) {
                return done > 0 ? done : r;
            }
        }
    }

    /** Closes the descriptor; the connection still ends gracefully (FIN) in the stack. */
    int close(int fd) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        int r = set.close(handles[s]);
        handles[s] = FREE;
        pump(); // the FIN, or the resets of unaccepted connections, leave now
        return r;
    }

    boolean isListening(int fd) {
        int s = slot(fd);
        return s >= 0 && tcp(s).state() == State.LISTEN;
    }

    int shutdown(int fd, int how) {
        if (how != Libc.SHUT_RD && how != Libc.SHUT_WR && how != Libc.SHUT_RDWR) {
            return -Libc.EINVAL;
        }
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        TcpSocket t = tcp(s);
        State st = t.state();
        if (st == State.CLOSED || st == State.LISTEN || st == State.SYN_SENT) {
            return -Libc.ENOTCONN;
        }
        if (how != Libc.SHUT_WR) {
            flags[s] |= READ_SHUT;
        }
        if (how != Libc.SHUT_RD) {
            t.shutdownWrite();
            pump();
        }
        return 0;
    }

    /**
     * Accepts SO_REUSEADDR and TCP_NODELAY without effect: the stack never delays small segments
     * (it has no Nagle), and its {@code listen} refuses a port that any connection still uses,
     * TIME-WAIT included, whatever the option says.
     */
    int setsockopt(int fd, int level, int name, int value) {
        if (!(level == Libc.SOL_SOCKET && name == Libc.SO_REUSEADDR)
                && !(level == Libc.IPPROTO_TCP && name == Libc.TCP_NODELAY)) {
            return -Libc.ENOPROTOOPT;
        }
        int s = slot(fd);
        return s < 0 ? s : 0;
    }

    int fcntl(int fd, int cmd, int arg) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (cmd == Libc.F_GETFL) {
            return Libc.O_RDWR | (blocking(s) ? 0 : Libc.O_NONBLOCK);
        }
        if (cmd == Libc.F_SETFL) {
            flags[s] = (byte) ((arg & Libc.O_NONBLOCK) != 0 ? flags[s] | NONBLOCK : flags[s] & ~NONBLOCK);
            return 0;
        }
        return -Libc.EINVAL;
    }

    int getsockname(int fd, int[] out) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (out == null || out.length < 2) {
            return -Libc.EFAULT;
        }
        TcpSocket t = tcp(s);
        int port = t.state() == State.CLOSED ? boundPorts[s] : t.localPort();
        out[0] = port == 0 ? Libc.INADDR_ANY : iface.address();
        out[1] = port;
        return 0;
    }

    int getpeername(int fd, int[] out) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (out == null || out.length < 2) {
            return -Libc.EFAULT;
        }
        State st = tcp(s).state();
        if (st == State.CLOSED || st == State.LISTEN || st == State.SYN_SENT) {
            return -Libc.ENOTCONN;
        }
        out[0] = tcp(s).remoteIp();
        out[1] = tcp(s).remotePort();
        return 0;
    }

    /** poll(2) readiness of one socket descriptor: the stack's bits, POLLIN after SHUT_RD, or POLLNVAL. */
    int readiness(int fd) {
        int s = slot(fd);
        if (s < 0) {
            return Libc.POLLNVAL;
        }
        int r = set.readiness(handles[s]);
        return (flags[s] & READ_SHUT) != 0 ? r | Libc.POLLIN : r;
    }

    /** poll(2) readiness of a console descriptor: 1 and 2 are always writable; 0 has no input, ever. */
    static int consoleReadiness(int fd) {
        return fd == 1 || fd == 2 ? Libc.POLLOUT : 0;
    }

    /**
     * Polls the stack until one of {@code fds} is ready for what {@code events} asks (POLLERR and
     * POLLHUP always count) or {@code timeoutMillis} passes ({@code < 0}: never). Descriptors below
     * 0 are skipped, as poll(2) does.
     */
    int poll(int[] fds, short[] events, short[] revents, int nfds, int timeoutMillis) {
        if (nfds < 0
                || fds == null
                || events == null
                || revents == null
                || fds.length < nfds
                || events.length < nfds
                || revents.length < nfds) {
            return -Libc.EFAULT;
        }
        pump();
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : machine.nanos() + timeoutMillis * 1_000_000L;
        for (; ; ) {
            int ready = 0;
            for (int i = 0; i < nfds; i++) {
                int fd = fds[i];
                int r = fd < FIRST_FD ? consoleReadiness(fd) : readiness(fd);
                r &= events[i] | Libc.POLLERR | Libc.POLLHUP | Libc.POLLNVAL;
                revents[i] = (short) r;
                if (r != 0) {
                    ready++;
                }
            }
            if (ready > 0 || machine.nanos() >= deadline) {
                return ready;
            }
            waitRound(deadline);
        }
    }
}
