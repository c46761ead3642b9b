package java.io;

/**
 * A buffer in front of another stream, with the JDK's mark/reset: the buffer grows up to the
 * mark's read limit to keep the marked bytes, and a mark is dropped once more than that was read.
 */
public class BufferedInputStream extends FilterInputStream {
    private static final byte[] EMPTY = new byte[0];

    protected volatile byte[] buf;
    private final int size;
    protected int count;
    protected int pos;
    protected int markpos = -1;
    protected int marklimit;

    public BufferedInputStream(InputStream in) {
        this(in, 8192);
    }

    public BufferedInputStream(InputStream in, int size) {
        super(in);
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.size = size;
        // as the JDK: a plain BufferedInputStream (System.in) allocates its buffer on first use
        buf = getClass() == BufferedInputStream.class ? EMPTY : new byte[size];
    }

    private InputStream inIfOpen() throws IOException {
        InputStream input = in;
        if (input == null) {
            throw new IOException("Stream closed");
        }
        return input;
    }

    private byte[] bufIfOpen() throws IOException {
        byte[] buffer = buf;
        if (buffer == null) {
            throw new IOException("Stream closed");
        }
        if (buffer == EMPTY) {
            buffer = new byte[size];
            buf = buffer;
        }
        return buffer;
    }

    /** Refills the buffer after the bytes that a mark still needs. */
    private void fill() throws IOException {
        byte[] buffer = bufIfOpen();
        if (markpos == -1) {
            pos = 0;
        } else if (pos >= buffer.length) {
            if (markpos > 0) {
                int sz = pos - markpos;
                System.arraycopy(buffer, markpos, buffer, 0, sz);
                pos = sz;
                markpos = 0;
            } else if (buffer.length >= marklimit) {
                markpos = -1;
                pos = 0;
            } else {
                int nsz = (int) Math.min(Math.min(pos * 2L, marklimit), Integer.MAX_VALUE - 8);
                byte[] nbuf = new byte[nsz];
                System.arraycopy(buffer, 0, nbuf, 0, pos);
                buf = nbuf;
                buffer = nbuf;
            }
        }
        count = pos;
        int n = inIfOpen().read(buffer, pos, buffer.length - pos);
        if (n > 0) {
            count = n + pos;
        }
    }

    @Override
    public int read() throws IOException {
        if (pos >= count) {
            fill();
            if (pos >= count) {
                return -1;
            }
        }
        return bufIfOpen()[pos++] & 0xff;
    }

    /** One read from the buffer, or straight from the stream when the request is large and unmarked. */
    private int read1(byte[] b, int off, int len) throws IOException {
        int avail = count - pos;
        if (avail <= 0) {
            if (len >= bufIfOpen().length && markpos == -1) {
                return inIfOpen().read(b, off, len);
            }
            fill();
            avail = count - pos;
            if (avail <= 0) {
                return -1;
            }
        }
        int cnt = Math.min(avail, len);
        System.arraycopy(bufIfOpen(), pos, b, off, cnt);
        pos += cnt;
        return cnt;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        bufIfOpen();
        if ((off | len | off + len | b.length - (off + len)) < 0) {
            throw new IndexOutOfBoundsException(); // the JDK's check, without a message
        }
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (true) {
            int nread = read1(b, off + n, len - n);
            if (nread <= 0) {
                return n == 0 ? nread : n;
            }
            n += nread;
            if (n >= len) {
                return n;
            }
            InputStream input = in;
            if (input != null && input.available() <= 0) {
                return n;
            }
        }
    }

    @Override
    public long skip(long n) throws IOException {
        bufIfOpen();
        if (n <= 0) {
            return 0;
        }
        long avail = count - pos;
        if (avail <= 0) {
            if (markpos == -1) {
                return inIfOpen().skip(n);
            }
            fill();
            avail = count - pos;
            if (avail <= 0) {
                return 0;
            }
        }
        long skipped = Math.min(avail, n);
        pos += (int) skipped;
        return skipped;
    }

    @Override
    public int available() throws IOException {
        int n = count - pos;
        int avail = inIfOpen().available();
        return n > Integer.MAX_VALUE - avail ? Integer.MAX_VALUE : n + avail;
    }

    @Override
    public void mark(int readlimit) {
        marklimit = readlimit;
        markpos = pos;
    }

    @Override
    public void reset() throws IOException {
        bufIfOpen();
        if (markpos < 0) {
            throw new IOException("Resetting to invalid mark");
        }
        pos = markpos;
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void close() throws IOException {
        if (buf == null) {
            return;
        }
        buf = null;
        InputStream input = in;
        in = null;
        if (input != null) {
            input.close();
        }
    }
}
