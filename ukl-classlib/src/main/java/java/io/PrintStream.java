package java.io;

import java.nio.charset.Charset;

/**
 * Text output encoded as UTF-8 unless another charset is given. Each call encodes into a small
 * scratch buffer and hands the bytes to the underlying stream in one write; with auto-flush, a
 * newline flushes it (what a console wants). Like the JDK's, it never throws IOException: errors
 * set {@link #checkError()}. Another charset goes through {@link Encoding}, so that images whose
 * streams are all UTF-8 (System.out) do not link the charset classes.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private static final byte[] NEWLINE = {'\n'};

    private final boolean autoFlush;
    private final byte[] scratch = new byte[512];
    private boolean trouble;
    /** Null for UTF-8. */
    private final Encoding encoding;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        super(java.util.Objects.requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.encoding = null;
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(java.util.Objects.requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        this.encoding = charset.name().equals("UTF-8") ? null : new Encoding(out, charset);
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, InputStreamReader.lookup(encoding));
    }

    /**
     * The charset of a PrintStream that is not UTF-8: one encoder for the stream's life, as the
     * JDK's (so UTF-16 writes one byte-order mark, and a surrogate pair may span two prints).
     */
    private static final class Encoding {
        final Charset charset;
        final OutputStreamWriter writer;

        Encoding(OutputStream out, Charset charset) {
            this.charset = charset;
            this.writer = new OutputStreamWriter(out, charset);
        }

        void write(String s) throws IOException {
            writer.write(s);
            writer.flushBuffer();
        }
    }

    public Charset charset() {
        return encoding == null ? Charset.defaultCharset() : encoding.charset;
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void close() {
        try {
            super.close();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public boolean checkError() {
        flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
            if (b == '\n' && autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    /** Encodes {@code s} and writes it; flushes after a newline when auto-flushing. */
    private void text(String s, boolean newline) {
        if (encoding != null) {
            encoded(newline ? s + "\n" : s);
            return;
        }
        try {
            int n = s.length();
            int pos = 0;
            int i = 0;
            boolean sawNewline = newline;
            while (i < n) {
                if (pos > scratch.length - 4) {
                    out.write(scratch, 0, pos);
                    pos = 0;
                }
                char c = s.charAt(i++);
                if (c < 0x80) {
                    scratch[pos++] = (byte) c;
                    sawNewline |= c == '\n';
                } else if (c < 0x800) {
                    scratch[pos++] = (byte) (0xc0 | c >> 6);
                    scratch[pos++] = (byte) (0x80 | c & 0x3f);
                } else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(s.charAt(i))) {
                    int cp = Character.toCodePoint(c, s.charAt(i++));
                    scratch[pos++] = (byte) (0xf0 | cp >> 18);
                    scratch[pos++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    scratch[pos++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    scratch[pos++] = (byte) (0x80 | cp & 0x3f);
                } else if (Character.isSurrogate(c)) {
                    scratch[pos++] = '?';
                } else {
                    scratch[pos++] = (byte) (0xe0 | c >> 12);
                    scratch[pos++] = (byte) (0x80 | c >> 6 & 0x3f);
                    scratch[pos++] = (byte) (0x80 | c & 0x3f);
                }
            }
            if (pos > 0) {
                out.write(scratch, 0, pos);
            }
            if (newline) {
                out.write(NEWLINE, 0, 1);
            }
            if (autoFlush && sawNewline) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    private void encoded(String s) {
        try {
            encoding.write(s);
            if (autoFlush && s.indexOf('\n') >= 0) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void print(boolean b) {
        text(b ? "true" : "false", false);
    }

    public void print(char c) {
        text(String.valueOf(c), false);
    }

    public void print(int i) {
        text(String.valueOf(i), false);
    }

    public void print(long l) {
        text(String.valueOf(l), false);
    }

    public void print(float f) {
        text(String.valueOf(f), false);
    }

    public void print(double d) {
        text(String.valueOf(d), false);
    }

    public void print(char[] s) {
        text(new String(s), false);
    }

    public void print(String s) {
        text(String.valueOf(s), false);
    }

    public void print(Object obj) {
        text(String.valueOf(obj), false);
    }

    public void println() {
        text("", true);
    }

    public void println(boolean x) {
        text(x ? "true" : "false", true);
    }

    public void println(char x) {
        text(String.valueOf(x), true);
    }

    public void println(int x) {
        text(String.valueOf(x), true);
    }

    public void println(long x) {
        text(String.valueOf(x), true);
    }

    public void println(float x) {
        text(String.valueOf(x), true);
    }

    public void println(double x) {
        text(String.valueOf(x), true);
    }

    public void println(char[] x) {
        text(new String(x), true);
    }

    public void println(String x) {
        text(String.valueOf(x), true);
    }

    public void println(Object x) {
        text(String.valueOf(x), true);
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        text(String.format(format, args), false);
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq) {
        text(String.valueOf(csq), false);
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        CharSequence s = csq == null ? "null" : csq;
        text(s.subSequence(start, end).toString(), false);
        return this;
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
