package java.util;

/**
 * The MD5 message digest (RFC 1321), for {@link UUID#nameUUIDFromBytes}: the library has no
 * {@code java.security.MessageDigest}. Not for security; a name-based UUID is defined on MD5.
 */
final class Md5 {
    /** RFC 1321 §3.4: T[i] = floor(2^32 * |sin(i + 1)|). */
    private static final int[] T = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
        0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
        0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
        0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
        0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
        0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
        0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
        0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
        0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
    };

    /** §3.4: the left rotations of each round's four steps. */
    private static final int[] SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

    private Md5() {}

    static byte[] digest(byte[] message) {
        // §3.1-3.2: a 1 bit, zeros to 56 mod 64 bytes, then the bit length, little-endian
        int padded = (message.length + 8 + 64) & ~63;
        byte[] m = Arrays.copyOf(message, padded);
        m[message.length] = (byte) 0x80;
        long bits = (long) message.length << 3;
        for (int i = 0; i < 8; i++) {
            m[padded - 8 + i] = (byte) (bits >>> 8 * i);
        }
        int a0 = 0x67452301;
        int b0 = 0xefcdab89;
        int c0 = 0x98badcfe;
        int d0 = 0x10325476;
        int[] x = new int[16];
        for (int block = 0; block < padded; block += 64) {
            for (int i = 0; i < 16; i++) {
                int p = block + 4 * i;
                x[i] = (m[p] & 0xff) | (m[p + 1] & 0xff) << 8 | (m[p + 2] & 0xff) << 16 | (m[p + 3] & 0xff) << 24;
            }
            int a = a0;
            int b = b0;
            int c = c0;
            int d = d0;
            for (int i = 0; i < 64; i++) {
                int f;
                int g;
                switch (i >>> 4) {
                    case 0 -> {
                        f = (b & c) | (~b & d);
                        g = i;
                    }
                    case 1 -> {
                        f = (d & b) | (~d & c);
                        g = (5 * i + 1) & 15;
                    }
                    case 2 -> {
                        f = b ^ c ^ d;
                        g = (3 * i + 5) & 15;
                    }
                    default -> {
                        f = c ^ (b | ~d);
                        g = (7 * i) & 15;
                    }
                }
                int rotated = Integer.rotateLeft(a + f + T[i] + x[g], SHIFTS[(i >>> 4) * 4 + (i & 3)]);
                a = d;
                d = c;
                c = b;
                b = b + rotated;
            }
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        byte[] out = new byte[16];
        int[] words = {a0, b0, c0, d0};
        for (int i = 0; i < 16; i++) {
            out[i] = (byte) (words[i >>> 2] >>> 8 * (i & 3));
        }
        return out;
    }
}
