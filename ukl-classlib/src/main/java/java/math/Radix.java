package java.math;

/**
 * Magnitudes to and from digit strings. Small numbers go one limb-sized chunk of digits at a time
 * (radix^k < 2^31, as the JDK groups them); large ones divide and conquer (Knuth, TAOCP vol. 2,
 * 4.4, exercise 14): split by radix^(k·2^i) so that both halves are about half the size, which
 * turns the quadratic chunk-by-chunk loop into a few big multiplications or divisions.
 */
final class Radix {
    /** Below this many limbs the chunk-by-chunk conversion is used. */
    private static final int RECURSE = 40;

    private Radix() {}

    /** How many digits of this radix fit in a chunk: the largest k with radix^k < 2^31. */
    static int chunkDigits(int radix) {
        int k = 0;
        long p = 1;
        while (p * radix < 1L << 31) {
            p *= radix;
            k++;
        }
        return k;
    }

    private static int chunk(int radix) {
        int p = 1;
        for (int i = chunkDigits(radix); i > 0; i--) {
            p *= radix;
        }
        return p;
    }

    /** The digits of a magnitude (no sign), lower-case letters above 9. */
    static String toString(int[] mag, int radix) {
        if (mag.length == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        if (mag.length < RECURSE) {
            small(mag, radix, 0, sb);
            return sb.toString();
        }
        // powers[i] = chunk^(2^i), up to the last one not above the value
        int[][] powers = new int[32][];
        powers[0] = Magnitude.of(chunk(radix));
        int top = 0;
        while (true) {
            int[] next = Magnitude.square(powers[top]);
            if (Magnitude.compare(next, mag) > 0) {
                break;
            }
            powers[++top] = next;
        }
        split(mag, radix, powers, top, 0, sb);
        return sb.toString();
    }

    /** Appends x (below powers[level]^2) zero-padded to width digits. */
    private static void split(int[] x, int radix, int[][] powers, int level, int width, StringBuilder sb) {
        if (level < 0 || x.length < RECURSE) {
            small(x, radix, width, sb);
            return;
        }
        int[][] qr = Division.divide(x, powers[level]);
        int lowWidth = chunkDigits(radix) << level;
        if (qr[0].length == 0) {
            split(qr[1], radix, powers, level - 1, width, sb);
            return;
        }
        split(qr[0], radix, powers, level - 1, Math.max(0, width - lowWidth), sb);
        split(qr[1], radix, powers, level - 1, lowWidth, sb);
    }

    private static void small(int[] x, int radix, int width, StringBuilder sb) {
        int digits = chunkDigits(radix);
        int chunk = chunk(radix);
        int[] chunks = new int[x.length * 32 / digits + 2];
        int n = 0;
        int[] q = x;
        while (q.length > 0) {
            int[] next = new int[q.length];
            chunks[n++] = Division.divideSmall(q, chunk, next);
            q = Magnitude.trim(next, next.length);
        }
        String first = n == 0 ? "" : Integer.toString(chunks[n - 1], radix);
        int length = n == 0 ? 0 : first.length() + (n - 1) * digits;
        for (int i = length; i < width; i++) {
            sb.append('0');
        }
        sb.append(first);
        for (int i = n - 2; i >= 0; i--) {
            String s = Integer.toString(chunks[i], radix);
            for (int j = s.length(); j < digits; j++) {
                sb.append('0');
            }
            sb.append(s);
        }
    }

    /**
     * The magnitude written by the digits s[from, to) (no sign, already checked to be digits of
     * this radix).
     */
    static int[] parse(String s, int from, int to, int radix) {
        int digits = chunkDigits(radix);
        if (to - from <= RECURSE * digits) {
            int[] mag = Magnitude.ZERO;
            int first = (to - from) % digits == 0 ? digits : (to - from) % digits;
            int chunk = chunk(radix);
            for (int i = from; i < to; ) {
                int end = i == from ? from + first : i + digits;
                mag = Magnitude.mulAdd(mag, chunk, Integer.parseInt(s.substring(i, end), radix));
                i = end;
            }
            return mag;
        }
        // split on a whole number of chunks so that the low part is a power of the chunk
        int lowChunks = (to - from) / digits / 2;
        int mid = to - lowChunks * digits;
        int[] high = parse(s, from, mid, radix);
        int[] low = parse(s, mid, to, radix);
        return Magnitude.add(Magnitude.multiply(high, pow(Magnitude.of(chunk(radix)), lowChunks)), low);
    }

    static int[] pow(int[] base, int e) {
        int[] r = {1};
        int[] b = base;
        while (e > 0) {
            if ((e & 1) != 0) {
                r = Magnitude.multiply(r, b);
            }
            e >>>= 1;
            if (e > 0) {
                b = Magnitude.square(b);
            }
        }
        return r;
    }
}
