package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

/**
 * UTF-8 (RFC 3629) to chars. A sequence cut off by the end of the buffer is left for the next call
 * unless its bytes so far are already wrong; a bad sequence is malformed over the bytes it validly
 * began with (one for a bad lead or second byte, two or three for a later bad byte), which is how
 * many U+FFFD the JDK's decoder gives it.
 */
final class Utf8Decoder extends CharsetDecoder {
    Utf8Decoder(Charset cs) {
        super(cs, 1.0f, 1.0f);
    }

    private static boolean notContinuation(int b) {
        return (b & 0xc0) != 0x80;
    }

    /** E0 needs A0..BF after it (no overlong forms); other leads any continuation byte. */
    private static boolean malformed3Second(int b1, int b2) {
        return b1 == 0xe0 && (b2 & 0xe0) == 0x80 || notContinuation(b2);
    }

    /** F0 needs 90..BF, F4 needs 80..8F (RFC 3629 §4); F5..F7 never start a sequence. */
    private static boolean malformed4Second(int b1, int b2) {
        return b1 > 0xf4 || b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf) || b1 == 0xf4 && (b2 & 0xf0) != 0x80
                || notContinuation(b2);
    }

    @Override
    protected CoderResult decodeLoop(ByteBuffer src, CharBuffer dst) {
        int sp = src.position();
        int sl = src.limit();
        try {
            while (sp < sl) {
                int b1 = src.get(sp) & 0xff;
                int avail = sl - sp;
                if (b1 < 0x80) {
                    if (!dst.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    dst.put((char) b1);
                    sp++;
                } else if (b1 >= 0xc2 && b1 <= 0xdf) {
                    if (avail < 2 || !dst.hasRemaining()) {
                        return avail < 2 ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
                    }
                    int b2 = src.get(sp + 1) & 0xff;
                    if (notContinuation(b2)) {
                        return CoderResult.malformedForLength(1);
                    }
                    dst.put((char) ((b1 & 0x1f) << 6 | b2 & 0x3f));
                    sp += 2;
                } else if (b1 >= 0xe0 && b1 <= 0xef) {
                    if (avail < 3 || !dst.hasRemaining()) {
                        if (avail > 1 && malformed3Second(b1, src.get(sp + 1) & 0xff)) {
                            return CoderResult.malformedForLength(1);
                        }
                        return avail < 3 ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
                    }
                    int b2 = src.get(sp + 1) & 0xff;
                    int b3 = src.get(sp + 2) & 0xff;
                    if (malformed3Second(b1, b2)) {
                        return CoderResult.malformedForLength(1);
                    }
                    if (notContinuation(b3)) {
                        return CoderResult.malformedForLength(2);
                    }
                    char c = (char) ((b1 & 0x0f) << 12 | (b2 & 0x3f) << 6 | b3 & 0x3f);
                    if (Character.isSurrogate(c)) {
                        return CoderResult.malformedForLength(3);
                    }
                    dst.put(c);
                    sp += 3;
                } else if (b1 >= 0xf0 && b1 <= 0xf7) {
                    if (avail < 4 || dst.remaining() < 2) {
                        if (b1 > 0xf4 || avail > 1 && malformed4Second(b1, src.get(sp + 1) & 0xff)) {
                            return CoderResult.malformedForLength(1);
                        }
                        if (avail > 2 && notContinuation(src.get(sp + 2))) {
                            return CoderResult.malformedForLength(2);
                        }
                        return avail < 4 ? CoderResult.UNDERFLOW : CoderResult.OVERFLOW;
                    }
                    int b2 = src.get(sp + 1) & 0xff;
                    int b3 = src.get(sp + 2) & 0xff;
                    int b4 = src.get(sp + 3) & 0xff;
                    int cp = (b1 & 0x07) << 18 | (b2 & 0x3f) << 12 | (b3 & 0x3f) << 6 | b4 & 0x3f;
                    if (notContinuation(b2) || notContinuation(b3) || notContinuation(b4)
                            || !Character.isSupplementaryCodePoint(cp)) {
                        return CoderResult.malformedForLength(
                                malformed4Second(b1, b2) ? 1 : notContinuation(b3) ? 2 : 3);
                    }
                    dst.put(Character.highSurrogate(cp));
                    dst.put(Character.lowSurrogate(cp));
                    sp += 4;
                } else {
                    return CoderResult.malformedForLength(1);
                }
            }
            return CoderResult.UNDERFLOW;
        } finally {
            src.position(sp);
        }
    }
}
