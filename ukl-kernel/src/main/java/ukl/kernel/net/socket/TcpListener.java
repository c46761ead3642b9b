package ukl.kernel.net.socket;

import ukl.kernel.abi.Errno;

/**
 * A passive open (RFC 9293 §3.10.1): the LISTEN state of a port, as a socket of its own. A SYN to
 * the port creates a child {@link TcpSocket} in SYN-RECEIVED ({@link SocketSet}); when the
 * child's handshake completes it joins this listener's accept queue, and {@link SocketSet#accept}
 * takes it from there. At most {@code backlog} children exist at once, half-open or queued; a SYN
 * beyond that is dropped, as Linux does, so that the peer retries after its RTO.
 */
public final class TcpListener {
    final int handle;
    private int localPort;
    private int backlog;
    private int[] queue;
    private int head;
    private int count;
    /** Children not yet accepted: half-open ones and those in the queue. */
    private int children;

    TcpListener(int handle) {
        this.handle = handle;
    }

    /** Starts listening on {@code port}; the queue is reused when it is large enough. */
    void open(int port, int backlog) {
        localPort = port;
        this.backlog = backlog;
        if (queue == null || queue.length < backlog) {
            queue = new int[backlog];
        }
        head = count = children = 0;
    }

    public int localPort() {
        return localPort;
    }

    /** Whether another child may be created for a SYN. */
    boolean admits() {
        return children < backlog;
    }

    void childCreated() {
        children++;
    }

    /** A half-open child was reset or timed out before its handshake completed. */
    void childDied() {
        children--;
    }

    /** The child {@code h} completed its handshake: it waits in the accept queue. */
    void childEstablished(int h) {
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
        children--;
        return h;
    }

    /** poll(2) bits: readable while a connection waits to be accepted. */
    int readiness() {
        return count > 0 ? SocketSet.POLLIN : 0;
    }
}
