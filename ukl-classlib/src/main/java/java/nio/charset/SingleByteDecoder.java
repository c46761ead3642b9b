package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * US-ASCII ({@code limit} 0x80: a byte with the high bit set is malformed) or ISO-8859-1 (0x100).
 * As in the JDK's US-ASCII decoder, a full output buffer is reported before a bad byte when both
 * buffers have arrays, and after it otherwise.
 */
final class SingleByteDecoder extends CharsetDecoder {
    private final int limit;

    SingleByteDecoder(Charset cs, int limit) {
        super(cs, 1.0f, 1.0f);
        this.limit = limit;
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
        int sp = src.position();
        boolean overflowFirst = src.hasArray() && dst.hasArray();
        try {
            while (sp < src.limit()) {
                if (overflowFirst && !dst.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                int b = src.get(sp) & 0xff;
                if (b >= limit) {
                    return CoderResult.malformedForLength(1);
                }
                if (!dst.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                dst.put((char) b);
                sp++;
            }
            return CoderResult.UNDERFLOW;
        } finally {
            src.position(sp);
        }
    }
}
