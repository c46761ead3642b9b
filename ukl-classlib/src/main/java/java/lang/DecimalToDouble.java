package java.lang;

import java.math.BigInteger;

/**
 * {@code Double.parseDouble} and {@code Float.parseFloat} for decimal input (JLS §3.10.2 syntax
 * plus the optional {@code fFdD} suffix, {@code NaN}, {@code Infinity}; no hexadecimal floats).
 *
 * <p>Correctly rounded: an estimate made with double arithmetic is corrected one ulp at a time by
 * comparing the exact decimal value with the midpoints to the neighbours in {@link BigInteger}
 * arithmetic (Clinger, "How to Read Floating Point Numbers Accurately", PLDI 1990, AlgorithmR
 * idea). Digits beyond the first {@value #MAX_DIGITS} only act as a sticky bit, which is exact
 * unless the input lies within 10^-40 (relative) of a midpoint.
 */
final class DecimalToDouble {
    private static final int MAX_DIGITS = 40;
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    };

    /** The binary formats: significand bits, least exponent, greatest exponent (value = c * 2^q). */
    private static final int[] DOUBLE = {53, -1074, 971};

    private static final int[] FLOAT = {24, -149, 104};

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private final String input;
    private final char[] digits = new char[MAX_DIGITS];
    private int count;
    private int exponent;
    private boolean sticky;
    private boolean negative;
    /** NaN or an infinity when the input names one instead of giving digits. */
    private double special;

    private DecimalToDouble(String input) {
        this.input = input;
    }

    static double parseDouble(String s) {
        DecimalToDouble p = new DecimalToDouble(s.trim());
        if (p.parse()) {
            return p.special;
        }
        if (p.count == 0) {
            return p.negative ? -0.0 : 0.0;
        }
        long bits = p.round(DOUBLE);
        return Double.longBitsToDouble(bits | (p.negative ? Long.MIN_VALUE : 0));
    }

    static float parseFloat(String s) {
        DecimalToDouble p = new DecimalToDouble(s.trim());
        if (p.parse()) {
            return (float) p.special;
        }
        if (p.count == 0) {
            return p.negative ? -0.0f : 0.0f;
        }
        int bits = (int) p.round(FLOAT);
        return Float.intBitsToFloat(bits | (p.negative ? Integer.MIN_VALUE : 0));
    }

    private NumberFormatException error() {
        return new NumberFormatException(input.isEmpty() ? "empty String" : "For input string: \"" + input + "\"");
    }

    /** Reads the input into the fields; true when it named NaN or an infinity (then in {@code special}). */
    private boolean parse() {
        String s = input;
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.startsWith("NaN", i) && i + 3 == n) {
            special = Double.NaN;
            return true;
        }
        if (s.startsWith("Infinity", i) && i + 8 == n) {
            special = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return true;
        }
        boolean seenDigit = false;
        boolean seenPoint = false;
        int decimalExponent = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (seenPoint) {
                    decimalExponent--;
                }
                if (c == '0' && count == 0) {
                    continue;
                }
                if (count < MAX_DIGITS) {
                    digits[count++] = c;
                } else {
                    decimalExponent++;
                    sticky |= c != '0';
                }
            } else if (c == '.') {
                if (seenPoint) {
                    throw new NumberFormatException("multiple points");
                }
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!seenDigit) {
            throw error();
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            long e = 0;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                e = Math.min(e * 10 + s.charAt(i) - '0', 100_000);
            }
            if (i == start) {
                throw error();
            }
            decimalExponent += (int) (expNegative ? -e : e);
        }
        if (i < n && "fFdD".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i != n) {
            throw error();
        }
        exponent = decimalExponent;
        return false;
    }

    /** The correctly rounded magnitude as raw bits of the format {@code f}. */
    private long round(int[] f) {
        int precision = f[0];
        int minQ = f[1];
        int maxQ = f[2];
        int magnitude = exponent + count;
        if (magnitude > 400) {
            return infinityBits(f);
        }
        if (magnitude < -400) {
            return 0;
        }
        double estimate = estimate();
        if (estimate == 0) {
            estimate = Double.MIN_VALUE;
        }
        // (c, q) with c normalised into [2^(P-1), 2^P) unless q is the least exponent
        long c;
        int q;
        if (f == DOUBLE) {
            if (estimate > Double.MAX_VALUE) {
                estimate = Double.MAX_VALUE;
            }
            long bits = Double.doubleToRawLongBits(estimate);
            int biased = (int) (bits >>> 52);
            c = biased == 0 ? bits & 0xfffffffffffffL : bits & 0xfffffffffffffL | 1L << 52;
            q = biased == 0 ? -1074 : biased - 1075;
        } else {
            float fe = (float) estimate;
            if (fe > Float.MAX_VALUE) {
                fe = Float.MAX_VALUE;
            }
            int bits = Float.floatToRawIntBits(fe);
            int biased = bits >>> 23;
            c = biased == 0 ? bits & 0x7fffff : bits & 0x7fffff | 1 << 23;
            q = biased == 0 ? -149 : biased - 150;
        }
        long top = 1L << precision;
        long half = top >> 1;
        BigInteger decimal = decimal();
        while (true) {
            // the midpoint above is (2c+1) * 2^(q-1); below it is (2c-1) * 2^(q-1), or
            // (4c-1) * 2^(q-2) when c is the smallest normal significand of its binade
            int up = compare(decimal, 2 * c + 1, q - 1);
            if (up > 0 || up == 0 && (c & 1) == 1) {
                c++;
                if (c == top) {
                    c = half;
                    q++;
                    if (q > maxQ) {
                        return infinityBits(f);
                    }
                }
                continue;
            }
            if (c == 0) {
                break;
            }
            boolean narrow = c == half && q > minQ;
            int down = narrow ? compare(decimal, 4 * c - 1, q - 2) : compare(decimal, 2 * c - 1, q - 1);
            if (down < 0 || down == 0 && (c & 1) == 1) {
                c--;
                if (c < half && q > minQ) {
                    c = top - 1;
                    q--;
                }
                continue;
            }
            break;
        }
        if (c < half) {
            return c;
        }
        long biased = q - minQ + 1;
        return biased << (precision - 1) | c & half - 1;
    }

    private static long infinityBits(int[] f) {
        return f == DOUBLE ? 0x7ff0000000000000L : 0x7f800000L;
    }

    /** A double near the value; the correction loop needs it only to be a few ulps off. */
    private double estimate() {
        int n = Math.min(count, 18);
        long d = 0;
        for (int i = 0; i < n; i++) {
            d = d * 10 + digits[i] - '0';
        }
        if (n == count && n <= 15 && exponent >= -22 && exponent <= 22) {
            // exact operands and one rounding: already the answer (Clinger's fast path)
            return exponent >= 0 ? d * POW10[exponent] : d / POW10[-exponent];
        }
        double z = d;
        int e = exponent + count - n;
        while (e > 22) {
            z *= 1e22;
            e -= 22;
        }
        while (e < -22) {
            z /= 1e22;
            e += 22;
        }
        return e >= 0 ? z * POW10[e] : z / POW10[-e];
    }

    /** The collected digits as an integer. */
    private BigInteger decimal() {
        return count == 0 ? BigInteger.ZERO : new BigInteger(new String(digits, 0, count));
    }

    /** Compares digits * 10^exponent (plus the sticky bit) with m * 2^k. */
    private int compare(BigInteger decimal, long m, int k) {
        BigInteger left = decimal;
        BigInteger right = BigInteger.valueOf(m);
        if (exponent >= 0) {
            left = left.multiply(FIVE.pow(exponent));
        } else {
            right = right.multiply(FIVE.pow(-exponent));
        }
        int shift = exponent - k;
        if (shift > 0) {
            left = left.shiftLeft(shift);
        } else {
            right = right.shiftLeft(-shift);
        }
        int cmp = left.compareTo(right);
        return cmp == 0 && sticky ? 1 : cmp;
    }
}
