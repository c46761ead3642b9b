package java.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Chars encoded into bytes that wait in a buffer until it is full, flushed or closed, as in the
 * JDK's StreamEncoder: the buffer starts at 512 bytes and grows to 8192, writing out what it holds
 * when it grows. A high surrogate at the end of a write waits for its pair in the next one.
 */
public class OutputStreamWriter extends Writer {
    private static final int INITIAL_BYTE_BUFFER_CAPACITY = 512;
    private static final int MAX_BYTE_BUFFER_CAPACITY = 8192;

    private final OutputStream out;
    private final Charset charset;
    private final CharsetEncoder encoder;
    private ByteBuffer bb = ByteBuffer.allocate(INITIAL_BYTE_BUFFER_CAPACITY);
    private boolean closed;
    private boolean haveLeftoverChar;
    private char leftoverChar;
    private CharBuffer lcb;

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out, InputStreamReader.lookup(charsetName));
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        this(out, cs.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public OutputStreamWriter(OutputStream out, CharsetEncoder enc) {
        super(out);
        this.out = out;
        this.encoder = Objects.requireNonNull(enc, "charset encoder");
        this.charset = enc.charset();
    }

    public String getEncoding() {
        if (closed) {
            return null;
        }
        return switch (charset.name()) {
            case "UTF-8" -> "UTF8";
            case "ISO-8859-1" -> "ISO8859_1";
            case "US-ASCII" -> "ASCII";
            case "UTF-16BE" -> "UnicodeBigUnmarked";
            case "UTF-16LE" -> "UnicodeLittleUnmarked";
            default -> charset.name();
        };
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || off > cbuf.length || len < 0 || off + len > cbuf.length || off + len < 0) {
            throw new IndexOutOfBoundsException(); // the JDK's check, without a message
        }
        if (len == 0) {
            return;
        }
        implWrite(CharBuffer.wrap(cbuf, off, len));
    }

    /** As the JDK: the chars are copied out first, so a bad range is String.getChars's exception. */
    @Override
    public void write(String str, int off, int len) throws IOException {
        if (len < 0) {
            throw new IndexOutOfBoundsException();
        }
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        if (csq instanceof CharBuffer cb) {
            ensureOpen();
            implWrite(cb);
        } else {
            write(String.valueOf(csq));
        }
        return this;
    }

    private void writeBytes() throws IOException {
        bb.flip();
        int rem = bb.remaining();
        if (rem > 0) {
            out.write(bb.array(), bb.arrayOffset() + bb.position(), rem);
        }
        bb.clear();
    }

    private void growByteBufferIfNeeded(int len) throws IOException {
        int cap = bb.capacity();
        if (cap < MAX_BYTE_BUFFER_CAPACITY) {
            int maxBytes = len * Math.round(encoder.maxBytesPerChar());
            int newCap = Math.min(maxBytes, MAX_BYTE_BUFFER_CAPACITY);
            if (newCap > cap) {
                if (bb.position() > 0) {
                    writeBytes();
                }
                bb = ByteBuffer.allocate(newCap);
            }
        }
    }

    /** Completes a pending high surrogate with the first char of {@code cb} (or reports it alone at the end). */
    private void flushLeftoverChar(CharBuffer cb, boolean endOfInput) throws IOException {
        if (!haveLeftoverChar && !endOfInput) {
            return;
        }
        if (lcb == null) {
            lcb = CharBuffer.allocate(2);
        } else {
            lcb.clear();
        }
        if (haveLeftoverChar) {
            lcb.put(leftoverChar);
        }
        if (cb != null && cb.hasRemaining()) {
            lcb.put(cb.get());
        }
        lcb.flip();
        while (lcb.hasRemaining() || endOfInput) {
            CoderResult cr = encoder.encode(lcb, bb, endOfInput);
            if (cr.isUnderflow()) {
                if (lcb.hasRemaining()) {
                    leftoverChar = lcb.get();
                    if (cb != null && cb.hasRemaining()) {
                        lcb.clear();
                        lcb.put(leftoverChar).put(cb.get()).flip();
                        continue;
                    }
                    return;
                }
                break;
            }
            if (cr.isOverflow()) {
                writeBytes();
                continue;
            }
            cr.throwException();
        }
        haveLeftoverChar = false;
    }

    private void implWrite(CharBuffer cb) throws IOException {
        if (haveLeftoverChar) {
            flushLeftoverChar(cb, false);
        }
        growByteBufferIfNeeded(cb.remaining());
        while (cb.hasRemaining()) {
            CoderResult cr = encoder.encode(cb, bb, false);
            if (cr.isUnderflow()) {
                if (cb.remaining() == 1) {
                    haveLeftoverChar = true;
                    leftoverChar = cb.get();
                }
                break;
            }
            if (cr.isOverflow()) {
                writeBytes();
                continue;
            }
            cr.throwException();
        }
    }

    /** Writes the buffered bytes but does not flush the stream (the JDK's flushBuffer). */
    void flushBuffer() throws IOException {
        ensureOpen();
        if (bb.position() > 0) {
            writeBytes();
        }
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            flushLeftoverChar(null, true);
            while (true) {
                CoderResult cr = encoder.flush(bb);
                if (cr.isUnderflow()) {
                    break;
                }
                if (cr.isOverflow()) {
                    writeBytes();
                    continue;
                }
                cr.throwException();
            }
            if (bb.position() > 0) {
                writeBytes();
            }
            out.close();
        } catch (IOException x) {
            encoder.reset();
            throw x;
        } finally {
            closed = true;
        }
    }
}
