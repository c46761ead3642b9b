package java.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/**
 * Bytes decoded into chars through a byte buffer of 8192, with malformed input replaced (the JDK's
 * StreamDecoder). A read blocks at most once: with some chars decoded it returns rather than wait
 * for more bytes. A one-char read decodes two chars and keeps the second, so that a surrogate pair
 * is never split inside the decoder.
 */
public class InputStreamReader extends Reader {
    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bb = ByteBuffer.allocate(BUFFER_SIZE);
    private boolean closed;
    private boolean haveLeftoverChar;
    private char leftoverChar;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, lookup(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        this(in, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    public InputStreamReader(InputStream in, CharsetDecoder dec) {
        super(in);
        this.in = in;
        this.decoder = Objects.requireNonNull(dec, "charset decoder");
        this.charset = dec.charset();
        bb.flip();
    }

    static Charset lookup(String charsetName) throws UnsupportedEncodingException {
        Objects.requireNonNull(charsetName, "charsetName");
        try {
            return Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    /** The historical name of the charset: the JDK's for the standard ones, null once closed. */
    public String getEncoding() {
        if (closed) {
            return null;
        }
        return switch (charset.name()) {
            case "UTF-8" -> "UTF8";
            case "ISO-8859-1" -> "ISO8859_1";
            case "US-ASCII" -> "ASCII";
            case "UTF-16" -> "UTF-16";
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
    public int read() throws IOException {
        if (haveLeftoverChar) {
            haveLeftoverChar = false;
            return leftoverChar; // even after close, as the JDK's
        }
        char[] cb = new char[2];
        int n = read(cb, 0, 2);
        if (n == -1) {
            return -1;
        }
        if (n == 2) {
            leftoverChar = cb[1];
            haveLeftoverChar = true;
        }
        return cb[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if (off < 0 || off > cbuf.length || len < 0 || off + len > cbuf.length || off + len < 0) {
            throw new IndexOutOfBoundsException(); // the JDK's check, without a message
        }
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (haveLeftoverChar) {
            cbuf[off] = leftoverChar;
            off++;
            len--;
            haveLeftoverChar = false;
            n = 1;
            if (len == 0 || !implReady()) {
                return n;
            }
        }
        if (len == 1) {
            int c = read();
            if (c == -1) {
                return n == 0 ? -1 : n;
            }
            cbuf[off] = (char) c;
            return n + 1;
        }
        int nr = implRead(cbuf, off, off + len);
        return nr < 0 ? (n == 1 ? 1 : nr) : n + nr;
    }

    private boolean inReady() {
        try {
            return in.available() > 0;
        } catch (IOException x) {
            return false;
        }
    }

    private boolean implReady() {
        return bb.hasRemaining() || inReady();
    }

    /** Appends the stream's next bytes to the buffer; -1 at its end. */
    private int readBytes() throws IOException {
        bb.compact();
        try {
            int pos = bb.position();
            int n = in.read(bb.array(), bb.arrayOffset() + pos, bb.limit() - pos);
            if (n < 0) {
                return n;
            }
            if (n == 0) {
                throw new IOException("Underlying input stream returned zero bytes");
            }
            bb.position(pos + n);
        } finally {
            bb.flip();
        }
        return bb.remaining();
    }

    private int implRead(char[] cbuf, int off, int end) throws IOException {
        CharBuffer cb = CharBuffer.wrap(cbuf, off, end - off);
        if (cb.position() != 0) {
            cb = cb.slice();
        }
        boolean eof = false;
        while (true) {
            CoderResult cr = decoder.decode(bb, cb, eof);
            if (cr.isUnderflow()) {
                if (eof || !cb.hasRemaining() || cb.position() > 0 && !inReady()) {
                    break;
                }
                int n = readBytes();
                if (n < 0) {
                    eof = true;
                    if (cb.position() == 0 && !bb.hasRemaining()) {
                        break;
                    }
                }
                continue;
            }
            if (cr.isOverflow()) {
                break;
            }
            cr.throwException();
        }
        if (eof) {
            decoder.reset();
        }
        if (cb.position() == 0) {
            return eof ? -1 : 0;
        }
        return cb.position();
    }

    @Override
    public boolean ready() throws IOException {
        ensureOpen();
        return haveLeftoverChar || implReady();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        in.close();
    }
}
