package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * US-ASCII or ISO-8859-1: chars at or above {@code limit} are unmappable, a valid pair counting
 * two. A full output buffer is reported before a bad char, as the JDK's encoders do.
 */
final class SingleByteEncoder extends CharsetEncoder {
    private final int limit;
    private final CoderResult[] error = new CoderResult[1];

    SingleByteEncoder(Charset cs, int limit) {
        super(cs, 1.0f, 1.0f);
        this.limit = limit;
    }

    @Override
    public boolean canEncode(char c) {
        return c < limit;
    }

    @Override
    protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
        int mark = src.position();
        try {
            while (src.hasRemaining()) {
                if (!dst.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                char c = src.get();
                if (c < limit) {
                    dst.put((byte) c);
                    mark++;
                    continue;
                }
                if (Character.isSurrogate(c)) {
                    return Surrogates.parse(c, src, error) < 0 ? error[0] : CoderResult.unmappableForLength(2);
                }
                return CoderResult.unmappableForLength(1);
            }
            return CoderResult.UNDERFLOW;
        } finally {
            src.position(mark);
        }
    }
}
