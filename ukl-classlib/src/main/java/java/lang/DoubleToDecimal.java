package java.lang;

import java.math.BigInteger;

/**
 * {@code Double.toString} and {@code Float.toString} as specified since JDK 19: the shortest
 * decimal that rounds to the value, and of those the closest (ties to an even last digit); when
 * the shortest has one digit, two-digit decimals compete too (so MIN_VALUE prints 4.9E-324).
 *
 * <p>Exact: the rounding interval {@code [v - ulp/2, v + ulp/2]} (a quarter ulp below at powers
 * of two; ends included iff the significand is even, IEEE 754 round-half-even) is scaled by a
 * power of ten with {@link java.math.BigInteger} arithmetic so that {@code v} has P+1 integer digits; the
 * search for the shortest decimal then runs on longs. Slower than Schubfach/Ryū, which need
 * 128-bit tables, but with nothing to get wrong.
 */
final class DoubleToDecimal {
    private static final long[] POW10 = new long[19];
    /** 10^0 .. 10^18 as doubles, all exact. */
    private static final double[] POW10_DOUBLE = new double[19];

    static {
        POW10[0] = 1;
        POW10_DOUBLE[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
            POW10_DOUBLE[i] = POW10[i];
        }
    }

    private DoubleToDecimal() {}

    static String toString(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & 0xfffffffffffffL;
        if (biased == 0x7ff) {
            return fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity";
        }
        if (biased == 0 && fraction == 0) {
            return bits < 0 ? "-0.0" : "0.0";
        }
        if (Math.abs(v) < 0x1p53 && (long) v == v) {
            return integer(bits < 0, Math.abs((long) v));
        }
        if (biased != 0) {
            String few = fewDigits(bits < 0, Math.abs(v));
            if (few != null) {
                return few;
            }
        }
        long c = biased == 0 ? fraction : fraction | 1L << 52;
        int q = biased == 0 ? -1074 : biased - 1075;
        return shortest(bits < 0, c, q, fraction == 0 && biased > 1, 17);
    }

    static String toString(float v) {
        int bits = Float.floatToRawIntBits(v);
        int biased = bits >>> 23 & 0xff;
        int fraction = bits & 0x7fffff;
        if (biased == 0xff) {
            return fraction != 0 ? "NaN" : bits < 0 ? "-Infinity" : "Infinity";
        }
        if (biased == 0 && fraction == 0) {
            return bits < 0 ? "-0.0" : "0.0";
        }
        if (Math.abs(v) < 0x1p24f && (int) v == v) {
            return integer(bits < 0, Math.abs((int) v));
        }
        long c = biased == 0 ? fraction : fraction | 1 << 23;
        int q = biased == 0 ? -149 : biased - 150;
        return shortest(bits < 0, c, q, fraction == 0 && biased > 1, 9);
    }

    /**
     * Fast path for normal values with at most 15 significant digits (0.1, 3.25, 1234.5678): the
     * first k for which D = round(a * 10^k) gives back a as D / 10^k (one correctly rounded
     * division of exact operands) yields a decimal in the rounding interval with the fewest
     * digits. With D below 10^15 the decimal grid is coarser than the interval, so that decimal
     * is the only one of its length there, hence the closest: the answer of the exact path.
     */
    private static String fewDigits(boolean negative, double a) {
        for (int k = 0; k < POW10_DOUBLE.length; k++) {
            double scaled = a * POW10_DOUBLE[k];
            if (scaled >= 1e15) {
                return null;
            }
            long d = Math.round(scaled);
            if (d != 0 && d / POW10_DOUBLE[k] == a) {
                int exp = -k;
                while (d % 10 == 0) {
                    d /= 10;
                    exp++;
                }
                return format(negative, d, exp);
            }
        }
        return null;
    }

    /**
     * Fast path for integral values below 2^53 (2^24 for float): the rounding interval is at
     * most one unit wide, so no decimal with fewer digits fits in it and the value's own digits
     * are the answer.
     */
    private static String integer(boolean negative, long magnitude) {
        long d = magnitude;
        int exp = 0;
        while (d % 10 == 0) {
            d /= 10;
            exp++;
        }
        return format(negative, d, exp);
    }

    /** The decimal for {@code c * 2^q}; {@code p} digits always suffice (17 for double, 9 for float). */
    private static String shortest(boolean negative, long c, int q, boolean asymmetric, int p) {
        // v = 4c * 2^(q-2); the interval ends are (4c - 2 or 4c - 1) and 4c + 2 in those units
        long mv = 4 * c;
        long ml = asymmetric ? mv - 1 : mv - 2;
        long mu = mv + 2;
        boolean inclusive = (c & 1) == 0;
        int b = 63 - Long.numberOfLeadingZeros(c) + q;
        int e = (int) ((b * 78913L) >> 18) - p;
        long[] scaled = new long[6];
        while (true) {
            scale(ml, mv, mu, q - 2, e, scaled);
            long qv = scaled[2];
            if (qv < 0 || qv >= POW10[p + 1]) {
                e++;
            } else if (qv < POW10[p]) {
                e--;
            } else {
                break;
            }
        }
        long qL = scaled[0];
        boolean exactL = scaled[1] == 0;
        long qv = scaled[2];
        boolean exactV = scaled[3] == 0;
        long qU = scaled[4];
        boolean exactU = scaled[5] == 0;

        int j = p + 1;
        long lo = 0;
        long hi = -1;
        for (; j >= 1; j--) {
            lo = low(qL, exactL, inclusive, POW10[j]);
            hi = high(qU, exactU, inclusive, POW10[j]);
            if (lo <= hi) {
                break;
            }
        }
        long d;
        if (lo < 10) {
            // one digit suffices, so all decimals of length <= 2 compete: those on the grid
            // 10^(j-1), and, where the interval reaches below 10^j, those on the grid 10^(j-2)
            long p1 = POW10[j - 1];
            long p0 = POW10[j - 2];
            long upper = closest(qv, exactV, p1, low(qL, exactL, inclusive, p1), high(qU, exactU, inclusive, p1)) * 10;
            long lo0 = low(qL, exactL, inclusive, p0);
            long hi0 = Math.min(high(qU, exactU, inclusive, p0), 99);
            d = upper;
            if (lo0 <= hi0) {
                long lower = closest(qv, exactV, p0, lo0, hi0);
                d = nearer(qv, exactV, Math.min(lower, upper) * p0, Math.max(lower, upper) * p0) / p0;
            }
            j -= 2;
        } else {
            d = closest(qv, exactV, POW10[j], lo, hi);
        }
        int exp = e + j;
        while (d % 10 == 0) {
            d /= 10;
            exp++;
        }
        return format(negative, d, exp);
    }

    /** Smallest d with d*pow above (or at, if inclusive) the lower end qL(+fraction). */
    private static long low(long qL, boolean exact, boolean inclusive, long pow) {
        if (exact && inclusive) {
            return (qL + pow - 1) / pow;
        }
        return qL / pow + 1;
    }

    /** Largest d with d*pow below (or at, if inclusive) the upper end qU(+fraction). */
    private static long high(long qU, boolean exact, boolean inclusive, long pow) {
        if (exact && !inclusive && qU % pow == 0) {
            return qU / pow - 1;
        }
        return qU / pow;
    }

    /** The multiple of pow in [lo, hi] closest to v = qv(+fraction), ties to even. */
    private static long closest(long qv, boolean exactV, long pow, long lo, long hi) {
        // pow >= 10, so the midpoint between two candidates is an integer
        long d0 = qv / pow;
        long mid = d0 * pow + pow / 2;
        long d;
        if (qv < mid) {
            d = d0;
        } else if (qv > mid || !exactV) {
            d = d0 + 1;
        } else {
            d = (d0 & 1) == 0 ? d0 : d0 + 1;
        }
        return Math.max(lo, Math.min(hi, d));
    }

    /** Of a <= b (both multiples of 10), the one closer to v = qv(+fraction); ties to the even digit. */
    private static long nearer(long qv, boolean exactV, long a, long b) {
        long mid = (a + b) / 2;
        if (qv < mid) {
            return a;
        }
        if (qv > mid || !exactV) {
            return b;
        }
        return (a / 10 & 1) == 0 ? a : b;
    }

    /** floor(m * 2^twoExp / 10^e) and whether a remainder is left, for each of the three m. */
    private static void scale(long ml, long mv, long mu, int twoExp, int e, long[] out) {
        BigInteger den = BigInteger.ONE.shiftLeft(Math.max(0, -twoExp));
        if (e > 0) {
            den = den.multiply(BigInteger.TEN.pow(e));
        }
        long[] ms = {ml, mv, mu};
        for (int i = 0; i < 3; i++) {
            BigInteger num = BigInteger.valueOf(ms[i]).shiftLeft(Math.max(0, twoExp));
            if (e < 0) {
                num = num.multiply(BigInteger.TEN.pow(-e));
            }
            BigInteger[] qr = num.divideAndRemainder(den);
            out[2 * i] = qr[0].bitLength() > 62 ? -1 : qr[0].longValue();
            out[2 * i + 1] = qr[1].signum();
        }
    }

    /** Plain notation for 10^-3 <= |v| < 10^7, else computerized scientific notation. */
    private static String format(boolean negative, long d, int exp) {
        String digits = Long.toString(d);
        int n = digits.length();
        int x = exp + n - 1;
        StringBuilder sb = new StringBuilder(n + 8);
        if (negative) {
            sb.append('-');
        }
        if (x >= 0 && x < 7) {
            if (n <= x + 1) {
                sb.append(digits);
                for (int i = n; i <= x; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, x + 1).append('.').append(digits, x + 1, n);
            }
        } else if (x < 0 && x >= -3) {
            sb.append("0.");
            for (int i = -1; i > x; i--) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0)).append('.');
            if (n > 1) {
                sb.append(digits, 1, n);
            } else {
                sb.append('0');
            }
            sb.append('E').append(x);
        }
        return sb.toString();
    }
}
