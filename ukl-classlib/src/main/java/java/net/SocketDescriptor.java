package java.net;

import java.io.IOException;
import ukl.libc.Libc;

/**
 * One socket's descriptor and the system calls on it, through {@code ukl.libc.Libc} (contracts §1),
 * shared by {@code java.net} and {@code java.nio.channels}. Not JDK API: public only so that the two
 * packages share it, as {@code java.lang.RuntimeSupport} is public for translated code.
 *
 * <p>{@link #error} is the one place that turns Libc's {@code -errno} results into the exceptions
 * and messages the JDK gives on Linux. Blocking calls with a timeout wait in {@code poll(2)} first,
 * as the JDK's {@code NioSocketImpl} does, so the descriptor itself stays blocking.
 *
 * <p><b>Interrupts.</b> The kernel ends a blocked call of an interrupted thread with
 * {@code -EINTR} ({@link #interrupted}). What follows is the JDK 25's behaviour, checked on this
 * machine: a channel's descriptor has been closed by then (the channel's interruptor, in the
 * interrupting thread), so the call throws and the channel's {@code end} turns that into
 * {@code ClosedByInterruptException}. A {@code java.net} socket's ({@link #forNetSocket}) closes
 * on a virtual thread, which then gets {@code SocketException("Closed by interrupt")}, also when
 * its status was set before a call that would block; on a platform thread the call waits on, as
 * the JDK's {@code Net.poll} ignores the interrupt status. A closed descriptor is never passed to
 * the kernel again: its number may already name another socket.
 */
public final class SocketDescriptor {
    /** What {@link #read}, {@link #write}, {@link #accept} and datagram calls return when a non-blocking call would block. */
    public static final int UNAVAILABLE = -2;

    private final int fd;
    private final boolean stream;
    private boolean closed;
    /** The java.net socket this descriptor belongs to, closed by an interrupt on a virtual thread; null for a channel's. */
    private java.io.Closeable netSocket;

    private SocketDescriptor(int fd, boolean stream) {
        this.fd = fd;
        this.stream = stream;
    }

    /** A new TCP ({@code stream}) or UDP socket. */
    public static SocketDescriptor open(boolean stream) throws IOException {
        int r = stream ? Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0) : Libc.socket(Libc.AF_INET, Libc.SOCK_DGRAM, 0);
        if (r < 0) {
            throw error(r);
        }
        return new SocketDescriptor(r, stream);
    }

    public int fd() {
        return fd;
    }

    /** Makes this a java.net socket's descriptor: an interrupt on a virtual thread closes {@code owner}. */
    public SocketDescriptor forNetSocket(java.io.Closeable owner) {
        netSocket = owner;
        return this;
    }

    /** A closed descriptor is not handed to the kernel again (the "Socket closed" of {@code EBADF}). */
    private void ensureOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
    }

    /**
     * After a blocking call returned {@code -EINTR}: the thread was interrupted while it waited.
     * Throws when that ends the call, else returns and the caller calls again.
     */
    private void interrupted() throws IOException {
        ensureOpen();
        if (netSocket != null && Thread.currentThread().isVirtual()) {
            closeByInterrupt();
        }
    }

    /**
     * Before a java.net socket's call that may wait for {@code events}: on a virtual thread whose
     * status is set, a call that would wait closes the socket instead (JDK NioSocketImpl.park).
     */
    private void beforeBlocking(short events) throws IOException {
        Thread t = Thread.currentThread();
        if (t.isVirtual() && t.isInterrupted() && !await(events, 0)) {
            closeByInterrupt();
        }
    }

    private void closeByInterrupt() throws IOException {
        netSocket.close();
        close();
        throw new SocketException("Closed by interrupt");
    }

    /** Closes the descriptor once; later calls do nothing. */
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            int r = Libc.close(fd);
            if (r < 0 && r != -Libc.EINTR) {
                throw error(r);
            }
        }
    }

    /**
     * The JDK's exception for {@code -errno} {@code r} (its {@code sun/nio/ch/Net.c}: connect failures are
     * ConnectException or NoRouteToHostException, address failures BindException, the rest
     * SocketException with strerror(3)'s text; a reset reads as "Connection reset", as
     * NioSocketImpl says it).
     */
    public static IOException error(long r) {
        int errno = (int) -r;
        switch (errno) {
            case Libc.ECONNREFUSED:
                return new ConnectException("Connection refused");
            case Libc.ETIMEDOUT:
                return new ConnectException("Connection timed out");
            case Libc.EHOSTUNREACH:
                return new NoRouteToHostException("No route to host");
            case Libc.EADDRINUSE:
                return new BindException("Address already in use");
            case Libc.EADDRNOTAVAIL:
                return new BindException("Cannot assign requested address");
            case Libc.EACCES:
                return new BindException("Permission denied");
            case Libc.ECONNRESET:
                return new SocketException("Connection reset");
            case Libc.EBADF:
                return new SocketException("Socket closed");
            default:
                return new SocketException(strerror(errno));
        }
    }

    /** glibc's strerror(3) text for the errnos Libc can return. */
    private static String strerror(int errno) {
        switch (errno) {
            case Libc.EPERM:
                return "Operation not permitted";
            case Libc.EINTR:
                return "Interrupted system call";
            case Libc.EIO:
                return "Input/output error";
            case Libc.EAGAIN:
                return "Resource temporarily unavailable";
            case Libc.ENOMEM:
                return "Cannot allocate memory";
            case Libc.EFAULT:
                return "Bad address";
            case Libc.EINVAL:
                return "Invalid argument";
            case Libc.EMFILE:
                return "Too many open files";
            case Libc.EPIPE:
                return "Broken pipe";
            case Libc.ENOSYS:
                return "Function not implemented";
            case Libc.ENOTSOCK:
                return "Socket operation on non-socket";
            case Libc.EDESTADDRREQ:
                return "Destination address required";
            case Libc.EMSGSIZE:
                return "Message too long";
            case Libc.ENOPROTOOPT:
                return "Protocol not available";
            case Libc.EPROTONOSUPPORT:
                return "Protocol not supported";
            case Libc.EOPNOTSUPP:
                return "Operation not supported";
            case Libc.EAFNOSUPPORT:
                return "Address family not supported by protocol";
            case Libc.ENETDOWN:
                return "Network is down";
            case Libc.ECONNABORTED:
                return "Software caused connection abort";
            case Libc.ENOBUFS:
                return "No buffer space available";
            case Libc.EISCONN:
                return "Transport endpoint is already connected";
            case Libc.ENOTCONN:
                return "Transport endpoint is not connected";
            case Libc.ESHUTDOWN:
                return "Cannot send after transport endpoint shutdown";
            case Libc.EALREADY:
                return "Operation already in progress";
            case Libc.EINPROGRESS:
                return "Operation now in progress";
            default:
                return "Unknown error " + errno;
        }
    }

    /** The address as an {@link InetAddress}: 0.0.0.0 carries its literal as name, as the JDK's wildcard does. */
    public static InetAddress address(int ipv4) {
        return new Inet4Address(ipv4 == 0 ? "0.0.0.0" : null, ipv4);
    }

    /** The IPv4 address of {@code a} in network order. */
    public static int ipv4(InetAddress a) {
        return a.address;
    }

    public void bind(InetSocketAddress local) throws IOException {
        check(Libc.bind(fd, local.getAddress().address, local.getPort()));
    }

    public void listen(int backlog) throws IOException {
        check(Libc.listen(fd, backlog));
    }

    /** The local address, or null before the socket is bound (port 0). */
    public InetSocketAddress localAddress() throws IOException {
        int[] out = new int[2];
        check(Libc.getsockname(fd, out));
        return out[1] == 0 ? null : new InetSocketAddress(address(out[0]), out[1]);
    }

    /** True when connected, false when a non-blocking connect is under way ({@link #finishConnect}). */
    public boolean connect(InetSocketAddress remote) throws IOException {
        int r;
        boolean again = false;
        while (true) {
            ensureOpen();
            r = Libc.connect(fd, remote.getAddress().address, remote.getPort());
            if (r != -Libc.EINTR) {
                break;
            }
            interrupted();
            again = true; // the handshake went on; the next connect waits for it
        }
        if (r == -Libc.EINPROGRESS) {
            return false;
        }
        if (r == -Libc.EISCONN && again) {
            return true; // it completed while this thread ran
        }
        check(r);
        return true;
    }

    /** The outcome of a connect that returned false, once the socket polls writable: {@code SO_ERROR}. */
    public void finishConnect() throws IOException {
        int err = Libc.getsockopt(fd, Libc.SOL_SOCKET, Libc.SO_ERROR);
        if (err < 0) {
            throw error(err);
        }
        if (err > 0) {
            throw error(-err);
        }
    }

    /**
     * A blocking connect that gives up after {@code millis}: non-blocking connect, poll for writable,
     * then {@code SO_ERROR} (what the JDK's NioSocketImpl does).
     */
    public void connect(InetSocketAddress remote, int millis) throws IOException {
        setBlocking(false);
        try {
            if (!connect(remote)) {
                if (!await(Libc.POLLOUT, millis)) {
                    throw new SocketTimeoutException("Connect timed out");
                }
                finishConnect();
            }
        } finally {
            if (!closed) {
                setBlocking(true);
            }
        }
    }

    /** The accepted connection with its peer in {@code peer[0..1]}, or null when a non-blocking accept would block. */
    public SocketDescriptor accept(int[] peer) throws IOException {
        if (netSocket != null) {
            beforeBlocking(Libc.POLLIN);
        }
        int r;
        while (true) {
            ensureOpen();
            r = Libc.accept(fd, peer);
            if (r == -Libc.EINTR) {
                interrupted();
            } else if (r != -Libc.ECONNABORTED) {
                break;
            }
        }
        if (r == -Libc.EAGAIN) {
            return null;
        }
        check(r);
        return new SocketDescriptor(r, true);
    }

    /** Bytes a read would return without waiting ({@code FIONREAD}). */
    public int available() throws IOException {
        int n = Libc.ioctl(fd, Libc.FIONREAD);
        check(n);
        return n;
    }

    /** Bytes read, -1 at end of stream, or {@link #UNAVAILABLE}. */
    public int read(byte[] b, int off, int len) throws IOException {
        if (netSocket != null) {
            beforeBlocking(Libc.POLLIN);
        }
        long n;
        while (true) {
            ensureOpen();
            // a TCP socket's receive goes to the kernel's TCP connection directly (Libc.tcp_recv)
            n = stream ? Libc.tcp_recv(fd, b, off, len, 0) : Libc.read(fd, b, off, len);
            if (n != -Libc.EINTR) {
                break;
            }
            interrupted();
        }
        if (n == -Libc.EAGAIN) {
            return UNAVAILABLE;
        }
        check(n);
        return n == 0 && len > 0 && stream ? -1 : (int) n;
    }

    /** Bytes written (possibly fewer than {@code len}), or {@link #UNAVAILABLE}; never SIGPIPE (MSG_NOSIGNAL). */
    public int write(byte[] b, int off, int len) throws IOException {
        // a java.net socket's virtual thread waits for room in await, which an interrupt status ends (beforeBlocking)
        int flags = netSocket != null && Thread.currentThread().isVirtual()
                ? Libc.MSG_NOSIGNAL | Libc.MSG_DONTWAIT
                : Libc.MSG_NOSIGNAL;
        long n;
        while (true) {
            ensureOpen();
            n = stream ? Libc.tcp_send(fd, b, off, len, flags) : Libc.send(fd, b, off, len, flags);
            if (n != -Libc.EINTR) {
                break;
            }
            interrupted();
        }
        if (n == -Libc.EAGAIN) {
            return UNAVAILABLE;
        }
        check(n);
        return (int) n;
    }

    /** Sends one datagram; the bytes sent or {@link #UNAVAILABLE}. */
    public int sendTo(byte[] b, int off, int len, InetSocketAddress to) throws IOException {
        long n;
        while (true) {
            ensureOpen();
            n = Libc.sendto(fd, b, off, len, 0, to.getAddress().address, to.getPort());
            if (n != -Libc.EINTR) {
                break;
            }
            interrupted();
        }
        if (n == -Libc.EAGAIN) {
            return UNAVAILABLE;
        }
        check(n);
        return (int) n;
    }

    /** Receives one datagram, its sender in {@code from[0..1]}; its length (truncated to {@code len}) or {@link #UNAVAILABLE}. */
    public int receiveFrom(byte[] b, int off, int len, int[] from) throws IOException {
        if (netSocket != null) {
            beforeBlocking(Libc.POLLIN);
        }
        long n;
        while (true) {
            ensureOpen();
            n = Libc.recvfrom(fd, b, off, len, 0, from);
            if (n != -Libc.EINTR) {
                break;
            }
            interrupted();
        }
        if (n == -Libc.EAGAIN) {
            return UNAVAILABLE;
        }
        check(n);
        return (int) n;
    }

    /**
     * Receives one datagram into {@code p}, up to the room it was given, and sets its length and
     * sender; false when none was waiting (non-blocking) or it came from another than {@code peer}
     * (when not null), which drops it, as connect(2) would have.
     */
    public boolean receive(DatagramPacket p, InetSocketAddress peer) throws IOException {
        int[] from = new int[2];
        int n = receiveFrom(p.getData(), p.getOffset(), p.bufLength(), from);
        if (n == UNAVAILABLE) {
            return false;
        }
        InetAddress sender = address(from[0]);
        if (peer != null && (!peer.getAddress().equals(sender) || peer.getPort() != from[1])) {
            return false;
        }
        p.received(n, sender, from[1]);
        return true;
    }

    /**
     * Waits for a datagram for {@link #receive(DatagramPacket, InetSocketAddress)} until {@code millis}
     * have passed (0: no limit), then throws SocketTimeoutException("Receive timed out") as the JDK.
     */
    public void receive(DatagramPacket p, InetSocketAddress peer, int millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            int wait = 0;
            if (millis > 0) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    throw new SocketTimeoutException("Receive timed out");
                }
                wait = (int) left;
            }
            awaitInput(wait, "Receive timed out");
            if (receive(p, peer)) {
                return;
            }
        }
    }

    /**
     * Waits up to {@code millis} (&lt; 0: for ever) until one of {@code events} or an error or hang-up is
     * pending; false on timeout. An interrupted poll goes on with the time that remains, unless the
     * interrupt ends the wait ({@link #interrupted}).
     */
    public boolean await(short events, int millis) throws IOException {
        if (netSocket != null && millis != 0) {
            beforeBlocking(events);
        }
        int[] fds = {fd};
        short[] ev = {events};
        short[] rev = new short[1];
        long deadline = System.nanoTime() + millis * 1_000_000L;
        int wait = millis;
        while (true) {
            ensureOpen();
            int r = Libc.poll(fds, ev, rev, 1, wait);
            if (r > 0) {
                return true;
            }
            if (r == 0) {
                return false;
            }
            if (r != -Libc.EINTR) {
                throw error(r);
            }
            interrupted();
            if (millis >= 0) {
                wait = (int) Math.max(0, (deadline - System.nanoTime()) / 1_000_000L);
            }
        }
    }

    /** Waits for input up to {@code millis} if positive (0: no limit), else throws SocketTimeoutException with {@code message}. */
    public void awaitInput(int millis, String message) throws IOException {
        if (millis > 0 && !await(Libc.POLLIN, millis)) {
            throw new SocketTimeoutException(message);
        }
    }

    /** {@code fcntl(F_SETFL)} with or without {@code O_NONBLOCK}. */
    public void setBlocking(boolean blocking) throws IOException {
        int flags = Libc.fcntl(fd, Libc.F_GETFL, 0);
        check(flags);
        check(Libc.fcntl(fd, Libc.F_SETFL, blocking ? flags & ~Libc.O_NONBLOCK : flags | Libc.O_NONBLOCK));
    }

    public void shutdown(int how) throws IOException {
        int r = Libc.shutdown(fd, how);
        if (r != -Libc.ENOTCONN) {
            check(r);
        }
    }

    /** Sets a {@link StandardSocketOptions} option; unknown options as the JDK: UnsupportedOperationException. */
    public void setOption(SocketOption<?> name, Object value) throws IOException {
        if (name == null) {
            throw new NullPointerException();
        }
        if (value == null || !name.type().isInstance(value)) {
            throw new IllegalArgumentException("Invalid value '" + value + "'");
        }
        int v;
        if (value instanceof Boolean b) {
            v = b ? 1 : 0;
        } else {
            v = (Integer) value;
            if ((name == StandardSocketOptions.SO_SNDBUF || name == StandardSocketOptions.SO_RCVBUF) && v < 0) {
                throw new IllegalArgumentException("Invalid send/receive buffer size");
            }
            if (name == StandardSocketOptions.SO_LINGER && v > 0xffff) {
                v = 0xffff;
            }
        }
        check(Libc.setsockopt(fd, level(name), optionName(name), v));
    }

    /** The value of a {@link StandardSocketOptions} option: a Boolean, or an Integer (SO_LINGER -1 when off). */
    public Object getOption(SocketOption<?> name) throws IOException {
        if (name == null) {
            throw new NullPointerException();
        }
        int v = Libc.getsockopt(fd, level(name), optionName(name));
        check(v);
        if (name.type() == Boolean.class) {
            return v != 0;
        }
        return name == StandardSocketOptions.SO_LINGER && v == Libc.LINGER_OFF ? -1 : v;
    }

    /** Whether {@code name} is an option this socket type has (TCP_NODELAY is for streams, SO_BROADCAST for datagrams). */
    private boolean supports(SocketOption<?> name) {
        if (name == StandardSocketOptions.TCP_NODELAY
                || name == StandardSocketOptions.SO_KEEPALIVE
                || name == StandardSocketOptions.SO_LINGER) {
            return stream;
        }
        if (name == StandardSocketOptions.SO_BROADCAST) {
            return !stream;
        }
        return name == StandardSocketOptions.SO_SNDBUF
                || name == StandardSocketOptions.SO_RCVBUF
                || name == StandardSocketOptions.SO_REUSEADDR;
    }

    private int level(SocketOption<?> name) {
        if (!supports(name)) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        return name == StandardSocketOptions.TCP_NODELAY ? Libc.IPPROTO_TCP : Libc.SOL_SOCKET;
    }

    private static int optionName(SocketOption<?> name) {
        if (name == StandardSocketOptions.TCP_NODELAY) {
            return Libc.TCP_NODELAY;
        } else if (name == StandardSocketOptions.SO_KEEPALIVE) {
            return Libc.SO_KEEPALIVE;
        } else if (name == StandardSocketOptions.SO_LINGER) {
            return Libc.SO_LINGER;
        } else if (name == StandardSocketOptions.SO_BROADCAST) {
            return Libc.SO_BROADCAST;
        } else if (name == StandardSocketOptions.SO_SNDBUF) {
            return Libc.SO_SNDBUF;
        } else if (name == StandardSocketOptions.SO_RCVBUF) {
            return Libc.SO_RCVBUF;
        }
        return Libc.SO_REUSEADDR;
    }

    private static void check(long r) throws IOException {
        if (r < 0) {
            throw error(r);
        }
    }
}
