package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * US-ASCII ({@code limit} 0x80: a byte with the high bit set is malformed) or ISO-8859-1 (0x100).
 * A full output buffer is reported before a bad byte, as the JDK's decoders do.
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
        try {
            while (sp < src.limit()) {
                if (!dst.hasRemaining()) {
                    return CoderResult.OVERFLOW;
                }
                int b = src.get(sp) & 0xff;
                if (b >= limit) {
                    return CoderResult.malformedForLength(1);
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
