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
    public static final int EFAULT = 14;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int EPIPE = 32;
    public static final int ENOSYS = 38;
    public static final int ENOTSOCK = 88;
    public static final int ENOPROTOOPT = 92;
    public static final int EPROTONOSUPPORT = 93;
    public static final int EOPNOTSUPP = 95;
    public static final int EAFNOSUPPORT = 97;
    public static final int EADDRINUSE = 98;
    public static final int EADDRNOTAVAIL = 99;
    public static final int ENETDOWN = 100;
    public static final int ECONNABORTED = 103;
    public static final int ECONNRESET = 104;
    public static final int EISCONN = 106;
    public static final int ENOTCONN = 107;
    public static final int ETIMEDOUT = 110;
    public static final int ECONNREFUSED = 111;
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
    public static final int SOL_SOCKET = 1;
    public static final int SO_REUSEADDR = 2;
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

    /** {@code exit(3)}: ends the process with {@code status}. */
    public static void exit(int status) {
        try {
            Native.EXIT.invokeExact(status);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** {@code socket(2)}: a new socket's descriptor. The kernel supports {@code AF_INET, SOCK_STREAM}. */
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

    /**
     * {@code setsockopt(2)} of an {@code int} option: {@code SOL_SOCKET/SO_REUSEADDR} or
     * {@code IPPROTO_TCP/TCP_NODELAY}; any other is {@code -ENOPROTOOPT}, as in the kernel.
     */
    public static int setsockopt(int fd, int level, int name, int value) {
        if (!(level == SOL_SOCKET && name == SO_REUSEADDR) && !(level == IPPROTO_TCP && name == TCP_NODELAY)) {
            return -ENOPROTOOPT;
        }
        Scratch s = Scratch.get();
        s.word.set(ValueLayout.JAVA_INT, 0, value);
        try {
            return result(s, (int) Native.SETSOCKOPT.invokeExact(s.state, fd, level, name, s.word, 4));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
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

    private static int result(Scratch s, int r) {
        return r < 0 ? -Native.errno(s.state) : r;
    }
}
