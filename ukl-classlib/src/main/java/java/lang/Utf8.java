package java.lang;

/** UTF-8 (RFC 3629), the one charset of images: the console, String(byte[]) and getBytes(). */
final class Utf8 {
    private Utf8() {}

    /** Encodes {@code chars[from, to)}; an unpaired surrogate becomes {@code '?'} like the JDK's encoder. */
    static byte[] encode(char[] chars, int from, int to) {
        byte[] out = new byte[encodedLength(chars, from, to)];
        encode(chars, from, to, out, 0);
        return out;
    }

    static int encodedLength(char[] chars, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Writes the encoding of {@code chars[from, to)} at {@code out[pos]}; returns the end position. */
    static int encode(char[] chars, int from, int to, byte[] out, int pos) {
        int p = pos;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xc0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                out[p++] = (byte) (0xf0 | cp >> 18);
                out[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[p++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                out[p++] = '?';
            } else {
                out[p++] = (byte) (0xe0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[p++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return p;
    }

    /**
     * Decodes {@code bytes[offset, offset+length)}, replacing malformed input with U+FFFD exactly
     * where the JDK's decoder does (String(byte[], UTF_8)): a bad lead byte or a bad second byte
     * costs one replacement for the lead; a complete three- or four-byte form that is overlong,
     * out of range or a surrogate costs one replacement for the bytes it validly began with.
     */
    static char[] decode(byte[] bytes, int offset, int length) {
        char[] out = new char[length];
        int n = 0;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b1 = bytes[i++];
            if (b1 >= 0) {
                out[n++] = (char) b1;
            } else if (b1 >> 5 == -2 && (b1 & 0x1e) != 0) {
                // C2..DF: two bytes
                if (i >= end) {
                    out[n++] = REPLACEMENT;
                    break;
                }
                int b2 = bytes[i];
                if (notContinuation(b2)) {
                    out[n++] = REPLACEMENT;
                } else {
                    out[n++] = (char) ((b1 & 0x1f) << 6 | b2 & 0x3f);
                    i++;
                }
            } else if (b1 >> 4 == -2) {
                // E0..EF: three bytes
                if (i + 1 < end) {
                    int b2 = bytes[i];
                    int b3 = bytes[i + 1];
                    if (badSecondOf3(b1, b2)) {
                        out[n++] = REPLACEMENT;
                    } else if (notContinuation(b3)) {
                        out[n++] = REPLACEMENT;
                        i++;
                    } else {
                        char c = (char) ((b1 & 0x0f) << 12 | (b2 & 0x3f) << 6 | b3 & 0x3f);
                        out[n++] = Character.isSurrogate(c) ? REPLACEMENT : c;
                        i += 2;
                    }
                    continue;
                }
                out[n++] = REPLACEMENT;
                if (i < end && badSecondOf3(b1, bytes[i])) {
                    continue;
                }
                break;
            } else if (b1 >> 3 == -2) {
                // F0..F7: four bytes
                int lead = b1 & 0xff;
                if (i + 2 < end) {
                    int b2 = bytes[i];
                    int b3 = bytes[i + 1];
                    int b4 = bytes[i + 2];
                    int cp = (lead & 0x07) << 18 | (b2 & 0x3f) << 12 | (b3 & 0x3f) << 6 | b4 & 0x3f;
                    if (notContinuation(b2)
                            || notContinuation(b3)
                            || notContinuation(b4)
                            || !Character.isSupplementaryCodePoint(cp)) {
                        out[n++] = REPLACEMENT;
                        i += badSecondOf4(lead, b2 & 0xff) ? 0 : notContinuation(b3) ? 1 : 2;
                    } else {
                        out[n++] = Character.highSurrogate(cp);
                        out[n++] = Character.lowSurrogate(cp);
                        i += 3;
                    }
                    continue;
                }
                out[n++] = REPLACEMENT;
                if (lead > 0xf4 || i < end && badSecondOf4(lead, bytes[i] & 0xff)) {
                    continue;
                }
                i++;
                if (i < end && notContinuation(bytes[i])) {
                    continue;
                }
                break;
            } else {
                out[n++] = REPLACEMENT;
            }
        }
        if (n == out.length) {
            return out;
        }
        char[] trimmed = new char[n];
        System.arraycopy(out, 0, trimmed, 0, n);
        return trimmed;
    }

    private static final char REPLACEMENT = '\ufffd';

    private static boolean notContinuation(int b) {
        return (b & 0xc0) != 0x80;
    }

    /** E0 needs A0..BF (no overlong forms); the others need any continuation byte. */
    private static boolean badSecondOf3(int b1, int b2) {
        return b1 == (byte) 0xe0 && (b2 & 0xe0) == 0x80 || notContinuation(b2);
    }

    /** F0 needs 90..BF, F4 needs 80..8F (RFC 3629 §4), F5..F7 are never valid. */
    private static boolean badSecondOf4(int lead, int b2) {
        return lead > 0xf4
                || lead == 0xf0 && (b2 < 0x90 || b2 > 0xbf)
                || lead == 0xf4 && (b2 & 0xf0) != 0x80
                || notContinuation(b2);
    }
}
