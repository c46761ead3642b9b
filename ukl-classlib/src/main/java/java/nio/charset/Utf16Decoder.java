package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * UTF-16 (RFC 2781) to chars. With no byte order given (charset UTF-16) a leading byte-order mark
 * picks the order and is dropped, else big-endian; later, U+FEFF and U+FFFE are ordinary chars (as
 * in JDK 25). An unpaired low surrogate is malformed over two bytes, a high surrogate followed by
 * something else over four.
 */
final class Utf16Decoder extends CharsetDecoder {
    static final int NONE = 0;
    static final int BIG = 1;
    static final int LITTLE = 2;

    private final int expected;
    private int current;

    Utf16Decoder(Charset cs, int byteOrder) {
        super(cs, 0.5f, 1.0f);
        this.expected = byteOrder;
        this.current = byteOrder;
    }

    private char decode(int b1, int b2) {
        return current == LITTLE ? (char) (b2 << 8 | b1) : (char) (b1 << 8 | b2);
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
        int mark = src.position();
        try {
            while (src.remaining() > 1) {
                int b1 = src.get() & 0xff;
                int b2 = src.get() & 0xff;
                if (current == NONE) {
                    char bom = (char) (b1 << 8 | b2);
                    if (bom == '\ufeff' || bom == '\ufffe') {
                        current = bom == '\ufeff' ? BIG : LITTLE;
                        mark += 2;
                        continue;
                    }
                    current = BIG;
                }
                char c = decode(b1, b2);
                if (Character.isHighSurrogate(c)) {
                    if (src.remaining() < 2) {
                        return CoderResult.UNDERFLOW;
                    }
                    char c2 = decode(src.get() & 0xff, src.get() & 0xff);
                    if (!Character.isLowSurrogate(c2)) {
                        return CoderResult.malformedForLength(4);
                    }
                    if (dst.remaining() < 2) {
                        return CoderResult.OVERFLOW;
                    }
                    mark += 4;
                    dst.put(c);
                    dst.put(c2);
                    continue;
                }
                if (Character.isLowSurrogate(c)) {
                    return CoderResult.malformedForLength(2);
                }
                if (!dst.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                mark += 2;
                dst.put(c);
            }
            return CoderResult.UNDERFLOW;
        } finally {
            src.position(mark);
        }
    }

    @Override
    protected void implReset() {
        current = expected;
    }
}
