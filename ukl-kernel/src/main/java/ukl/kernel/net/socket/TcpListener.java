package ukl.kernel.net.socket;

import ukl.kernel.abi.Errno;
import ukl.kernel.platform.BootTrace;

/**
 * A passive open (RFC 9293 §3.10.1): the LISTEN state of a port, as a socket of its own. As in
 * Linux, it has two queues of {@code backlog} entries each. The SYN queue: a SYN creates a child
 * {@link TcpSocket} in SYN-RECEIVED ({@link SocketSet}), which counts here until its handshake
 * completes or it dies. The accept queue: children whose handshake completed, until
 * {@link SocketSet#accept} takes them. Half-open children never take an accept-queue place, so a
 * SYN flood cannot keep a real client from being accepted: once the SYN queue is full the set
 * answers SYNs with {@link SynCookies} and keeps no state for them (RFC 4987 §3.6). When the
 * accept queue is full, or the socket table has no slot for a child, a SYN or the ACK completing
 * a handshake is dropped, never reset, as Linux does (tcp_abort_on_overflow = 0), so that the
 * peer retries.
 */
public final class TcpListener {
    /** How long after the SYN queue last overflowed an ACK is checked for a cookie (Linux: 2 min). */
    static final long COOKIE_WINDOW_NANOS = 2 * SynCookies.PERIOD_NANOS;

    final int handle;
    private int localPort;
    private int backlog;
    private int synQueueLimit;
    private int[] queue;
    private int head;
    private int count;
    /** Children in SYN-RECEIVED. */
    private int halfOpen;
    /** When a SYN last found the SYN queue full; cookies are checked on ACKs only after that. */
    private long overflowedAt = Long.MIN_VALUE;

    TcpListener(int handle) {
        this.handle = handle;
    }

    /**
     * Starts listening on {@code port}; the queue is reused when it is large enough. At most
     * {@code synQueueLimit} children may be half-open at once.
     */
    void open(int port, int backlog, int synQueueLimit) {
        localPort = port;
        this.backlog = backlog;
        this.synQueueLimit = Math.max(1, Math.min(backlog, synQueueLimit));
        if (queue == null || queue.length < backlog) {
            queue = new int[backlog];
        }
        head = count = halfOpen = 0;
        overflowedAt = Long.MIN_VALUE;
    }

    public int localPort() {
        return localPort;
    }

    /** Whether the accept queue has no room: a SYN or a handshake's last ACK is dropped. */
    boolean acceptQueueFull() {
        return count >= backlog;
    }

    /** Whether another half-open child may be created; if not, notes the overflow (for cookies). */
    boolean admitsHalfOpen(long now) {
        if (halfOpen < synQueueLimit) {
            return true;
        }
        overflowedAt = now;
        return false;
    }

    /** Whether an ACK to this listener may carry a cookie: the SYN queue overflowed recently. */
    boolean cookiesRecent(long now) {
        return overflowedAt != Long.MIN_VALUE && now - overflowedAt < COOKIE_WINDOW_NANOS;
    }

    int halfOpen() {
        return halfOpen;
    }

    void childCreated() {
        BootTrace.mark(BootTrace.FIRST_SYN);
        halfOpen++;
    }

    /** A half-open child was reset or timed out before its handshake completed. */
    void childDied() {
        halfOpen--;
    }

    /** The child {@code h} completed its handshake: it waits in the accept queue. */
    void childEstablished(int h) {
        BootTrace.mark(BootTrace.ESTABLISHED);
        halfOpen--;
        queue[(head + count) % backlog] = h;
        count++;
    }

    /** The oldest established child's handle, or -EAGAIN when none waits. */
    int take() {
        if (count == 0) {
            return -Errno.EAGAIN;
        }
        int h = queue[head];
        head = (head + 1) % backlog;
        count--;
        return h;
    }

    /** poll(2) bits: readable while a connection waits to be accepted. */
    int readiness() {
        return count > 0 ? SocketSet.POLLIN : 0;
    }
}
