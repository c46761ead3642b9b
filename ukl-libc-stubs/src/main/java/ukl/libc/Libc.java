package ukl.libc;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * libc functions as static methods. Each returns {@code -errno} on failure (see the package
 * documentation); the constants are Linux x86-64's values, and all are compile-time constants so
 * that an application's uses of them are folded in by javac and never reach this class in an image.
 *
 * <p>Addresses are IPv4 addresses in an {@code int}, first octet most significant (10.0.2.15 is
 * {@code 0x0a00020f}); ports are plain {@code int}s. The stubs convert to and from
 * {@code struct sockaddr_in}. A byte range {@code (buf, off, len)} outside {@code buf} is
 * {@code -EFAULT}, as in the kernel.
 */
public final class Libc {
    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EFAULT = 14;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int EPIPE = 32;
    public static final int ENOSYS = 38;
    public static final int ENOTSOCK = 88;
    public static final int EDESTADDRREQ = 89;
    public static final int EMSGSIZE = 90;
    public static final int ENOPROTOOPT = 92;
    public static final int EPROTONOSUPPORT = 93;
    public static final int EOPNOTSUPP = 95;
    public static final int EAFNOSUPPORT = 97;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETDOWN = 100;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int ENOBUFS = 105;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ESHUTDOWN = 108;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
    public static final int EHOSTUNREACH = 113;
    public static final int EALREADY = 114;
    public static final int EINPROGRESS = 115;

    public static final int CLOCK_REALTIME = 0;
    public static final int CLOCK_MONOTONIC = 1;

    // <sys/socket.h>, <netinet/in.h>, <netinet/tcp.h>
    public static final int AF_INET = 2;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    /** Or-ed into {@code socket}'s type: the new socket is non-blocking. */
    public static final int SOCK_NONBLOCK = 0x800;

    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;
    public static final int INADDR_ANY = 0;
    public static final int INADDR_LOOPBACK = 0x7f000001;
    public static final int INADDR_BROADCAST = 0xffffffff;
    public static final int SOL_SOCKET = 1;
    public static final int SO_REUSEADDR = 2;
    /** getsockopt only: the pending error (positive errno, 0 if none), e.g. a non-blocking connect's outcome. */
    public static final int SO_ERROR = 4;

    public static final int SO_BROADCAST = 6;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_KEEPALIVE = 9;
    /** Value: seconds to linger on close, negative to turn lingering off (see {@link #LINGER_OFF}). */
    public static final int SO_LINGER = 13;
    /** Value: milliseconds a blocking receive or accept waits before {@code -EAGAIN}; 0 waits for ever. */
    public static final int SO_RCVTIMEO = 20;
    /** What {@code getsockopt(SO_LINGER)} returns while lingering is off (any value ≥ 0 is a linger time). */
    public static final int LINGER_OFF = Integer.MAX_VALUE;

    public static final int TCP_NODELAY = 1;
    public static final int SHUT_RD = 0;
    public static final int SHUT_WR = 1;
    public static final int SHUT_RDWR = 2;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int MSG_NOSIGNAL = 0x4000;

    // <poll.h>
    public static final short POLLIN = 0x1;
    public static final short POLLOUT = 0x4;
    public static final short POLLERR = 0x8;
    public static final short POLLHUP = 0x10;
    public static final short POLLNVAL = 0x20;

    // <sys/ioctl.h>
    /** Bytes waiting to be read (for a UDP socket, the next datagram's length). */
    public static final int FIONREAD = 0x541b;

    // <fcntl.h>
    public static final int F_GETFL = 3;
    public static final int F_SETFL = 4;
    public static final int O_RDWR = 2;
    public static final int O_NONBLOCK = 0x800;

    private Libc() {}

    private static boolean badRange(byte[] buf, int off, int len) {
        return buf == null || off < 0 || len < 0 || off > buf.length - len;
    }

    /** {@code write(2)} of {@code buf[off, off+len)}, on a file or a socket. */
    public static long write(int fd, byte[] buf, int off, int len) {
        return output(true, fd, buf, off, len, 0);
    }

    /** {@code read(2)} into {@code buf[off, off+len)}, from a file or a socket; at most 1 MiB a call. */
    public static long read(int fd, byte[] buf, int off, int len) {
        return input(true, fd, buf, off, len, 0);
    }

    /** {@code recv(2)}; {@code flags} may hold {@link #MSG_DONTWAIT}. At most 1 MiB a call. */
    public static long recv(int fd, byte[] buf, int off, int len, int flags) {
        if ((flags & ~MSG_DONTWAIT) != 0) {
            return -EOPNOTSUPP;
        }
        return input(false, fd, buf, off, len, flags);
    }

    private static long input(boolean plain, int fd, byte[] buf, int off, int len, int flags) {
        if (badRange(buf, off, len)) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        MemorySegment data = s.data(len);
        try {
            long n = plain
                    ? (long) Native.READ.invokeExact(s.state, fd, data, Math.min(len, data.byteSize()))
                    : (long) Native.RECV.invokeExact(s.state, fd, data, Math.min(len, data.byteSize()), flags);
            if (n < 0) {
                return -Native.errno(s.state);
            }
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, 0, buf, off, (int) n);
            return n;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /**
     * {@code send(2)}; {@code flags} may hold {@link #MSG_DONTWAIT} and {@link #MSG_NOSIGNAL}. More
     * than 1 MiB goes out in pieces; a short piece or a failure after some bytes ends the call with
     * the count so far, as a partial write(2) does.
     */
    public static long send(int fd, byte[] buf, int off, int len, int flags) {
        if ((flags & ~(MSG_DONTWAIT | MSG_NOSIGNAL)) != 0) {
            return -EOPNOTSUPP;
        }
        return output(false, fd, buf, off, len, flags);
    }

    /**
     * {@code recv(2)} on a descriptor the caller knows is a TCP ({@code SOCK_STREAM}) socket, with
     * Linux's behaviour there: the same result as {@link #recv} with the same arguments, also when
     * the descriptor turns out not to be one. It exists for the image: the class library calls it
     * where it holds a TCP socket (a {@code SocketChannel}, a {@code Socket}'s streams), and the
     * kernel's twin goes from the descriptor to the TCP connection directly instead of through
     * {@code read(2)}'s console check and the socket layer's dispatch by socket kind (the UKL
     * paper's "shortcut", Raza et al., EuroSys '23). On the JVM it is {@link #recv}.
     */
    public static long tcp_recv(int fd, byte[] buf, int off, int len, int flags) {
        return recv(fd, buf, off, len, flags);
    }

    /**
     * {@code send(2)} on a descriptor the caller knows is a TCP ({@code SOCK_STREAM}) socket, with
     * Linux's behaviour there: the same result as {@link #send} with the same arguments, also when
     * the descriptor turns out not to be one. The kernel's twin goes to the TCP connection
     * directly, as {@link #tcp_recv}'s does. On the JVM it is {@link #send}.
     */
    public static long tcp_send(int fd, byte[] buf, int off, int len, int flags) {
        return send(fd, buf, off, len, flags);
    }

    /**
     * {@code sendto(2)} of one datagram to {@code ipv4:port} (on a connected or stream socket, use
     * {@link #send}); {@code flags} as for {@link #send}. At most 1 MiB.
     */
    public static long sendto(int fd, byte[] buf, int off, int len, int flags, int ipv4, int port) {
        if ((flags & ~(MSG_DONTWAIT | MSG_NOSIGNAL)) != 0) {
            return -EOPNOTSUPP;
        }
        if (badRange(buf, off, len)) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        MemorySegment data = s.data(len);
        if (len > data.byteSize()) {
            return -EMSGSIZE;
        }
        MemorySegment.copy(buf, off, data, ValueLayout.JAVA_BYTE, 0, len);
        s.putAddr(ipv4, port);
        try {
            long n = (long) Native.SENDTO.invokeExact(s.state, fd, data, (long) len, flags, s.addr, 16);
            return n < 0 ? -Native.errno(s.state) : n;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /**
     * {@code recvfrom(2)}: like {@link #recv}; for a datagram socket the sender goes to
     * {@code from[0]} (address) and {@code from[1]} (port) unless {@code from} is null. A stream
     * socket leaves {@code from} as it is (Linux reports no address for TCP). A datagram longer
     * than {@code len} is truncated; the rest is lost.
     */
    public static long recvfrom(int fd, byte[] buf, int off, int len, int flags, int[] from) {
        if ((flags & ~MSG_DONTWAIT) != 0) {
            return -EOPNOTSUPP;
        }
        if (badRange(buf, off, len) || (from != null && from.length < 2)) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        MemorySegment data = s.data(len);
        s.addr.fill((byte) 0);
        s.addrLen.set(ValueLayout.JAVA_INT, 0, 16);
        try {
            long n = (long) Native.RECVFROM.invokeExact(
                    s.state, fd, data, Math.min(len, data.byteSize()), flags, s.addr, s.addrLen);
            if (n < 0) {
                return -Native.errno(s.state);
            }
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, 0, buf, off, (int) n);
            if (from != null && s.addrLen.get(ValueLayout.JAVA_INT, 0) >= 8) {
                s.getAddr(from);
            }
            return n;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    private static long output(boolean plain, int fd, byte[] buf, int off, int len, int flags) {
        if (badRange(buf, off, len)) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        MemorySegment data = s.data(len);
        long done = 0;
        try {
            do {
                int piece = (int) Math.min(len - done, data.byteSize());
                MemorySegment.copy(buf, off + (int) done, data, ValueLayout.JAVA_BYTE, 0, piece);
                long n = plain
                        ? (long) Native.WRITE.invokeExact(s.state, fd, data, (long) piece)
                        : (long) Native.SEND.invokeExact(s.state, fd, data, (long) piece, flags);
                if (n < 0) {
                    return done > 0 ? done : -Native.errno(s.state);
                }
                done += n;
                if (n < piece) {
                    break;
                }
            } while (done < len);
            return done;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /**
     * {@code getrandom(2)} with flags 0 into {@code buf[off, off+len)}: the count filled (all of a
     * range up to 256 bytes; at most 1 MiB a call), or -errno. In an image the kernel answers, from
     * the CPU's {@code rdrand} where it has one (see ukl.kernel.platform.Entropy).
     */
    public static long getrandom(byte[] buf, int off, int len) {
        if (badRange(buf, off, len)) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        MemorySegment data = s.data(len);
        try {
            long n = (long) Native.GETRANDOM.invokeExact(s.state, data, Math.min(len, data.byteSize()), 0);
            if (n < 0) {
                return -Native.errno(s.state);
            }
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, 0, buf, off, (int) n);
            return n;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code clock_gettime(2)}: fills {@code ts[0]} with seconds and {@code ts[1]} with nanoseconds. */
    public static int clock_gettime(int clockId, long[] ts) {
        Scratch s = Scratch.get();
        try {
            int r = (int) Native.CLOCK_GETTIME.invokeExact(s.state, clockId, s.timespec);
            if (r < 0) {
                return -Native.errno(s.state);
            }
            ts[0] = s.timespec.get(ValueLayout.JAVA_LONG, 0);
            ts[1] = s.timespec.get(ValueLayout.JAVA_LONG, 8);
            return 0;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /**
     * {@code getenv(3)}: the value of {@code name} in the environment, or null. In an image the
     * environment is the kernel command line's {@code ukl.*} options.
     */
    public static String getenv(String name) {
        return System.getenv(name);
    }

    /** {@code exit(3)}: ends the process with {@code status}. */
    public static void exit(int status) {
        try {
            Native.EXIT.invokeExact(status);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code socket(2)}: a new socket's descriptor. The kernel supports {@code AF_INET} with {@code SOCK_STREAM} or {@code SOCK_DGRAM}. */
    public static int socket(int domain, int type, int protocol) {
        Scratch s = Scratch.get();
        try {
            return result(s, (int) Native.SOCKET.invokeExact(s.state, domain, type, protocol));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code bind(2)} to {@code ipv4:port} ({@link #INADDR_ANY} for every local address). */
    public static int bind(int fd, int ipv4, int port) {
        Scratch s = Scratch.get();
        s.putAddr(ipv4, port);
        try {
            return result(s, (int) Native.BIND.invokeExact(s.state, fd, s.addr, 16));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code listen(2)}. */
    public static int listen(int fd, int backlog) {
        Scratch s = Scratch.get();
        try {
            return result(s, (int) Native.LISTEN.invokeExact(s.state, fd, backlog));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code accept(2)}: the connection's descriptor; its peer goes to {@code peer[0..1]} unless null. */
    public static int accept(int fd, int[] peer) {
        Scratch s = Scratch.get();
        try {
            int r;
            if (peer == null) {
                r = (int) Native.ACCEPT.invokeExact(s.state, fd, MemorySegment.NULL, MemorySegment.NULL);
            } else {
                s.addrLen.set(ValueLayout.JAVA_INT, 0, 16);
                r = (int) Native.ACCEPT.invokeExact(s.state, fd, s.addr, s.addrLen);
                if (r >= 0) {
                    s.getAddr(peer);
                }
            }
            return result(s, r);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code connect(2)} to {@code ipv4:port}; a non-blocking socket returns {@code -EINPROGRESS}. */
    public static int connect(int fd, int ipv4, int port) {
        Scratch s = Scratch.get();
        s.putAddr(ipv4, port);
        try {
            return result(s, (int) Native.CONNECT.invokeExact(s.state, fd, s.addr, 16));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code close(2)}. */
    public static int close(int fd) {
        Scratch s = Scratch.get();
        try {
            return result(s, (int) Native.CLOSE.invokeExact(s.state, fd));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code shutdown(2)} with {@link #SHUT_RD}, {@link #SHUT_WR} or {@link #SHUT_RDWR}. */
    public static int shutdown(int fd, int how) {
        Scratch s = Scratch.get();
        try {
            return result(s, (int) Native.SHUTDOWN.invokeExact(s.state, fd, how));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** Whether this layer knows {@code level/name}; others are {@code -ENOPROTOOPT}, as in the kernel. */
    private static boolean knownOption(int level, int name) {
        if (level == SOL_SOCKET) {
            return switch (name) {
                case SO_REUSEADDR, SO_ERROR, SO_BROADCAST, SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_LINGER, SO_RCVTIMEO ->
                    true;
                default -> false;
            };
        }
        return level == IPPROTO_TCP && name == TCP_NODELAY;
    }

    /**
     * {@code setsockopt(2)} of one of the options above, with an {@code int} value: a flag (0 off),
     * a buffer size in bytes, {@link #SO_RCVTIMEO} in milliseconds ({@code struct timeval} in C) or
     * {@link #SO_LINGER} in seconds, negative for off ({@code struct linger} in C). {@link #SO_ERROR}
     * cannot be set ({@code -ENOPROTOOPT}, as on Linux); unknown options are {@code -ENOPROTOOPT}.
     */
    public static int setsockopt(int fd, int level, int name, int value) {
        if (!knownOption(level, name) || (level == SOL_SOCKET && name == SO_ERROR)) {
            return -ENOPROTOOPT;
        }
        if (level == SOL_SOCKET && name == SO_RCVTIMEO && value < 0) {
            return -EINVAL;
        }
        Scratch s = Scratch.get();
        MemorySegment v = s.option;
        int size;
        if (level == SOL_SOCKET && name == SO_RCVTIMEO) {
            v.set(ValueLayout.JAVA_LONG, 0, value / 1000); // struct timeval: tv_sec, tv_usec
            v.set(ValueLayout.JAVA_LONG, 8, (value % 1000) * 1000L);
            size = 16;
        } else if (level == SOL_SOCKET && name == SO_LINGER) {
            v.set(ValueLayout.JAVA_INT, 0, value < 0 ? 0 : 1); // struct linger: l_onoff, l_linger
            v.set(ValueLayout.JAVA_INT, 4, Math.max(0, value));
            size = 8;
        } else {
            v.set(ValueLayout.JAVA_INT, 0, value);
            size = 4;
        }
        try {
            return result(s, (int) Native.SETSOCKOPT.invokeExact(s.state, fd, level, name, v, size));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /**
     * {@code getsockopt(2)} of the options {@link #setsockopt} takes, plus {@link #SO_ERROR}: the
     * value in the same units ({@link #LINGER_OFF} for a linger that is off), or {@code -errno}.
     * Linux reports {@link #SO_RCVBUF} and {@link #SO_SNDBUF} as twice the size set (socket(7)).
     */
    public static int getsockopt(int fd, int level, int name) {
        if (!knownOption(level, name)) {
            return -ENOPROTOOPT;
        }
        Scratch s = Scratch.get();
        MemorySegment v = s.option;
        v.fill((byte) 0);
        s.addrLen.set(ValueLayout.JAVA_INT, 0, (int) v.byteSize());
        try {
            int r = (int) Native.GETSOCKOPT.invokeExact(s.state, fd, level, name, v, s.addrLen);
            if (r < 0) {
                return -Native.errno(s.state);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
        if (level == SOL_SOCKET && name == SO_RCVTIMEO) {
            long millis = v.get(ValueLayout.JAVA_LONG, 0) * 1000 + v.get(ValueLayout.JAVA_LONG, 8) / 1000;
            return (int) Math.min(millis, Integer.MAX_VALUE);
        }
        if (level == SOL_SOCKET && name == SO_LINGER) {
            return v.get(ValueLayout.JAVA_INT, 0) == 0 ? LINGER_OFF : v.get(ValueLayout.JAVA_INT, 4);
        }
        return v.get(ValueLayout.JAVA_INT, 0);
    }

    /**
     * {@code poll(2)} over {@code fds[0..nfds)} with {@code events}, filling {@code revents}; returns
     * how many descriptors are ready, 0 on timeout. {@code timeoutMillis} &lt; 0 waits for ever.
     */
    public static int poll(int[] fds, short[] events, short[] revents, int nfds, int timeoutMillis) {
        if (nfds < 0
                || fds == null
                || events == null
                || revents == null
                || fds.length < nfds
                || events.length < nfds
                || revents.length < nfds) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        MemorySegment p = s.pollfds(nfds);
        for (int i = 0; i < nfds; i++) {
            p.set(ValueLayout.JAVA_INT, 8L * i, fds[i]);
            p.set(ValueLayout.JAVA_SHORT, 8L * i + 4, events[i]);
            p.set(ValueLayout.JAVA_SHORT, 8L * i + 6, (short) 0);
        }
        try {
            int r = (int) Native.POLL.invokeExact(s.state, p, (long) nfds, timeoutMillis);
            if (r < 0) {
                return -Native.errno(s.state);
            }
            for (int i = 0; i < nfds; i++) {
                revents[i] = p.get(ValueLayout.JAVA_SHORT, 8L * i + 6);
            }
            return r;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code getsockname(2)}: {@code out[0]} the local address, {@code out[1]} the port. */
    public static int getsockname(int fd, int[] out) {
        return name(false, fd, out);
    }

    /** {@code getpeername(2)}: {@code out[0]} the peer's address, {@code out[1]} its port. */
    public static int getpeername(int fd, int[] out) {
        return name(true, fd, out);
    }

    private static int name(boolean peer, int fd, int[] out) {
        if (out == null || out.length < 2) {
            return -EFAULT;
        }
        Scratch s = Scratch.get();
        s.addrLen.set(ValueLayout.JAVA_INT, 0, 16);
        try {
            int r = peer
                    ? (int) Native.GETPEERNAME.invokeExact(s.state, fd, s.addr, s.addrLen)
                    : (int) Native.GETSOCKNAME.invokeExact(s.state, fd, s.addr, s.addrLen);
            if (r >= 0) {
                s.getAddr(out);
            }
            return result(s, r);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code fcntl(2)} with {@link #F_GETFL} or {@link #F_SETFL} (the kernel honours {@link #O_NONBLOCK} only). */
    public static int fcntl(int fd, int cmd, int arg) {
        if (cmd != F_GETFL && cmd != F_SETFL) {
            return -EINVAL;
        }
        Scratch s = Scratch.get();
        try {
            return result(s, (int) Native.FCNTL.invokeExact(s.state, fd, cmd, arg));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code ioctl(2)} of a request with an int result, {@link #FIONREAD} only: the value, or {@code -errno}. */
    public static int ioctl(int fd, int request) {
        if (request != FIONREAD) {
            return -ENOTTY;
        }
        Scratch s = Scratch.get();
        try {
            int r = result(s, (int) Native.IOCTL.invokeExact(s.state, fd, (long) request, s.option));
            return r < 0 ? r : s.option.get(java.lang.foreign.ValueLayout.JAVA_INT, 0);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    private static int result(Scratch s, int r) {
        return r < 0 ? -Native.errno(s.state) : r;
    }

    // ---- threads: the image's green threads (ukl.kernel.sched). A JVM has its own java.lang.Thread,
    // so on the JVM these calls are unsupported: the class library's Thread makes them only in images.

    private static UnsupportedOperationException imageOnly() {
        return new UnsupportedOperationException(
                "thread system calls exist only in ukl images: on the JVM use java.lang.Thread");
    }

    /** Starts a thread running {@code body} on a stack of {@code stackBytes} (0: default); its token, or null (no memory). */
    public static Object thread_start(Runnable body, long stackBytes, boolean daemon) {
        throw imageOnly();
    }

    /**
     * The running thread's token. On the JVM, the running java.lang.Thread: the class library's
     * selector records who selects (for {@link #thread_wake}) also when its tests run it on a JVM.
     */
    public static Object thread_self() {
        return Thread.currentThread();
    }

    /** The body the running thread was started with; null for the main thread. */
    public static Runnable thread_body() {
        throw imageOnly();
    }

    /** What the thread does, as Thread.State's ordinal: 1 RUNNABLE, 2 BLOCKED, 3 WAITING, 4 TIMED_WAITING, 5 TERMINATED. */
    public static int thread_state(Object token) {
        throw imageOnly();
    }

    /** {@code sched_yield(2)}. */
    public static void thread_yield() {
        throw imageOnly();
    }

    /** Parks until unparked, interrupted or {@code deadline} (System.nanoTime time; Long.MAX_VALUE: none), or spuriously. */
    public static void thread_park(long deadline) {
        throw imageOnly();
    }

    /** Wakes the parked thread, or lets its next park return at once. */
    public static void thread_unpark(Object token) {
        throw imageOnly();
    }

    /** Sets the thread's interrupt status and wakes it from park, sleep or wait. */
    public static void thread_interrupt(Object token) {
        throw imageOnly();
    }

    /**
     * The thread's interrupt status, cleared when {@code clear}. On the JVM the token is the
     * java.lang.Thread ({@link #thread_self}), whose status this answers: the class library's
     * selector asks it also when its tests run it on a JVM.
     */
    public static boolean thread_interrupted(Object token, boolean clear) {
        Thread t = (Thread) token;
        return clear && t == Thread.currentThread() ? Thread.interrupted() : t.isInterrupted();
    }

    /** Makes the thread's {@link #poll} under way, or its next one, return at once (Selector.wakeup). */
    public static void thread_wake(Object token) {
        throw imageOnly();
    }

    /** Sleeps until {@code deadline}: 0, or -EINTR (the interrupt status cleared). */
    public static int thread_sleep(long deadline) {
        throw imageOnly();
    }

    /** Object.wait until {@code deadline}: 0, -EINTR (status cleared), or -EPERM when the caller does not own {@code o}. */
    public static int monitor_wait(Object o, long deadline) {
        throw imageOnly();
    }

    /** Object.notify or notifyAll: 0, or -EPERM when the caller does not own {@code o}. */
    public static int monitor_notify(Object o, boolean all) {
        throw imageOnly();
    }

    /** Whether the running thread owns {@code o}'s monitor. */
    public static boolean monitor_holds(Object o) {
        throw imageOnly();
    }

    /** Whether the thread has started and not yet ended. */
    public static boolean thread_alive(Object token) {
        throw imageOnly();
    }
}
