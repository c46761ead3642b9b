package java.io;

import java.nio.CharBuffer;
import java.util.Objects;

public class CharArrayReader extends Reader {
    protected char[] buf;
    protected int pos;
    protected int markedPos;
    protected int count;

    public CharArrayReader(char[] buf) {
        this.buf = buf;
        this.count = buf.length;
    }

    public CharArrayReader(char[] buf, int offset, int length) {
        if (offset < 0 || offset > buf.length || length < 0 || offset + length < 0) {
            throw new IllegalArgumentException();
        }
        this.buf = buf;
        this.pos = offset;
        this.count = Math.min(offset + length, buf.length);
        this.markedPos = offset;
    }

    private void ensureOpen() throws IOException {
        if (buf == null) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        return pos >= count ? -1 : buf[pos++];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (pos >= count) {
            return -1;
        }
        int n = Math.min(count - pos, len);
        System.arraycopy(buf, pos, cbuf, off, n);
        pos += n;
        return n;
    }

    /** As the JDK's (JDK 17+): -1 at the end even for a full target, else as many chars as fit. */
    @Override
    public int read(CharBuffer target) throws IOException {
        ensureOpen();
        if (pos >= count) {
            return -1;
        }
        int length = Math.min(target.remaining(), count - pos);
        target.put(buf, pos, length);
        pos += length;
        return length;
    }

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        long avail = count - pos;
        if (n > avail) {
            n = avail;
        }
        if (n < 0) {
            return 0;
        }
        pos += (int) n;
        return n;
    }

    @Override
    public boolean ready() throws IOException {
        ensureOpen();
        return count - pos > 0;
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        ensureOpen();
        markedPos = pos;
    }

    @Override
    public void reset() throws IOException {
        ensureOpen();
        pos = markedPos;
    }

    @Override
    public void close() {
        buf = null;
    }
}
