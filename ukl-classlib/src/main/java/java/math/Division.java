package java.math;

/**
 * Division of magnitudes (see {@link Magnitude}): by one limb, and Knuth's algorithm D (TAOCP
 * vol. 2, 4.3.1) otherwise, which normalises the divisor so that its top limb has the high bit
 * set and then guesses each quotient limb from the top two limbs, off by at most two.
 */
final class Division {
    private static final long MASK = 0xffffffffL;

    private Division() {}

    /** {quotient, remainder} of a / b, b not zero. */
    static int[][] divide(int[] a, int[] b) {
        if (Magnitude.compare(a, b) < 0) {
            return new int[][] {Magnitude.ZERO, a};
        }
        if (b.length == 1) {
            int[] q = new int[a.length];
            int r = divideSmall(a, b[0], q);
            return new int[][] {Magnitude.trim(q, q.length), Magnitude.of(r & MASK)};
        }
        int shift = Integer.numberOfLeadingZeros(b[b.length - 1]);
        int[] v = Magnitude.shiftLeft(b, shift);
        int n = v.length;
        int[] u = new int[a.length + 1];
        if (shift == 0) {
            System.arraycopy(a, 0, u, 0, a.length);
        } else {
            for (int i = 0; i < a.length; i++) {
                u[i] |= a[i] << shift;
                u[i + 1] = a[i] >>> 32 - shift;
            }
        }
        int m = a.length - n;
        int[] q = new int[m + 1];
        long vTop = v[n - 1] & MASK;
        long vNext = v[n - 2] & MASK;
        for (int j = m; j >= 0; j--) {
            // D3: estimate q̂ from the top two limbs of the current remainder
            long top = (u[j + n] & MASK) << 32 | u[j + n - 1] & MASK;
            // a top below 2^63 (the usual case) divides with the signed instruction
            long qhat = top >= 0 ? top / vTop : Long.divideUnsigned(top, vTop);
            long rhat = top - qhat * vTop;
            while (qhat > MASK || Long.compareUnsigned(qhat * vNext, rhat << 32 | u[j + n - 2] & MASK) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            // D4: multiply and subtract
            long borrow = 0;
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & MASK) + carry;
                carry = p >>> 32;
                long d = (u[i + j] & MASK) - (p & MASK) + borrow;
                u[i + j] = (int) d;
                borrow = d >> 32;
            }
            long d = (u[j + n] & MASK) - carry + borrow;
            u[j + n] = (int) d;
            if (d < 0) {
                // D6: q̂ was one too large; add the divisor back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long s = (u[i + j] & MASK) + (v[i] & MASK) + c;
                    u[i + j] = (int) s;
                    c = s >>> 32;
                }
                u[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        // the remainder is below the divisor: its limbs are u[0, n), still shifted left
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = shift == 0 ? u[i] : u[i] >>> shift | (i + 1 < n ? u[i + 1] << 32 - shift : 0);
        }
        r = Magnitude.trim(r, n);
        return new int[][] {Magnitude.trim(q, q.length), r};
    }

    /** Writes a / d (unsigned d) into q, which has a's length; returns the remainder. */
    static int divideSmall(int[] a, int d, int[] q) {
        long dd = d & MASK;
        long r = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long cur = r << 32 | a[i] & MASK;
            long qi = cur >= 0 ? cur / dd : Long.divideUnsigned(cur, dd);
            r = cur - qi * dd;
            q[i] = (int) qi;
        }
        return (int) r;
    }
}
