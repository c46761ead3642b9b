package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * Chars to UTF-16 in one byte order; charset UTF-16 writes big-endian after a byte-order mark.
 * The replacement is U+FFFD in the encoder's order, as the JDK's.
 */
final class Utf16Encoder extends CharsetEncoder {
    private final boolean big;
    private final boolean usesMark;
    private boolean needsMark;
    private final CoderResult[] error = new CoderResult[1];

    Utf16Encoder(Charset cs, boolean big, boolean mark) {
        super(cs, 2.0f, mark ? 4.0f : 2.0f,
                big ? new byte[] {(byte) 0xff, (byte) 0xfd} : new byte[] {(byte) 0xfd, (byte) 0xff});
        this.big = big;
        this.usesMark = mark;
        this.needsMark = mark;
    }

    private void put(char c, ByteBuffer dst) {
        if (big) {
            dst.put((byte) (c >> 8));
            dst.put((byte) c);
        } else {
            dst.put((byte) c);
            dst.put((byte) (c >> 8));
        }
    }

    @Override
    public boolean canEncode(char c) {
        return !Character.isSurrogate(c);
    }

    @Override
    protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
        int mark = src.position();
        if (needsMark && src.hasRemaining()) {
            if (dst.remaining() < 2) {
                return CoderResult.OVERFLOW;
            }
            put('\ufeff', dst);
            needsMark = false;
        }
        try {
            while (src.hasRemaining()) {
                char c = src.get();
                if (!Character.isSurrogate(c)) {
                    if (dst.remaining() < 2) {
                        return CoderResult.OVERFLOW;
                    }
                    mark++;
                    put(c, dst);
                    continue;
                }
                int cp = Surrogates.parse(c, src, error);
                if (cp < 0) {
                    return error[0];
                }
                if (dst.remaining() < 4) {
                    return CoderResult.OVERFLOW;
                }
                mark += 2;
                put(Character.highSurrogate(cp), dst);
                put(Character.lowSurrogate(cp), dst);
            }
            return CoderResult.UNDERFLOW;
        } finally {
            src.position(mark);
        }
    }

    @Override
    protected void implReset() {
        needsMark = usesMark;
    }
}
