package ukl.kernel.net.socket;

/**
 * A fixed-capacity byte FIFO. Besides queueing it lets the receive path write ahead of the queued
 * bytes (out-of-order data, placed where it will belong) and the send path read queued bytes at
 * an offset without removing them (unacknowledged data stays until acknowledged).
 */
final class RingBuffer {
    private final byte[] data;
    private int head;
    private int len;

    RingBuffer(int capacity) {
        data = new byte[capacity];
    }

    int capacity() {
        return data.length;
    }

    int len() {
        return len;
    }

    int free() {
        return data.length - len;
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

    /** Stores {@code n} bytes {@code at} bytes after the head, which may be past the queued bytes. */
    void writeAt(int at, byte[] src, int off, int n) {
        int start = (head + at) % data.length;
        int first = Math.min(n, data.length - start);
        System.arraycopy(src, off, data, start, first);
        System.arraycopy(src, off + first, data, 0, n - first);
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
