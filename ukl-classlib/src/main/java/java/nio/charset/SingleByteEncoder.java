package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * US-ASCII or ISO-8859-1: chars at or above {@code limit} are unmappable, a valid pair counting
 * two. Whether a full output buffer or a bad char is reported first follows the JDK's two loops:
 * its ISO-8859-1 encoder over arrays converts only what fits and reports overflow first; over
 * other buffers, and for US-ASCII always, the bad char comes first.
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
        boolean overflowFirst = limit == 0x100 && src.hasArray() && dst.hasArray();
        try {
            while (src.hasRemaining()) {
                if (overflowFirst && !dst.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                char c = src.get();
                if (c < limit) {
                    if (!dst.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
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
