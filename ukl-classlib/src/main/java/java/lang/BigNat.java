package java.lang;

/**
 * A small mutable natural number (32-bit limbs, least significant first) for the exact
 * arithmetic of floating-point conversion. Only what DoubleToDecimal and DecimalToDouble need.
 */
final class BigNat {
    private int[] mag;
    private int len;

    BigNat(long v) {
        mag = new int[8];
        mag[0] = (int) v;
        mag[1] = (int) (v >>> 32);
        len = 2;
        trim();
    }

    private BigNat(int[] mag, int len) {
        this.mag = mag;
        this.len = len;
    }

    BigNat copy() {
        int[] m = new int[mag.length];
        System.arraycopy(mag, 0, m, 0, len);
        return new BigNat(m, len);
    }

    private void trim() {
        while (len > 0 && mag[len - 1] == 0) {
            len--;
        }
    }

    private void ensure(int limbs) {
        if (limbs > mag.length) {
            int[] m = new int[Math.max(limbs, mag.length * 2)];
            System.arraycopy(mag, 0, m, 0, len);
            mag = m;
        }
    }

    boolean isZero() {
        return len == 0;
    }

    int bitLength() {
        return len == 0 ? 0 : 32 * (len - 1) + 32 - Integer.numberOfLeadingZeros(mag[len - 1]);
    }

    /** this *= m, for 0 <= m < 2^32 given as a long. */
    BigNat mulSmall(long m) {
        ensure(len + 1);
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long p = (mag[i] & 0xffffffffL) * m + carry;
            mag[i] = (int) p;
            carry = p >>> 32;
        }
        if (carry != 0) {
            mag[len++] = (int) carry;
        }
        return this;
    }

    /** this += a, for 0 <= a < 2^31. */
    void add(int a) {
        ensure(len + 1);
        long carry = a;
        for (int i = 0; carry != 0; i++) {
            if (i == len) {
                len++;
            }
            long sum = (mag[i] & 0xffffffffL) + carry;
            mag[i] = (int) sum;
            carry = sum >>> 32;
        }
    }

    BigNat mulPow10(int n) {
        int k = n;
        while (k >= 9) {
            mulSmall(1_000_000_000L);
            k -= 9;
        }
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 10;
        }
        return mulSmall(p);
    }

    BigNat mulPow5(int n) {
        int k = n;
        while (k >= 13) {
            mulSmall(1220703125L);
            k -= 13;
        }
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 5;
        }
        return mulSmall(p);
    }

    BigNat shiftLeft(int bits) {
        if (len == 0 || bits == 0) {
            return this;
        }
        int words = bits >>> 5;
        int b = bits & 31;
        ensure(len + words + 1);
        if (b == 0) {
            for (int i = len - 1; i >= 0; i--) {
                mag[i + words] = mag[i];
            }
        } else {
            mag[len + words] = mag[len - 1] >>> 32 - b;
            for (int i = len - 1; i > 0; i--) {
                mag[i + words] = mag[i] << b | mag[i - 1] >>> 32 - b;
            }
            mag[words] = mag[0] << b;
        }
        for (int i = 0; i < words; i++) {
            mag[i] = 0;
        }
        len += words + 1;
        trim();
        return this;
    }

    private void shiftRight1() {
        for (int i = 0; i < len - 1; i++) {
            mag[i] = mag[i] >>> 1 | mag[i + 1] << 31;
        }
        if (len > 0) {
            mag[len - 1] >>>= 1;
        }
        trim();
    }

    int compareTo(BigNat o) {
        if (len != o.len) {
            return len < o.len ? -1 : 1;
        }
        for (int i = len - 1; i >= 0; i--) {
            if (mag[i] != o.mag[i]) {
                return Integer.compareUnsigned(mag[i], o.mag[i]);
            }
        }
        return 0;
    }

    /** this -= o, which must not exceed this. */
    private void subtract(BigNat o) {
        long borrow = 0;
        for (int i = 0; i < len; i++) {
            long d = (mag[i] & 0xffffffffL) - (i < o.len ? o.mag[i] & 0xffffffffL : 0) - borrow;
            mag[i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        trim();
    }

    /**
     * Replaces this with {@code this mod d} and returns {@code this / d}, or -1 when the quotient
     * does not fit in 62 bits (binary long division: the quotients here are small).
     */
    long divideInPlace(BigNat d) {
        int shift = bitLength() - d.bitLength();
        if (shift < 0) {
            return 0;
        }
        if (shift > 61) {
            return -1;
        }
        BigNat s = d.copy().shiftLeft(shift);
        long q = 0;
        for (int i = shift; i >= 0; i--) {
            if (compareTo(s) >= 0) {
                subtract(s);
                q |= 1L << i;
            }
            s.shiftRight1();
        }
        return q;
    }
}
