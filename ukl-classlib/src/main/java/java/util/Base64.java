package java.util;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Base64 as RFC 4648 (basic, §4, and URL- and filename-safe, §5) and RFC 2045 §6.8 (MIME: lines of
 * at most 76 characters, and a decoder that skips what is not in the alphabet). Results, lengths
 * and the IllegalArgumentException messages for malformed input are the JDK's. The streaming
 * {@code wrap} methods are not part of this library.
 */
public class Base64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final byte[] CRLF = {'\r', '\n'};
    private static final int MIME_LINE = 76;

    private Base64() {}

    public static Encoder getEncoder() {
        return Encoder.BASIC;
    }

    public static Encoder getUrlEncoder() {
        return Encoder.URL;
    }

    public static Encoder getMimeEncoder() {
        return Encoder.MIME;
    }

    /**
     * A MIME encoder with lines of {@code lineLength} rounded down to a multiple of 4 (none when that
     * is not positive), separated by {@code lineSeparator}, which may not hold a Base64 character.
     */
    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        Objects.requireNonNull(lineSeparator);
        for (byte b : lineSeparator) {
            if (valueOf(b, false) != -1) {
                throw new IllegalArgumentException(
                        "Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        int rounded = lineLength & ~3;
        return rounded <= 0 ? Encoder.BASIC : new Encoder(false, lineSeparator.clone(), rounded, true);
    }

    public static Decoder getDecoder() {
        return Decoder.BASIC;
    }

    public static Decoder getUrlDecoder() {
        return Decoder.URL;
    }

    public static Decoder getMimeDecoder() {
        return Decoder.MIME;
    }

    /** The 6-bit value of {@code b} in the (URL) alphabet, -2 for the pad '=', -1 for anything else. */
    static int valueOf(int b, boolean url) {
        int c = b & 0xff;
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == (url ? '-' : '+')) {
            return 62;
        }
        if (c == (url ? '_' : '/')) {
            return 63;
        }
        return c == '=' ? -2 : -1;
    }

    public static class Encoder {
        static final Encoder BASIC = new Encoder(false, null, -1, true);
        static final Encoder URL = new Encoder(true, null, -1, true);
        static final Encoder MIME = new Encoder(false, CRLF, MIME_LINE, true);

        private final boolean url;
        private final byte[] newline;
        private final int lineMax;
        private final boolean padding;

        private Encoder(boolean url, byte[] newline, int lineMax, boolean padding) {
            this.url = url;
            this.newline = newline;
            this.lineMax = lineMax;
            this.padding = padding;
        }

        private char digit(int value) {
            if (value < 62) {
                return ALPHABET.charAt(value);
            }
            return value == 62 ? (url ? '-' : '+') : (url ? '_' : '/');
        }

        /** The encoded length of {@code n} bytes, as a long: it may not fit an array. */
        private long encodedLength(int n) {
            long len = padding ? 4L * ((n + 2L) / 3) : 4L * (n / 3) + (n % 3 == 0 ? 0 : n % 3 + 1);
            if (lineMax > 0 && len > 0) {
                len += (len - 1) / lineMax * newline.length;
            }
            return len;
        }

        public byte[] encode(byte[] src) {
            long len = encodedLength(src.length);
            if (len > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("Encoded size is too large");
            }
            byte[] dst = new byte[(int) len];
            encode(src, 0, src.length, dst);
            return dst;
        }

        public int encode(byte[] src, byte[] dst) {
            if (dst.length < encodedLength(src.length)) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encode(src, 0, src.length, dst);
        }

        public String encodeToString(byte[] src) {
            return new String(encode(src), StandardCharsets.ISO_8859_1);
        }

        public ByteBuffer encode(ByteBuffer buffer) {
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            return ByteBuffer.wrap(encode(src));
        }

        public Encoder withoutPadding() {
            return padding ? new Encoder(url, newline, lineMax, false) : this;
        }

        private int encode(byte[] src, int from, int to, byte[] dst) {
            int dp = 0;
            int column = 0;
            int sp = from;
            while (sp < to) {
                int n = Math.min(3, to - sp);
                int bits = (src[sp] & 0xff) << 16;
                if (n > 1) {
                    bits |= (src[sp + 1] & 0xff) << 8;
                }
                if (n > 2) {
                    bits |= src[sp + 2] & 0xff;
                }
                sp += n;
                if (lineMax > 0 && column == lineMax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                    column = 0;
                }
                dst[dp++] = (byte) digit(bits >>> 18 & 63);
                dst[dp++] = (byte) digit(bits >>> 12 & 63);
                if (n > 1) {
                    dst[dp++] = (byte) digit(bits >>> 6 & 63);
                } else if (padding) {
                    dst[dp++] = '=';
                }
                if (n > 2) {
                    dst[dp++] = (byte) digit(bits & 63);
                } else if (padding) {
                    dst[dp++] = '=';
                }
                column += 4;
            }
            return dp;
        }
    }

    public static class Decoder {
        static final Decoder BASIC = new Decoder(false, false);
        static final Decoder URL = new Decoder(true, false);
        static final Decoder MIME = new Decoder(false, true);

        private final boolean url;
        private final boolean mime;

        private Decoder(boolean url, boolean mime) {
            this.url = url;
            this.mime = mime;
        }

        public byte[] decode(byte[] src) {
            byte[] dst = new byte[decodedLength(src, 0, src.length)];
            int n = decode(src, 0, src.length, dst);
            return n == dst.length ? dst : Arrays.copyOf(dst, n);
        }

        /** Characters above U+00FF are not Base64 ones; they are decoded as '?', as in the JDK. */
        public byte[] decode(String src) {
            return decode(src.getBytes(StandardCharsets.ISO_8859_1));
        }

        public int decode(byte[] src, byte[] dst) {
            if (dst.length < decodedLength(src, 0, src.length)) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            return decode(src, 0, src.length, dst);
        }

        /** On malformed input the buffer's position stays where it was. */
        public ByteBuffer decode(ByteBuffer buffer) {
            int start = buffer.position();
            byte[] src = new byte[buffer.remaining()];
            buffer.get(src);
            try {
                return ByteBuffer.wrap(decode(src));
            } catch (IllegalArgumentException e) {
                buffer.position(start);
                throw e;
            }
        }

        /**
         * The room decoding needs, from the length and the padding (MIME: counting only the alphabet
         * before the first '='); checks the one length that is wrong before any decoding.
         */
        private int decodedLength(byte[] src, int sp, int sl) {
            int len = sl - sp;
            if (len == 0) {
                return 0;
            }
            if (len < 2) {
                // a MIME decoder lets the decoding judge a single byte (the JDK's does too)
                if (mime) {
                    return 0;
                }
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            int paddings = 0;
            if (mime) {
                int skipped = 0;
                for (int i = sp; i < sl; i++) {
                    int v = valueOf(src[i], false);
                    if (v == -2) {
                        len -= sl - i;
                        break;
                    }
                    if (v == -1) {
                        skipped++;
                    }
                }
                len -= skipped;
            } else if (src[sl - 1] == '=') {
                paddings = src[sl - 2] == '=' ? 2 : 1;
            }
            if (paddings == 0 && (len & 3) != 0) {
                paddings = 4 - (len & 3);
            }
            return 3 * (int) ((len + 3L) / 4) - paddings;
        }

        /**
         * Decodes quads of 6-bit values into three bytes; padding may end the input only after two
         * or three characters of a quad (RFC 4648 §3.2), and nothing but skipped MIME characters
         * may follow it.
         */
        private int decode(byte[] src, int sp, int sl, byte[] dst) {
            int dp = 0;
            int bits = 0;
            int shift = 18;
            while (sp < sl) {
                int v = valueOf(src[sp++], url);
                if (v == -2) {
                    // "=" alone, "x=" and "xx=" without its second '=' are each a broken last quad
                    if (shift == 18 || shift == 6 && (sp == sl || src[sp++] != '=')) {
                        throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
                    }
                    break;
                }
                if (v == -1) {
                    if (mime) {
                        continue;
                    }
                    throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(src[sp - 1], 16));
                }
                bits |= v << shift;
                shift -= 6;
                if (shift < 0) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) bits;
                    shift = 18;
                    bits = 0;
                }
            }
            if (shift == 6) {
                dst[dp++] = (byte) (bits >> 16);
            } else if (shift == 0) {
                dst[dp++] = (byte) (bits >> 16);
                dst[dp++] = (byte) (bits >> 8);
            } else if (shift == 12) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            while (sp < sl) {
                if (mime && valueOf(src[sp++], false) < 0) {
                    continue;
                }
                throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
            }
            return dp;
        }
    }
}
