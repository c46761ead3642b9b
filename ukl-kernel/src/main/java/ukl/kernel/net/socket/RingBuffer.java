package ukl.kernel.net.socket;

/**
 * A byte FIFO of a fixed capacity. Besides queueing it lets the receive path write ahead of the
 * queued bytes (out-of-order data, placed where it will belong) and the send path read queued bytes
 * at an offset without removing them (unacknowledged data stays until acknowledged).
 *
 * <p>The capacity is what TCP sees (the window it advertises, how much the application may queue);
 * the storage behind it starts at {@link #INITIAL_STORAGE} bytes and doubles when a write reaches
 * past it, up to the capacity, and then stays for the socket slot's life. A connection that carries
 * short messages (an echo, a request and its reply) never grows it, so a thousand idle connections
 * cost a thousand small buffers, as Linux charges a socket for the data it holds rather than for
 * its buffer limit.
 */
final class RingBuffer {
    /**
     * A small object for the collector (its cells go up to 8 KiB), where a 16 KiB array takes a
     * whole 32 KiB block of its own.
     */
    static final int INITIAL_STORAGE = 2048;

    private final int capacity;
    private byte[] data;
    private int head;
    private int len;

    RingBuffer(int capacity) {
        this.capacity = capacity;
        data = new byte[Math.min(capacity, INITIAL_STORAGE)];
    }

    int capacity() {
        return capacity;
    }

    int len() {
        return len;
    }

    int free() {
        return capacity - len;
    }

    void clear() {
        head = 0;
        len = 0;
    }

    /** Appends up to {@code n} bytes; returns how many fit. */
    int write(byte[] src, int off, int n) {
        n = Math.min(n, free());
        writeAt(len, src, off, n);
        len += n;
        return n;
    }

    /** Removes up to {@code n} bytes into {@code dst}; returns how many. */
    int read(byte[] dst, int off, int n) {
        n = Math.min(n, len);
        copyOut(0, dst, off, n);
        consume(n);
        return n;
    }

    /** Copies {@code n} bytes starting {@code at} bytes after the head, without removing them. */
    void copyOut(int at, byte[] dst, int off, int n) {
        int start = (head + at) % data.length;
        int first = Math.min(n, data.length - start);
        System.arraycopy(data, start, dst, off, first);
        System.arraycopy(data, 0, dst, off + first, n - first);
    }

    /**
     * Stores {@code n} bytes {@code at} bytes after the head, which may be past the queued bytes;
     * {@code at + n} is at most the capacity.
     */
    void writeAt(int at, byte[] src, int off, int n) {
        if (at + n > data.length) {
            grow(at + n);
        }
        int start = (head + at) % data.length;
        int first = Math.min(n, data.length - start);
        System.arraycopy(src, off, data, start, first);
        System.arraycopy(src, off + first, data, 0, n - first);
    }

    /**
     * Storage for at least {@code need} bytes after the head: everything the old storage holds,
     * queued or written ahead, keeps its distance from the head, which moves to 0.
     */
    private void grow(int need) {
        int size = data.length;
        while (size < need && size < capacity) {
            size = Math.min(capacity, size * 2);
        }
        byte[] bigger = new byte[size];
        int first = data.length - head;
        System.arraycopy(data, head, bigger, 0, first);
        System.arraycopy(data, 0, bigger, first, head);
        data = bigger;
        head = 0;
    }

    /** Makes {@code n} bytes written by {@link #writeAt} right after the queue part of it. */
    void commit(int n) {
        len += n;
    }

    void consume(int n) {
        head = (head + n) % data.length;
        len -= n;
    }
}
