package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/** Chars to UTF-8 (RFC 3629); an unpaired surrogate is malformed input of length one. */
final class Utf8Encoder extends CharsetEncoder {
    private final CoderResult[] error = new CoderResult[1];

    Utf8Encoder(Charset cs) {
        super(cs, 1.1f, 3.0f);
    }

    @Override
    public boolean canEncode(char c) {
        return !Character.isSurrogate(c);
    }

    @Override
    protected CoderResult encodeLoop(CharBuffer src, ByteBuffer dst) {
        int mark = src.position();
        try {
            while (src.hasRemaining()) {
                char c = src.get();
                if (c < 0x80) {
                    if (!dst.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    dst.put((byte) c);
                } else if (c < 0x800) {
                    if (dst.remaining() < 2) {
                        return CoderResult.OVERFLOW;
                    }
                    dst.put((byte) (0xc0 | c >> 6));
                    dst.put((byte) (0x80 | c & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    int cp = Surrogates.parse(c, src, error);
                    if (cp < 0) {
                        return error[0];
                    }
                    if (dst.remaining() < 4) {
                        return CoderResult.OVERFLOW;
                    }
                    dst.put((byte) (0xf0 | cp >> 18));
                    dst.put((byte) (0x80 | cp >> 12 & 0x3f));
                    dst.put((byte) (0x80 | cp >> 6 & 0x3f));
                    dst.put((byte) (0x80 | cp & 0x3f));
                    mark++;
                } else {
                    if (dst.remaining() < 3) {
                        return CoderResult.OVERFLOW;
                    }
                    dst.put((byte) (0xe0 | c >> 12));
                    dst.put((byte) (0x80 | c >> 6 & 0x3f));
                    dst.put((byte) (0x80 | c & 0x3f));
                }
                mark++;
            }
            return CoderResult.UNDERFLOW;
        } finally {
            src.position(mark);
        }
    }
}
