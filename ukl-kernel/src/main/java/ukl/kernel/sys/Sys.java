package ukl.kernel.sys;

import ukl.kernel.Kernel;
import ukl.kernel.abi.Errno;
import ukl.kernel.arch.BootTrace;
import ukl.kernel.net.socket.SocketSet;
import ukl.kernel.net.socket.TcpConfig;
import ukl.kernel.netdev.Nic;
import ukl.kernel.platform.Platform;
import ukl.kernel.sched.Monitors;
import ukl.kernel.sched.Scheduler;
import ukl.libc.Libc;

/**
 * Kernel implementations of the libc-style system calls, one per {@code ukl.libc.Libc} stub with
 * the same name and descriptor. Descriptors 0–2 are the console; sockets start at 3 and live in
 * {@link Sockets}, which the first {@link #socket} or blocking call brings up (PCI scan, the NIC's
 * driver, the address from {@code ukl.ip}/{@code ukl.gw}). Every call that blocks waits in
 * {@link Waiter#await}.
 *
 * <p>{@code ukl.netstats=1} on the kernel command line prints the stack's and the driver's
 * counters to standard error when a listening socket is closed and at {@link #exit}, and the heap
 * in use and the counters once a second while the kernel waits for the network ({@link HeapReport});
 * {@code ukl.netstats=live} does the same with the heap that survives a full collection.
 */
public final class Sys {
    /**
     * Sockets in the stack's table, as many as Linux's default descriptor limit (ulimit -n 1024): a
     * thread-per-connection server with 1,000 clients, a listener, and connections finishing their
     * close. A slot's socket and buffers exist only while it is used, and the table's scans visit the
     * slots in use, so an image with a few sockets pays for a few.
     */
    private static final int SOCKET_CAPACITY = 1024;
    /**
     * Heap bytes per slot of the table, below which the table is smaller than {@link
     * #SOCKET_CAPACITY}: an open connection takes at least 5 KB (its socket, timers and two 2 KB
     * buffers), so a 2 MB heap holds a few hundred at most, and a table of 1,024 (40 KB of arrays
     * in the stack and here) would be wasted in it.
     */
    private static final long HEAP_BYTES_PER_SOCKET = 8 << 10;

    private static final int MIN_SOCKET_CAPACITY = 64;
    /** How long exit waits for unacknowledged output: several retransmissions at the usual RTOs. */
    static final int EXIT_LINGER_MILLIS = 3_000;

    /**
     * The delayed ACK's default wait, µs: long enough for a server's reply to carry the ACK of its
     * request (one frame instead of two), short against any RTO. Measured on the echo server
     * (TCG, C client, 3,000 round trips of 64 B, runs alternated): mean 144/248 µs at 0, 106/140 µs at 500.
     */
    static final int ACK_DELAY_MICROS = 500;

    /**
     * How long the idle loop busy-polls the NIC after the interface was last active, before it
     * halts ({@code ukl.spin=µs}; 0 halts at once). Longer than the gap between a reply and a
     * back-to-back client's next request under TCG, so a busy link never pays for an interrupt;
     * measured with ukl-bench (64 B echo): 40 µs raised the one-client p50 by ~40 µs, 200 µs
     * raised the eight-client p50 and p99 by spinning.
     */
    static final int SPIN_MICROS = 100;

    private static Sockets sockets;
    /** Where calls wait when the machine has no network (then only the console can be ready). */
    private static Waiter consoleOnly;

    private static Nic nic;
    private static boolean probed;
    private static boolean netstats;

    private Sys() {}

    /** The socket layer, brought up on first use; {@code null} when the machine has no NIC. */
    private static Sockets sockets() {
        if (!probed) {
            probed = true;
            BootTrace.mark(BootTrace.FIRST_SOCKET);
            nic = Nic.probe();
            if (nic != null) {
                String report = Kernel.option("netstats", "0");
                netstats = report.equals("1") || report.equals("live");
                if (netstats) {
                    HeapReport.enable(nic.iface().stats(), report.equals("live"));
                }
                SocketSet set = new SocketSet(nic.iface(), socketCapacity(), tcpConfig(), Platform.entropy());
                long spin = Kernel.numberOption("spin", SPIN_MICROS, 1_000_000) * 1_000L;
                sockets = new Sockets(nic.iface(), set, new PlatformMachine(nic.device(), spin));
                BootTrace.mark(BootTrace.SOCKETS_READY);
            }
        }
        return sockets;
    }

    /** The socket table's size for this heap ({@link #HEAP_BYTES_PER_SOCKET}). */
    static int socketCapacity() {
        long fit = Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_SOCKET;
        return (int) Math.max(MIN_SOCKET_CAPACITY, Math.min(SOCKET_CAPACITY, fit));
    }

    /**
     * TCP's tunables from the kernel options: {@code ukl.ackdelay=µs} is how long an ACK for
     * in-order data waits for a reply to ride on ({@link TcpConfig#ackDelayNanos});
     * {@code ukl.synackretries=n} how often a half-open connection's SYN-ACK is sent again before
     * it is dropped ({@link TcpConfig#synAckRetries}, as Linux's {@code tcp_synack_retries}).
     */
    private static TcpConfig tcpConfig() {
        TcpConfig cfg = new TcpConfig();
        cfg.ackDelayNanos = Kernel.numberOption("ackdelay", ACK_DELAY_MICROS, 200_000) * 1_000L;
        cfg.synAckRetries = Kernel.numberOption("synackretries", cfg.synAckRetries, 12);
        return cfg;
    }

    /** The waiting primitive: the socket layer's, or a console-only one when there is no NIC. */
    private static Waiter waiter() {
        Sockets s = sockets();
        if (s != null) {
            return s.waiter();
        }
        if (consoleOnly == null) {
            consoleOnly = new Waiter(new PlatformMachine(null, 0), null, null);
        }
        return consoleOnly;
    }

    /** For tests: the socket layer over a fake network, instead of probing hardware. */
    static void install(Sockets fake) {
        sockets = fake;
        nic = null;
        probed = true;
        netstats = false;
    }

    /** An open socket's layer, or {@code null} when {@code fd} cannot be one (then -EBADF / -ENOTSOCK). */
    private static Sockets socketsFor(int fd) {
        return fd >= Sockets.FIRST_FD ? sockets : null;
    }

    private static int notASocket(int fd) {
        return fd >= 0 && fd < Sockets.FIRST_FD ? -Errno.ENOTSOCK : -Errno.EBADF;
    }

    /** {@code write(2)}: descriptors 1 and 2 are the serial console, 3 up are sockets. */
    public static long write(int fd, byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            return -Errno.EFAULT;
        }
        if (fd == 1 || fd == 2) {
            Platform.consoleWrite(fd, buf, off, len);
            return len;
        }
        Sockets s = socketsFor(fd);
        if (s == null) {
            return -Errno.EBADF;
        }
        long sent = s.send(fd, buf, off, len, 0);
        if (sent > 0) {
            BootTrace.report(BootTrace.FIRST_SEND);
        }
        return sent;
    }

    /**
     * {@code read(2)}: descriptor 0 is the serial console's input (blocks until at least one byte
     * has arrived; 0, end of file, after a Ctrl-D as at a terminal), 3 up are sockets.
     */
    public static long read(int fd, byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            return -Errno.EFAULT;
        }
        if (fd == 0) {
            return waiter().readConsole(buf, off, len);
        }
        Sockets s = socketsFor(fd);
        return s == null ? -Errno.EBADF : s.recv(fd, buf, off, len, 0);
    }

    /** {@code clock_gettime(2)}: {@code ts[0]} seconds, {@code ts[1]} nanoseconds. */
    public static int clock_gettime(int clockId, long[] ts) {
        long nanos;
        if (clockId == Libc.CLOCK_MONOTONIC) {
            nanos = Platform.monotonicNanos();
        } else if (clockId == Libc.CLOCK_REALTIME) {
            nanos = Platform.realtimeNanos();
        } else {
            return -Errno.EINVAL;
        }
        if (ts == null || ts.length < 2) {
            return -Errno.EFAULT;
        }
        ts[0] = nanos / 1_000_000_000L;
        ts[1] = nanos % 1_000_000_000L;
        return 0;
    }

    /**
     * {@code exit(3)}: the guest ends and QEMU reports {@code status}, once the data and FINs of
     * closed and open connections have been acknowledged, for at most {@link #EXIT_LINGER_MILLIS}
     * (a Linux kernel goes on sending after the process exits; the image's kernel ends with it).
     */
    public static void exit(int status) {
        if (sockets != null) {
            Waiter w = sockets.waiter();
            w.drainOutput(w.deadline(EXIT_LINGER_MILLIS, false));
        }
        printNetstats();
        BootTrace.reportNow();
        Platform.exit(status);
    }

    /**
     * {@code socket(2)}: {@code AF_INET} with {@code SOCK_STREAM} or {@code SOCK_DGRAM} (optionally
     * {@code | SOCK_NONBLOCK}); -ENETDOWN without a NIC.
     */
    public static int socket(int domain, int type, int protocol) {
        Sockets s = sockets();
        return s == null ? -Errno.ENETDOWN : s.socket(domain, type, protocol);
    }

    public static int bind(int fd, int ipv4, int port) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.bind(fd, ipv4, port);
    }

    public static int listen(int fd, int backlog) {
        Sockets s = socketsFor(fd);
        if (s == null) {
            return notASocket(fd);
        }
        int r = s.listen(fd, backlog);
        BootTrace.mark(BootTrace.LISTEN);
        return r;
    }

    public static int accept(int fd, int[] peer) {
        Sockets s = socketsFor(fd);
        if (s == null) {
            return notASocket(fd);
        }
        int r = s.accept(fd, peer);
        if (r >= 0) {
            BootTrace.mark(BootTrace.ACCEPT);
        }
        return r;
    }

    public static int connect(int fd, int ipv4, int port) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.connect(fd, ipv4, port);
    }

    public static long recv(int fd, byte[] buf, int off, int len, int flags) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.recv(fd, buf, off, len, flags);
    }

    public static long send(int fd, byte[] buf, int off, int len, int flags) {
        Sockets s = socketsFor(fd);
        if (s == null) {
            return notASocket(fd);
        }
        long sent = s.send(fd, buf, off, len, flags);
        if (sent > 0) {
            BootTrace.report(BootTrace.FIRST_SEND);
        }
        return sent;
    }

    /**
     * {@code Libc.tcp_recv}: recv(2) where the class library knows {@code fd} is a TCP socket. No
     * console check as in {@link #read}; the socket layer goes from the descriptor to the
     * connection ({@link Sockets#tcpRecv}), and only a descriptor that is no connection takes
     * {@link #recv}'s path.
     */
    public static long tcp_recv(int fd, byte[] buf, int off, int len, int flags) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.tcpRecv(fd, buf, off, len, flags);
    }

    /** {@code Libc.tcp_send}: send(2) where the class library knows {@code fd} is a TCP socket ({@link Sockets#tcpSend}). */
    public static long tcp_send(int fd, byte[] buf, int off, int len, int flags) {
        Sockets s = socketsFor(fd);
        if (s == null) {
            return notASocket(fd);
        }
        long sent = s.tcpSend(fd, buf, off, len, flags);
        if (sent > 0) {
            BootTrace.report(BootTrace.FIRST_SEND);
        }
        return sent;
    }

    public static long sendto(int fd, byte[] buf, int off, int len, int flags, int ipv4, int port) {
        Sockets s = socketsFor(fd);
        if (s == null) {
            return notASocket(fd);
        }
        long sent = s.sendto(fd, buf, off, len, flags, ipv4, port);
        if (sent >= 0) {
            BootTrace.report(BootTrace.FIRST_SEND);
        }
        return sent;
    }

    public static long recvfrom(int fd, byte[] buf, int off, int len, int flags, int[] from) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.recvfrom(fd, buf, off, len, flags, from);
    }

    /** {@code getenv(3)}: the image's environment is its kernel options ({@link Kernel#environment}). */
    public static String getenv(String name) {
        return name == null ? null : Kernel.environment(name);
    }

    /** {@code close(2)}: closing a console descriptor is a no-op. */
    public static int close(int fd) {
        if (fd >= 0 && fd < Sockets.FIRST_FD) {
            return 0;
        }
        Sockets s = socketsFor(fd);
        if (s == null) {
            return -Errno.EBADF;
        }
        boolean listener = s.isListening(fd);
        int r = s.close(fd);
        if (listener) {
            printNetstats();
        }
        return r;
    }

    public static int shutdown(int fd, int how) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.shutdown(fd, how);
    }

    public static int setsockopt(int fd, int level, int name, int value) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.setsockopt(fd, level, name, value);
    }

    public static int getsockopt(int fd, int level, int name) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.getsockopt(fd, level, name);
    }

    public static int getsockname(int fd, int[] out) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.getsockname(fd, out);
    }

    public static int getpeername(int fd, int[] out) {
        Sockets s = socketsFor(fd);
        return s == null ? notASocket(fd) : s.getpeername(fd, out);
    }

    /** {@code fcntl(2)}: {@code F_GETFL}/{@code F_SETFL} with {@code O_NONBLOCK} on sockets; the console reads as O_RDWR. */
    public static int fcntl(int fd, int cmd, int arg) {
        if (fd >= 0 && fd < Sockets.FIRST_FD) {
            return cmd == Libc.F_GETFL ? Libc.O_RDWR : cmd == Libc.F_SETFL ? 0 : -Errno.EINVAL;
        }
        Sockets s = socketsFor(fd);
        return s == null ? -Errno.EBADF : s.fcntl(fd, cmd, arg);
    }

    /**
     * {@code ioctl(2)} with an int result: {@code FIONREAD} only, the bytes a read would return
     * without waiting (tty_ioctl(4), tcp(7), udp(7)); for the console 1 while input waits.
     */
    public static int ioctl(int fd, int request) {
        if (request != Libc.FIONREAD) {
            return -Errno.ENOTTY;
        }
        if (fd == 0) {
            return waiter().consoleUnread();
        }
        if (fd == 1 || fd == 2) {
            return 0;
        }
        Sockets s = socketsFor(fd);
        return s == null ? -Errno.EBADF : s.unread(fd);
    }

    /** {@code poll(2)}: waits in the one waiting primitive; {@code timeoutMillis} &lt; 0 waits for ever. */
    public static int poll(int[] fds, short[] events, short[] revents, int nfds, int timeoutMillis) {
        if (nfds < 0
                || fds == null
                || events == null
                || revents == null
                || fds.length < nfds
                || events.length < nfds
                || revents.length < nfds) {
            return -Errno.EFAULT;
        }
        Waiter w = waiter();
        return w.await(fds, events, revents, nfds, w.deadline(timeoutMillis, timeoutMillis < 0));
    }

    // ---- threads (ukl.kernel.sched): a thread is named by the opaque token thread_start returns ----

    /** Starts a thread running {@code body} on a stack of {@code stackBytes} (0: the default); its token, or null (no memory). */
    public static Object thread_start(Runnable body, long stackBytes, boolean daemon) {
        return Scheduler.start(body, stackBytes, daemon);
    }

    /** The running thread's token. */
    public static Object thread_self() {
        return Scheduler.self();
    }

    /** The body the running thread was started with; null for the main thread. */
    public static Runnable thread_body() {
        return Scheduler.body();
    }

    /** Whether the thread has started and not yet ended. */
    public static boolean thread_alive(Object token) {
        return Scheduler.alive(token);
    }

    /** What the thread does, as Thread.State's ordinal: 1 RUNNABLE, 2 BLOCKED, 3 WAITING, 4 TIMED_WAITING, 5 TERMINATED. */
    public static int thread_state(Object token) {
        return Scheduler.state(token);
    }

    /** {@code sched_yield(2)}. */
    public static void thread_yield() {
        Scheduler.yieldNow();
    }

    /** LockSupport.park until {@code deadline} (System.nanoTime time; Long.MAX_VALUE: none). */
    public static void thread_park(long deadline) {
        Scheduler.park(deadline);
    }

    public static void thread_unpark(Object token) {
        Scheduler.unpark(token);
    }

    /** Sets the thread's interrupt status and wakes it from park, sleep or wait. */
    public static void thread_interrupt(Object token) {
        Scheduler.interrupt(token);
    }

    /** The thread's interrupt status, cleared when {@code clear}. */
    public static boolean thread_interrupted(Object token, boolean clear) {
        return Scheduler.interrupted(token, clear);
    }

    /**
     * {@code getrandom(2)} with flags 0: fills {@code buf[off, off+len)} with random bytes and
     * returns {@code len}, or -EFAULT for a range outside {@code buf} (see Platform.randomBytes).
     */
    public static long getrandom(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len) {
            return -Errno.EFAULT;
        }
        Platform.randomBytes(buf, off, len);
        return len;
    }

    /** Makes the thread's poll under way, or its next one, return at once (Selector.wakeup). */
    public static void thread_wake(Object token) {
        Scheduler.wakePoll(token);
    }

    /** Sleeps until {@code deadline}: 0, or -EINTR (the interrupt status cleared). */
    public static int thread_sleep(long deadline) {
        return Scheduler.sleep(deadline) < 0 ? -Errno.EINTR : 0;
    }

    /** Object.wait until {@code deadline}: 0, -EINTR (status cleared), or -EPERM when the caller does not own {@code o}. */
    public static int monitor_wait(Object o, long deadline) {
        int r = Monitors.await(o, deadline);
        return r == -1 ? -Errno.EINTR : r == -2 ? -Errno.EPERM : 0;
    }

    /** Object.notify or notifyAll: 0, or -EPERM when the caller does not own {@code o}. */
    public static int monitor_notify(Object o, boolean all) {
        return Monitors.notify(o, all) < 0 ? -Errno.EPERM : 0;
    }

    /** Whether the running thread owns {@code o}'s monitor. */
    public static boolean monitor_holds(Object o) {
        return Monitors.holds(o);
    }

    private static void printNetstats() {
        if (netstats && nic != null) {
            System.err.println("ukl.netstats: " + nic.iface().stats() + "; " + nic.counters());
        }
    }
}
