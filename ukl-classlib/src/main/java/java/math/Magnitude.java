package java.math;

/**
 * Arithmetic on magnitudes: natural numbers as {@code int[]} of 32-bit limbs, least significant
 * first, with no zero limb at the top (zero is the empty array). Every operation returns a new
 * trimmed array and leaves its arguments alone, so BigInteger can share arrays freely.
 *
 * <p>Multiplication is schoolbook below {@link #KARATSUBA} limbs and Karatsuba above (Knuth,
 * TAOCP vol. 2, 4.3.3.A): three half-size products instead of four, O(n^1.585).
 */
final class Magnitude {
    static final int[] ZERO = new int[0];
    /** Below this many limbs in the shorter factor, schoolbook multiplication is faster. */
    static final int KARATSUBA = 40;

    private static final long MASK = 0xffffffffL;

    private Magnitude() {}

    static int[] trim(int[] a, int len) {
        while (len > 0 && a[len - 1] == 0) {
            len--;
        }
        if (len == a.length) {
            return a;
        }
        int[] t = new int[len];
        System.arraycopy(a, 0, t, 0, len);
        return t;
    }

    static int[] of(long v) {
        if (v == 0) {
            return ZERO;
        }
        int hi = (int) (v >>> 32);
        return hi == 0 ? new int[] {(int) v} : new int[] {(int) v, hi};
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]) < 0 ? -1 : 1;
            }
        }
        return 0;
    }

    static int bitLength(int[] a) {
        int n = a.length;
        return n == 0 ? 0 : 32 * n - Integer.numberOfLeadingZeros(a[n - 1]);
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long s = (a[i] & MASK) + (b[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        for (; i < a.length; i++) {
            long s = (a[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        return carry == 0 ? r : withTopLimb(r, (int) carry);
    }

    /** r with one more limb on top (the rare carry out of the top: allocate exact sizes first). */
    private static int[] withTopLimb(int[] r, int top) {
        int[] t = new int[r.length + 1];
        System.arraycopy(r, 0, t, 0, r.length);
        t[r.length] = top;
        return t;
    }

    /** a - b, for a >= b. */
    static int[] subtract(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long d = (a[i] & MASK) - (b[i] & MASK) + borrow;
            r[i] = (int) d;
            borrow = d >> 32;
        }
        for (; i < a.length; i++) {
            long d = (a[i] & MASK) + borrow;
            r[i] = (int) d;
            borrow = d >> 32;
        }
        return trim(r, r.length);
    }

    /** a * m + c, for unsigned 32-bit m and c. */
    static int[] mulAdd(int[] a, int m, int c) {
        if (a.length == 0) {
            return of(c & MASK);
        }
        int[] r = new int[a.length];
        long mm = m & MASK;
        long carry = c & MASK;
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & MASK) * mm + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        return carry == 0 ? trim(r, r.length) : withTopLimb(r, (int) carry);
    }

    static int[] multiply(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return ZERO;
        }
        if (a == b) {
            return square(a);
        }
        if (Math.min(a.length, b.length) < KARATSUBA) {
            int[] r = new int[productLimbs(a, b)];
            schoolbook(a, 0, a.length, b, 0, b.length, r, 0);
            return trim(r, r.length);
        }
        return karatsuba(a, b);
    }

    static int[] square(int[] a) {
        if (a.length < KARATSUBA) {
            int[] r = new int[productLimbs(a, a)];
            schoolbook(a, 0, a.length, a, 0, a.length, r, 0);
            return trim(r, r.length);
        }
        int h = (a.length + 1) / 2;
        int[] lo = trim(slice(a, 0, h), h);
        int[] hi = slice(a, h, a.length);
        int[] z0 = square(lo);
        int[] z2 = square(hi);
        int[] z1 = subtract(subtract(square(add(lo, hi)), z0), z2);
        return combine(z0, z1, z2, h);
    }

    /**
     * The limbs a product needs at most; one less than the sum of the lengths when the top limbs'
     * bits cannot reach the last one, which saves copying the trimmed result.
     */
    private static int productLimbs(int[] a, int[] b) {
        return bitLength(a) + bitLength(b) <= 32 * (a.length + b.length - 1)
                ? a.length + b.length - 1
                : a.length + b.length;
    }

    /**
     * r[off..] += a[ao, ao+an) * b[bo, bo+bn); r must be zero there and long enough for the
     * product, which may be one limb shorter than an + bn (the last carry is then zero). The outer
     * loop runs over the shorter factor, so a long number times a small one (pidigits' k, 2k + 1)
     * is one pass over the long one, not one short inner loop per limb.
     */
    private static void schoolbook(int[] a, int ao, int an, int[] b, int bo, int bn, int[] r, int off) {
        if (an > bn) {
            schoolbook(b, bo, bn, a, ao, an, r, off);
            return;
        }
        for (int i = 0; i < an; i++) {
            long ai = a[ao + i] & MASK;
            if (ai == 0) {
                continue;
            }
            long carry = 0;
            int k = off + i;
            for (int j = 0; j < bn; j++, k++) {
                long p = ai * (b[bo + j] & MASK) + (r[k] & MASK) + carry;
                r[k] = (int) p;
                carry = p >>> 32;
            }
            if (k < r.length) {
                r[k] = (int) carry;
            }
        }
    }

    /**
     * Splits both at h limbs: a = a1·B^h + a0, b = b1·B^h + b0; then a·b = z2·B^2h + z1·B^h + z0
     * with z1 = (a0+a1)(b0+b1) - z0 - z2. Unbalanced factors are cut into pieces of the shorter.
     */
    private static int[] karatsuba(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a.length >= 2 * b.length) {
            int[] r = ZERO;
            for (int off = 0; off < a.length; off += b.length) {
                int end = Math.min(a.length, off + b.length);
                int[] piece = trim(slice(a, off, end), end - off);
                r = add(r, shiftLimbs(multiply(piece, b), off));
            }
            return r;
        }
        int h = (a.length + 1) / 2;
        int[] a0 = trim(slice(a, 0, h), h);
        int[] a1 = slice(a, h, a.length);
        int[] b0 = trim(slice(b, 0, Math.min(h, b.length)), Math.min(h, b.length));
        int[] b1 = b.length > h ? slice(b, h, b.length) : ZERO;
        int[] z0 = multiply(a0, b0);
        int[] z2 = multiply(a1, b1);
        int[] z1 = subtract(subtract(multiply(add(a0, a1), add(b0, b1)), z0), z2);
        return combine(z0, z1, z2, h);
    }

    private static int[] combine(int[] z0, int[] z1, int[] z2, int h) {
        int[] r = new int[Math.max(z0.length, Math.max(z1.length + h, z2.length + 2 * h)) + 1];
        System.arraycopy(z0, 0, r, 0, z0.length);
        addInto(r, z1, h);
        addInto(r, z2, 2 * h);
        return trim(r, r.length);
    }

    /** r[off..] += x; r has room for the carry. */
    private static void addInto(int[] r, int[] x, int off) {
        long carry = 0;
        int i = 0;
        for (; i < x.length; i++) {
            long s = (r[off + i] & MASK) + (x[i] & MASK) + carry;
            r[off + i] = (int) s;
            carry = s >>> 32;
        }
        for (int k = off + i; carry != 0; k++) {
            long s = (r[k] & MASK) + carry;
            r[k] = (int) s;
            carry = s >>> 32;
        }
    }

    static int[] slice(int[] a, int from, int to) {
        int[] r = new int[to - from];
        System.arraycopy(a, from, r, 0, to - from);
        return r;
    }

    private static int[] shiftLimbs(int[] a, int limbs) {
        if (a.length == 0 || limbs == 0) {
            return a;
        }
        int[] r = new int[a.length + limbs];
        System.arraycopy(a, 0, r, limbs, a.length);
        return r;
    }

    static int[] shiftLeft(int[] a, int bits) {
        if (a.length == 0 || bits == 0) {
            return a;
        }
        int words = bits >>> 5;
        int b = bits & 31;
        int[] r = new int[(bitLength(a) + bits + 31) >>> 5];
        if (b == 0) {
            System.arraycopy(a, 0, r, words, a.length);
        } else {
            int carry = 0;
            for (int i = 0; i < a.length; i++) {
                r[i + words] = a[i] << b | carry;
                carry = a[i] >>> 32 - b;
            }
            if (carry != 0) {
                r[a.length + words] = carry;
            }
        }
        return r;
    }

    /** floor(a / 2^bits). */
    static int[] shiftRight(int[] a, int bits) {
        int n = (bitLength(a) - bits + 31) >> 5;
        if (n <= 0) {
            return ZERO;
        }
        int words = bits >>> 5;
        int b = bits & 31;
        int[] r = new int[n];
        if (b == 0) {
            System.arraycopy(a, words, r, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                int hi = i + words + 1 < a.length ? a[i + words + 1] << 32 - b : 0;
                r[i] = a[i + words] >>> b | hi;
            }
        }
        return r;
    }

    /** Whether any of the low {@code bits} bits of a is set. */
    static boolean lowBitsSet(int[] a, int bits) {
        int words = Math.min(bits >>> 5, a.length);
        for (int i = 0; i < words; i++) {
            if (a[i] != 0) {
                return true;
            }
        }
        int b = bits & 31;
        return b != 0 && words < a.length && (a[words] & (1 << b) - 1) != 0;
    }

    static int lowestSetBit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                return 32 * i + Integer.numberOfTrailingZeros(a[i]);
            }
        }
        return -1;
    }

    static int bitCount(int[] a) {
        int c = 0;
        for (int x : a) {
            c += Integer.bitCount(x);
        }
        return c;
    }
}
