package java.io;

import java.util.Objects;

/**
 * A buffer in front of a reader, with lines ended by "\n", "\r" or "\r\n". After a "\r" the next
 * "\n" is skipped even when it arrives in a later fill ({@code skipLF}). Mark/reset keeps up to the
 * read-ahead limit, growing the buffer if that is larger. {@code lines()} reads a line each time its
 * stream is pulled.
 */
public class BufferedReader extends Reader {
    private static final int INVALIDATED = -2;
    private static final int UNMARKED = -1;

    private Reader in;
    private char[] cb;
    private int nChars;
    private int nextChar;
    private int markedChar = UNMARKED;
    private int readAheadLimit;
    private boolean skipLF;
    private boolean markedSkipLF;

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.cb = new char[sz];
    }

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    private void ensureOpen() throws IOException {
        if (in == null) {
            throw new IOException("Stream closed");
        }
    }

    /** Reads more chars, keeping those from a valid mark on. */
    private void fill() throws IOException {
        int dst;
        if (markedChar <= UNMARKED) {
            dst = 0;
        } else {
            int delta = nextChar - markedChar;
            if (delta >= readAheadLimit) {
                markedChar = INVALIDATED;
                readAheadLimit = 0;
                dst = 0;
            } else {
                if (readAheadLimit <= cb.length) {
                    System.arraycopy(cb, markedChar, cb, 0, delta);
                } else {
                    char[] ncb = new char[readAheadLimit];
                    System.arraycopy(cb, markedChar, ncb, 0, delta);
                    cb = ncb;
                }
                markedChar = 0;
                dst = delta;
                nextChar = nChars = delta;
            }
        }
        int n;
        do {
            n = in.read(cb, dst, cb.length - dst);
        } while (n == 0);
        if (n > 0) {
            nChars = dst + n;
            nextChar = dst;
        }
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        while (true) {
            if (nextChar >= nChars) {
                fill();
                if (nextChar >= nChars) {
                    return -1;
                }
            }
            if (skipLF) {
                skipLF = false;
                if (cb[nextChar] == '\n') {
                    nextChar++;
                    continue;
                }
            }
            return cb[nextChar++];
        }
    }

    private int read1(char[] cbuf, int off, int len) throws IOException {
        if (nextChar >= nChars) {
            if (len >= cb.length && markedChar <= UNMARKED && !skipLF) {
                return in.read(cbuf, off, len);
            }
            fill();
        }
        if (nextChar >= nChars) {
            return -1;
        }
        if (skipLF) {
            skipLF = false;
            if (cb[nextChar] == '\n') {
                nextChar++;
                if (nextChar >= nChars) {
                    fill();
                }
                if (nextChar >= nChars) {
                    return -1;
                }
            }
        }
        int n = Math.min(len, nChars - nextChar);
        System.arraycopy(cb, nextChar, cbuf, off, n);
        nextChar += n;
        return n;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int n = read1(cbuf, off, len);
        if (n <= 0) {
            return n;
        }
        while (n < len && in.ready()) {
            int n1 = read1(cbuf, off + n, len - n);
            if (n1 <= 0) {
                break;
            }
            n += n1;
        }
        return n;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public String readLine() throws IOException {
        StringBuilder s = null;
        ensureOpen();
        boolean omitLF = skipLF;
        while (true) {
            if (nextChar >= nChars) {
                fill();
            }
            if (nextChar >= nChars) {
                return s != null && s.length() > 0 ? s.toString() : null;
            }
            boolean eol = false;
            char c = 0;
            if (omitLF && cb[nextChar] == '\n') {
                nextChar++;
            }
            skipLF = false;
            omitLF = false;
            int i;
            for (i = nextChar; i < nChars; i++) {
                c = cb[i];
                if (c == '\n' || c == '\r') {
                    eol = true;
                    break;
                }
            }
            int startChar = nextChar;
            nextChar = i;
            if (eol) {
                String str;
                if (s == null) {
                    str = new String(cb, startChar, i - startChar);
                } else {
                    s.append(cb, startChar, i - startChar);
                    str = s.toString();
                }
                nextChar++;
                if (c == '\r') {
                    skipLF = true;
                }
                return str;
            }
            if (s == null) {
                s = new StringBuilder(80);
            }
            s.append(cb, startChar, i - startChar);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0L) {
            throw new IllegalArgumentException("skip value is negative");
        }
        ensureOpen();
        long r = n;
        while (r > 0) {
            if (nextChar >= nChars) {
                fill();
            }
            if (nextChar >= nChars) {
                break;
            }
            if (skipLF) {
                skipLF = false;
                if (cb[nextChar] == '\n') {
                    nextChar++;
                }
            }
            long d = nChars - nextChar;
            if (r <= d) {
                nextChar += (int) r;
                r = 0;
                break;
            }
            r -= d;
            nextChar = nChars;
        }
        return n - r;
    }

    @Override
    public boolean ready() throws IOException {
        ensureOpen();
        if (skipLF) {
            if (nextChar >= nChars && in.ready()) {
                fill();
            }
            if (nextChar < nChars) {
                if (cb[nextChar] == '\n') {
                    nextChar++;
                }
                skipLF = false;
            }
        }
        return nextChar < nChars || in.ready();
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        if (readAheadLimit < 0) {
            throw new IllegalArgumentException("Read-ahead limit < 0");
        }
        ensureOpen();
        this.readAheadLimit = readAheadLimit;
        markedChar = nextChar;
        markedSkipLF = skipLF;
    }

    @Override
    public void reset() throws IOException {
        ensureOpen();
        if (markedChar < 0) {
            throw new IOException(markedChar == INVALIDATED ? "Mark invalid" : "Stream not marked");
        }
        nextChar = markedChar;
        skipLF = markedSkipLF;
    }

    @Override
    public void close() throws IOException {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } finally {
            in = null;
            cb = null;
        }
    }

    /** Lines read as the stream is pulled; an IOException reaches the caller as UncheckedIOException. */
    public java.util.stream.Stream<String> lines() {
        java.util.Iterator<String> each = new java.util.Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                try {
                    next = readLine();
                    return next != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String next() {
                if (next != null || hasNext()) {
                    String line = next;
                    next = null;
                    return line;
                }
                throw new java.util.NoSuchElementException();
            }
        };
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(
                        each, java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL),
                false);
    }
}
