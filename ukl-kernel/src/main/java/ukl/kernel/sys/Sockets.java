package ukl.kernel.sys;

import ukl.kernel.abi.Errno;
import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.socket.SocketSet;
import ukl.kernel.net.socket.TcpListener;
import ukl.kernel.net.socket.TcpSocket;
import ukl.kernel.net.socket.TcpSocket.State;
import ukl.kernel.net.socket.UdpSocket;
import ukl.libc.Libc;

/**
 * The socket system calls over one interface: a table of file descriptors (3 up; 0–2 are the
 * console) mapped to {@link SocketSet} handles, per-descriptor {@link SocketOptions}, and POSIX blocking on top
 * of the non-blocking stack. Every blocking call waits in {@link Waiter#await}, for the readiness
 * poll(2) would report. A send transmits its connection's due segments before it returns
 * ({@link Waiter#transmit}), so the data leaves in the call itself. Nothing here allocates after construction.
 *
 * <p>The descriptor is separate from the handle because a closed TCP connection keeps its handle
 * through FIN and TIME-WAIT (RFC 9293 §3.6) while POSIX frees the descriptor at once.
 */
final class Sockets {
    static final int FIRST_FD = 3;
    private static final int FREE = -1;
    // Per-descriptor flags.
    private static final int NONBLOCK = 1;
    private static final int READ_SHUT = 2;
    private static final int WRITE_SHUT = 4;
    /** Linux's default {@code somaxconn} caps the backlog. */
    private static final int MAX_BACKLOG = 4096;

    private final Interface iface;
    private final SocketSet set;
    private final Waiter waiter;
    private final int[] handles;
    private final int[] flags;
    private final int[] boundPorts;
    private final SocketOptions options;

    Sockets(Interface iface, SocketSet set, Machine machine) {
        this.iface = iface;
        this.set = set;
        this.waiter = new Waiter(machine, iface, this);
        this.handles = new int[set.capacity()];
        this.flags = new int[set.capacity()];
        this.boundPorts = new int[set.capacity()];
        this.options = new SocketOptions(set.capacity());
        for (int i = 0; i < handles.length; i++) {
            handles[i] = FREE;
        }
    }

    boolean outputPending() {
        return set.outputPending();
    }

    Waiter waiter() {
        return waiter;
    }

    /** The table index of an open socket descriptor, or -errno. */
    private int slot(int fd) {
        if (fd >= 0 && fd < FIRST_FD) {
            return -Errno.ENOTSOCK;
        }
        int i = fd - FIRST_FD;
        return i >= 0 && i < handles.length && handles[i] != FREE ? i : -Errno.EBADF;
    }

    /** The TCP connection behind a slot, or {@code null} for a listener or a UDP socket. */
    private TcpSocket tcp(int slot) {
        return set.tcp(handles[slot]);
    }

    private TcpListener listener(int slot) {
        return set.listener(handles[slot]);
    }

    private UdpSocket udp(int slot) {
        return set.udp(handles[slot]);
    }

    private boolean blocking(int slot, int callFlags) {
        return (flags[slot] & NONBLOCK) == 0 && (callFlags & Libc.MSG_DONTWAIT) == 0;
    }

    /** When a receive or accept on {@code slot} gives up: its SO_RCVTIMEO from now, or never. */
    private long receiveDeadline(int slot) {
        int millis = options.receiveTimeoutMillis(slot);
        return waiter.deadline(millis, millis == 0);
    }

    /** What {@link #retry} answers when the call should try again. */
    private static final int AGAIN = 1;

    /**
     * After a call on {@code slot} found nothing to do at attempt {@code round}: {@link #AGAIN} to
     * try again, 0 to give up with the call's {@code -EAGAIN} (non-blocking, or the deadline
     * passed), or {@code -EINTR} when another thread interrupted the caller while it waited. The
     * first retry only runs the stack, which may hold what the call needs without having looked
     * (so a non-blocking caller that never calls poll still makes progress); later ones wait in
     * {@link Waiter#awaitOne} for {@code events}, for blocking calls only.
     */
    private int retry(int round, int slot, boolean wait, int events, long deadline) {
        if (round == 0) {
            waiter.pump();
            return AGAIN;
        }
        if (!wait) {
            return 0;
        }
        int r = waiter.awaitOne(FIRST_FD + slot, events, deadline);
        return r == Waiter.READY ? AGAIN : r;
    }

    /** The lowest free descriptor, now naming {@code handle}; the table is as large as the stack's, so one is free. */
    private int newDescriptor(int handle, int initialFlags) {
        for (int i = 0; i < handles.length; i++) {
            if (handles[i] == FREE) {
                handles[i] = handle;
                flags[i] = initialFlags;
                boundPorts[i] = 0;
                options.reset(i);
                return FIRST_FD + i;
            }
        }
        throw new IllegalStateException("no free descriptor for socket handle " + handle
                + ", but the table has one per handle: a descriptor was not freed on close");
    }

    int socket(int domain, int type, int protocol) {
        if (domain != Libc.AF_INET) {
            return -Errno.EAFNOSUPPORT;
        }
        int kind = type & ~Libc.SOCK_NONBLOCK;
        int h;
        if (kind == Libc.SOCK_STREAM && (protocol == 0 || protocol == Libc.IPPROTO_TCP)) {
            h = set.tcpOpen();
        } else if (kind == Libc.SOCK_DGRAM && (protocol == 0 || protocol == Libc.IPPROTO_UDP)) {
            h = set.udpOpen();
        } else {
            return -Errno.EPROTONOSUPPORT;
        }
        return h < 0 ? h : newDescriptor(h, (type & Libc.SOCK_NONBLOCK) != 0 ? NONBLOCK : 0);
    }

    /**
     * A UDP socket takes its port at once (0: one from the dynamic range). A TCP socket records
     * the port for {@link #listen} (0: one from the dynamic range); binding before connect is not
     * supported, as the stack picks a client's port itself.
     */
    int bind(int fd, int ipv4, int port) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (ipv4 != Libc.INADDR_ANY && ipv4 != iface.address() && ipv4 != Libc.INADDR_LOOPBACK) {
            return -Errno.EADDRNOTAVAIL;
        }
        if (port < 0 || port > 0xffff) {
            return -Errno.EINVAL;
        }
        UdpSocket u = udp(s);
        if (u != null) {
            return u.bind(port);
        }
        if (boundPorts[s] != 0 || tcp(s) == null || tcp(s).state() != State.CLOSED) {
            return -Errno.EINVAL;
        }
        if (port == 0) {
            port = set.freeTcpPort();
            if (port < 0) {
                return -Errno.EADDRINUSE;
            }
        }
        for (int i = 0; i < handles.length; i++) {
            if (handles[i] != FREE && boundPorts[i] == port) {
                return -Errno.EADDRINUSE;
            }
        }
        if (set.tcpPortInUse(port)) {
            return -Errno.EADDRINUSE;
        }
        boundPorts[s] = port;
        return 0;
    }

    int listen(int fd, int backlog) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (listener(s) != null) {
            return 0;
        }
        if (udp(s) != null) {
            return -Errno.EOPNOTSUPP;
        }
        if (boundPorts[s] == 0) {
            return -Errno.EINVAL; // no automatic port: bind first
        }
        return set.listen(handles[s], boundPorts[s], Math.max(1, Math.min(backlog, MAX_BACKLOG)));
    }

    int accept(int fd, int[] peer) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (listener(s) == null) {
            return udp(s) != null ? -Errno.EOPNOTSUPP : -Errno.EINVAL;
        }
        if (peer != null && peer.length < 2) {
            return -Errno.EFAULT;
        }
        long deadline = receiveDeadline(s);
        for (int round = 0; ; round++) {
            int h = set.accept(handles[s]);
            if (h >= 0) {
                TcpSocket c = set.tcp(h);
                if (peer != null) {
                    peer[0] = c.remoteIp();
                    peer[1] = c.remotePort();
                }
                return newDescriptor(h, 0); // POSIX: O_NONBLOCK is not inherited
            }
            int again = h == -Errno.EAGAIN ? retry(round, s, blocking(s, 0), Libc.POLLIN, deadline) : 0;
            if (again != AGAIN) {
                return again < 0 ? again : h;
            }
        }
    }

    /**
     * Active open. A non-blocking socket returns {@code -EINPROGRESS}; poll for POLLOUT, then call
     * connect again ({@code -EISCONN} once established, or the failure, as Linux) or read
     * SO_ERROR. A UDP socket only records its default peer.
     */
    int connect(int fd, int ipv4, int port) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        UdpSocket u = udp(s);
        if (u != null) {
            return u.connect(ipv4, port);
        }
        TcpSocket t = tcp(s);
        if (t == null) {
            return -Errno.EINVAL; // a listener
        }
        switch (t.state()) {
            case SYN_SENT -> {
                return blocking(s, 0) ? awaitConnected(s, t) : -Errno.EALREADY;
            }
            case CLOSED -> {
                if (t.error() != 0) {
                    return -t.error();
                }
            }
            default -> {
                return -Errno.EISCONN;
            }
        }
        if (boundPorts[s] != 0) {
            return -Errno.EOPNOTSUPP; // the stack picks the local port of an active open
        }
        int r = t.connect(ipv4, port, waiter.nanos());
        if (r < 0) {
            return r;
        }
        waiter.pump(); // the SYN (or the ARP request it waits for) leaves now
        return blocking(s, 0) ? awaitConnected(s, t) : -Errno.EINPROGRESS;
    }

    /** Until the handshake ends; {@code -EINTR} if the caller is interrupted first (a later connect waits on). */
    private int awaitConnected(int s, TcpSocket t) {
        while (t.state() == State.SYN_SENT || t.state() == State.SYN_RECEIVED) {
            if (waiter.awaitOne(FIRST_FD + s, Libc.POLLOUT, Long.MAX_VALUE) < 0) {
                return -Errno.EINTR;
            }
        }
        return t.state() == State.CLOSED ? -t.error() : 0;
    }

    long recv(int fd, byte[] b, int off, int len, int callFlags) {
        return recvfrom(fd, b, off, len, callFlags, null);
    }

    /**
     * recv(2) where the caller knows {@code fd} is a TCP connection ({@code Libc.tcp_recv}): the
     * connection straight from the descriptor, one receive, and no deadline unless it must wait.
     * Every case recv(2) treats apart (a bad range or flag, a read side shut down, a descriptor
     * that is no connection, nothing to read yet) goes on in {@link #recvfrom}, so the result is
     * recv(2)'s either way.
     */
    long tcpRecv(int fd, byte[] b, int off, int len, int callFlags) {
        TcpSocket t = (callFlags & ~Libc.MSG_DONTWAIT) == 0 ? connection(fd, b, off, len) : null;
        if (t != null && (flags[fd - FIRST_FD] & READ_SHUT) == 0) {
            int r = t.recv(b, off, len);
            if (r != -Errno.EAGAIN) {
                return r;
            }
        }
        return recvfrom(fd, b, off, len, callFlags, null);
    }

    /** The TCP connection of descriptor {@code fd} when {@code b[off, off + len)} is a valid range, else null. */
    private TcpSocket connection(int fd, byte[] b, int off, int len) {
        int s = fd - FIRST_FD;
        if (s < 0 || s >= handles.length || handles[s] == FREE) {
            return null;
        }
        return b != null && off >= 0 && len >= 0 && off <= b.length - len ? tcp(s) : null;
    }

    /**
     * send(2) where the caller knows {@code fd} is a TCP connection ({@code Libc.tcp_send}): the
     * connection straight from the descriptor, without {@link #send}'s check for a UDP socket.
     * Anything else (a bad range or flag, a descriptor that is no connection) goes to {@link #send}.
     */
    long tcpSend(int fd, byte[] b, int off, int len, int callFlags) {
        TcpSocket t = (callFlags & ~(Libc.MSG_DONTWAIT | Libc.MSG_NOSIGNAL)) == 0 ? connection(fd, b, off, len) : null;
        if (t != null) {
            return sendTcp(fd - FIRST_FD, t, b, off, len, callFlags);
        }
        return send(fd, b, off, len, callFlags);
    }

    /** A datagram longer than {@code len} is truncated to it, and the rest is lost (udp(7)). */
    long recvfrom(int fd, byte[] b, int off, int len, int callFlags, int[] from) {
        if (b == null || off < 0 || len < 0 || off > b.length - len || (from != null && from.length < 2)) {
            return -Errno.EFAULT;
        }
        if ((callFlags & ~Libc.MSG_DONTWAIT) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if ((flags[s] & READ_SHUT) != 0) {
            return 0;
        }
        TcpSocket t = tcp(s);
        UdpSocket u = udp(s);
        if (t == null && u == null) {
            return -Errno.ENOTCONN; // a listener
        }
        boolean wait = blocking(s, callFlags);
        long deadline = receiveDeadline(s);
        for (int round = 0; ; round++) {
            int r;
            if (t != null) {
                r = t.recv(b, off, len);
            } else {
                r = u.recvFrom(b, off, len);
                if (r >= 0) {
                    r = Math.min(r, len);
                    if (from != null) {
                        from[0] = u.lastSrcIp();
                        from[1] = u.lastSrcPort();
                    }
                }
            }
            int again = r == -Errno.EAGAIN ? retry(round, s, wait, Libc.POLLIN, deadline) : 0;
            if (again != AGAIN) {
                return again < 0 ? again : r;
            }
        }
    }

    /** Queues all {@code len} bytes (a blocking socket waits for room); a failure after some bytes returns their count. */
    long send(int fd, byte[] b, int off, int len, int callFlags) {
        int s = slot(fd);
        if (s >= 0 && udp(s) != null) {
            UdpSocket u = udp(s);
            return u.remotePort() == 0
                    ? -Errno.EDESTADDRREQ
                    : sendto(fd, b, off, len, callFlags, u.remoteIp(), u.remotePort());
        }
        if (b == null || off < 0 || len < 0 || off > b.length - len) {
            return -Errno.EFAULT;
        }
        if ((callFlags & ~(Libc.MSG_DONTWAIT | Libc.MSG_NOSIGNAL)) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        if (s < 0) {
            return s;
        }
        TcpSocket t = tcp(s);
        if (t == null) {
            return -Errno.EPIPE; // a listener
        }
        return sendTcp(s, t, b, off, len, callFlags);
    }

    /** {@link #send} on the connection {@code t} of {@code slot}, the arguments checked. */
    private long sendTcp(int s, TcpSocket t, byte[] b, int off, int len, int callFlags) {
        boolean wait = blocking(s, callFlags);
        int done = 0;
        for (int round = 0; ; round++) {
            int r = t.send(b, off + done, len - done);
            if (r > 0) {
                done += r;
                // it leaves in this call (no Nagle: RFC 1122 §4.2.3.4 allows turning it off)
                waiter.transmit(set, handles[s]);
                if (done == len) {
                    return done;
                }
            } else {
                int again = r == -Errno.EAGAIN ? retry(round, s, wait, Libc.POLLOUT, Long.MAX_VALUE) : 0;
                if (again != AGAIN) {
                    return done > 0
                            ? done
                            : again < 0 ? again : r; // send(2): an interrupt after some bytes returns their count
                }
            }
        }
    }

    /** One datagram to {@code ipv4:port}; on a TCP socket the address is ignored, as Linux does. */
    long sendto(int fd, byte[] b, int off, int len, int callFlags, int ipv4, int port) {
        if (b == null || off < 0 || len < 0 || off > b.length - len) {
            return -Errno.EFAULT;
        }
        if ((callFlags & ~(Libc.MSG_DONTWAIT | Libc.MSG_NOSIGNAL)) != 0) {
            return -Errno.EOPNOTSUPP;
        }
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        UdpSocket u = udp(s);
        if (u == null) {
            return send(fd, b, off, len, callFlags);
        }
        if ((flags[s] & WRITE_SHUT) != 0) {
            return -Errno.EPIPE;
        }
        if (ipv4 == Libc.INADDR_BROADCAST && !options.broadcast(s)) {
            return -Errno.EACCES; // udp(7): broadcasting needs SO_BROADCAST
        }
        boolean wait = blocking(s, callFlags);
        for (int round = 0; ; round++) {
            int r = u.sendTo(b, off, len, ipv4, port);
            if (r >= 0) {
                waiter.pump(); // the datagram leaves in this call once ARP has resolved its next hop
                return r;
            }
            int again = r == -Errno.EAGAIN ? retry(round, s, wait, Libc.POLLOUT, Long.MAX_VALUE) : 0;
            if (again != AGAIN) {
                return again < 0 ? again : r;
            }
        }
    }

    /**
     * Closes the descriptor; a TCP connection still ends gracefully (FIN) in the stack, or with a
     * reset when SO_LINGER is on with 0 seconds (socket(7)). A longer linger does not make close
     * wait: the connection ends in the background either way.
     */
    int close(int fd) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        int r = options.abortOnClose(s) ? set.abort(handles[s]) : set.close(handles[s]);
        handles[s] = FREE;
        waiter.pump(); // the FIN, or the resets of unaccepted connections, leave now
        return r;
    }

    boolean isListening(int fd) {
        int s = slot(fd);
        return s >= 0 && listener(s) != null;
    }

    /**
     * SHUT_RD: later reads return 0 (end of file) at once, as on Linux; SHUT_WR: a TCP FIN follows
     * the queued data, and later writes are {@code -EPIPE}.
     */
    int shutdown(int fd, int how) {
        if (how != Libc.SHUT_RD && how != Libc.SHUT_WR && how != Libc.SHUT_RDWR) {
            return -Errno.EINVAL;
        }
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        TcpSocket t = tcp(s);
        UdpSocket u = udp(s);
        if (t != null ? !t.isConnected() : u == null || u.remotePort() == 0) {
            return -Errno.ENOTCONN;
        }
        if (how != Libc.SHUT_WR) {
            flags[s] |= READ_SHUT;
        }
        if (how != Libc.SHUT_RD) {
            flags[s] |= WRITE_SHUT;
            if (t != null) {
                t.shutdownWrite();
                waiter.pump();
            }
        }
        return 0;
    }

    /** Options kept per descriptor ({@link SocketOptions}, which says what takes effect). */
    int setsockopt(int fd, int level, int name, int value) {
        int s = slot(fd);
        return s < 0 ? s : options.set(s, udp(s) != null, level, name, value);
    }

    /** Options kept per descriptor, and SO_ERROR, SO_RCVBUF, SO_SNDBUF from the stack. */
    int getsockopt(int fd, int level, int name) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (level == Libc.SOL_SOCKET) {
            switch (name) {
                case Libc.SO_ERROR -> {
                    return tcp(s) == null ? 0 : tcp(s).error();
                }
                case Libc.SO_RCVBUF -> {
                    return set.receiveBufferSize(handles[s]);
                }
                case Libc.SO_SNDBUF -> {
                    return set.sendBufferSize(handles[s]);
                }
                default -> {}
            }
        }
        return options.get(s, udp(s) != null, level, name);
    }

    int fcntl(int fd, int cmd, int arg) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (cmd == Libc.F_GETFL) {
            return Libc.O_RDWR | ((flags[s] & NONBLOCK) != 0 ? Libc.O_NONBLOCK : 0);
        }
        if (cmd == Libc.F_SETFL) {
            flags[s] = (arg & Libc.O_NONBLOCK) != 0 ? flags[s] | NONBLOCK : flags[s] & ~NONBLOCK;
            return 0;
        }
        return -Errno.EINVAL;
    }

    /**
     * {@code ioctl(FIONREAD)}: bytes a read would return now (TCP), or the next datagram's length
     * (UDP). It runs the stack once first, as a non-blocking read does ({@link #retry}), so that
     * what has arrived is counted.
     */
    int unread(int fd) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        waiter.pump();
        UdpSocket u = udp(s);
        if (u != null) {
            return u.nextDatagramLength();
        }
        TcpSocket t = tcp(s);
        return t == null ? -Errno.EINVAL : t.available();
    }

    int getsockname(int fd, int[] out) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (out == null || out.length < 2) {
            return -Errno.EFAULT;
        }
        UdpSocket u = udp(s);
        if (u != null) {
            out[0] = Libc.INADDR_ANY;
            out[1] = u.localPort();
            return 0;
        }
        TcpSocket t = tcp(s);
        if (t == null || t.state() == State.CLOSED) {
            int port = t == null ? listener(s).localPort() : boundPorts[s];
            out[0] = port == 0 ? Libc.INADDR_ANY : iface.address();
            out[1] = port;
        } else {
            out[0] = t.localIp();
            out[1] = t.localPort();
        }
        return 0;
    }

    int getpeername(int fd, int[] out) {
        int s = slot(fd);
        if (s < 0) {
            return s;
        }
        if (out == null || out.length < 2) {
            return -Errno.EFAULT;
        }
        UdpSocket u = udp(s);
        TcpSocket t = tcp(s);
        if (u != null ? u.remotePort() == 0 : t == null || !t.isConnected()) {
            return -Errno.ENOTCONN;
        }
        out[0] = u != null ? u.remoteIp() : t.remoteIp();
        out[1] = u != null ? u.remotePort() : t.remotePort();
        return 0;
    }

    /** poll(2) readiness of one socket descriptor: the stack's bits, POLLIN after SHUT_RD, or POLLNVAL. */
    int readiness(int fd) {
        int s = fd - FIRST_FD; // slot()'s test, without its errno: a poll asks this for every descriptor each round
        if (s < 0 || s >= handles.length || handles[s] == FREE) {
            return Libc.POLLNVAL;
        }
        int r = set.readiness(handles[s]);
        return (flags[s] & READ_SHUT) != 0 ? r | Libc.POLLIN : r;
    }
}
