package java.lang;

import java.util.Objects;

/** A boxed {@code long}; also holds the integer parsing shared by Integer, Short and Byte. */
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    public static final Class<Long> TYPE = Primitives.LONG;

    private final long value;

    public Long(long value) {
        this.value = value;
    }

    public static Long valueOf(long l) {
        return l >= -128 && l <= 127 ? Cache.CACHE[(int) l + 128] : new Long(l);
    }

    public static Long valueOf(String s) {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(String s, int radix) {
        return valueOf(parseLong(s, radix));
    }

    public static long parseLong(String s) {
        return parse(s, 10, MIN_VALUE, MAX_VALUE);
    }

    public static long parseLong(String s, int radix) {
        return parse(s, radix, MIN_VALUE, MAX_VALUE);
    }

    /**
     * Parses {@code s[beginIndex, endIndex)}. A bad digit, a sign alone or an overflow is the
     * JDK's "Error at index i in: ..." naming the offending character's index in that range.
     */
    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) {
        Objects.requireNonNull(s);
        Objects.checkFromToIndex(beginIndex, endIndex, s.length());
        checkParse("", radix);
        if (beginIndex == endIndex) {
            throw forInputString("", radix);
        }
        int i = beginIndex;
        char first = s.charAt(i);
        boolean negative = first == '-';
        if (negative || first == '+') {
            i++;
        }
        if (i == endIndex) {
            throw errorAt(s, beginIndex, endIndex, i);
        }
        long limit = negative ? MIN_VALUE : -MAX_VALUE;
        long multmin = limit / radix;
        long result = 0;
        for (; i < endIndex; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin || result * radix < limit + digit) {
                throw errorAt(s, beginIndex, endIndex, i);
            }
            result = result * radix - digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException errorAt(CharSequence s, int beginIndex, int endIndex, int index) {
        return new NumberFormatException(
                "Error at index " + (index - beginIndex) + " in: \"" + s.subSequence(beginIndex, endIndex) + "\"");
    }

    public static long parseUnsignedLong(String s) {
        return parseUnsignedLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) {
        return parseUnsigned(s, radix, -1L, "long");
    }

    /**
     * Parses an unsigned value up to {@code max} (compared unsigned), stopping at the first
     * digit that would exceed it: the JDK reports a bad digit before an overflow.
     */
    static long parseUnsigned(String s, int radix, long max, String type) {
        checkParse(s, radix);
        if (s.isEmpty()) {
            throw forInputString(s, radix);
        }
        if (s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        int i = s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) {
            throw forInputString(s, radix);
        }
        long multmax = divideUnsigned(max, radix);
        long lastDigitMax = max - multmax * radix;
        long result = 0;
        for (; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0) {
                throw forInputString(s, radix);
            }
            if (compareUnsigned(result, multmax) > 0 || result == multmax && digit > lastDigitMax) {
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned " + type + ".");
            }
            result = result * radix + digit;
        }
        return result;
    }

    public static Long decode(String nm) {
        return valueOf(decode(nm, MIN_VALUE, MAX_VALUE));
    }

    static NumberFormatException forInputString(String s, int radix) {
        return new NumberFormatException(
                "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    static void checkParse(String s, int radix) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < Character.MIN_RADIX) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > Character.MAX_RADIX) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
    }

    /**
     * Parses {@code s} into {@code [min, max]}, accumulating negatively so that the most negative
     * value needs no special case (the JDK's algorithm).
     */
    static long parse(String s, int radix, long min, long max) {
        checkParse(s, radix);
        int end = s.length();
        int i = 0;
        boolean negative = false;
        if (end > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i = 1;
        }
        if (i >= end) {
            throw forInputString(s, radix);
        }
        long limit = negative ? min : -max;
        long multmin = limit / radix;
        long result = 0;
        for (; i < end; i++) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw forInputString(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw forInputString(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** {@code Integer/Long.decode}: sign, then {@code 0x}, {@code 0X}, {@code #} (hex) or {@code 0} (octal). */
    static long decode(String nm, long min, long max) {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int i = 0;
        boolean negative = false;
        if (nm.charAt(0) == '-' || nm.charAt(0) == '+') {
            negative = nm.charAt(0) == '-';
            i = 1;
        }
        int radix = 10;
        if (nm.startsWith("0x", i) || nm.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        } else if (nm.startsWith("#", i)) {
            radix = 16;
            i++;
        } else if (nm.startsWith("0", i) && nm.length() > i + 1) {
            radix = 8;
            i++;
        }
        if (nm.startsWith("-", i) || nm.startsWith("+", i)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = (negative ? "-" : "") + nm.substring(i);
        try {
            return parse(digits, radix, min, max);
        } catch (NumberFormatException e) {
            throw forInputString(digits, radix);
        }
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ value >>> 32);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Long l && l.value == value;
    }

    @Override
    public int compareTo(Long other) {
        return compare(value, other.value);
    }

    public static int compare(long x, long y) {
        return x < y ? -1 : x == y ? 0 : 1;
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long q = (dividend >>> 1) / divisor << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    public static String toString(long l) {
        int n = stringSize(l);
        char[] buf = new char[n];
        getChars(l, n, buf);
        return new String(buf, true);
    }

    public static String toString(long l, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX || radix == 10) {
            return toString(l);
        }
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = l < 0;
        long q = negative ? l : -l;
        while (q <= -radix) {
            buf[--pos] = Integer.DIGITS[(int) (-(q % radix))];
            q /= radix;
        }
        buf[--pos] = Integer.DIGITS[(int) -q];
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, 65 - pos);
    }

    public static String toUnsignedString(long l) {
        return toUnsignedString(l, 10);
    }

    public static String toUnsignedString(long l, int radix) {
        if (l >= 0) {
            return toString(l, radix);
        }
        return switch (radix) {
            case 2 -> toPowerOfTwoString(l, 1);
            case 8 -> toPowerOfTwoString(l, 3);
            case 16 -> toPowerOfTwoString(l, 4);
            case 32 -> toPowerOfTwoString(l, 5);
            default -> {
                int r = radix < Character.MIN_RADIX || radix > Character.MAX_RADIX ? 10 : radix;
                long q = divideUnsigned(l, r);
                yield toString(q, r) + Integer.DIGITS[(int) (l - q * r)];
            }
        };
    }

    /** Digits of {@code l} read as unsigned, in radix {@code 1 << shift}. */
    static String toPowerOfTwoString(long l, int shift) {
        int bits = Math.max(64 - numberOfLeadingZeros(l), 1);
        int n = (bits + shift - 1) / shift;
        char[] buf = new char[n];
        int mask = (1 << shift) - 1;
        for (int pos = n - 1; pos >= 0; pos--) {
            buf[pos] = Integer.DIGITS[(int) l & mask];
            l >>>= shift;
        }
        return new String(buf, true);
    }

    public static String toHexString(long l) {
        return toPowerOfTwoString(l, 4);
    }

    public static String toOctalString(long l) {
        return toPowerOfTwoString(l, 3);
    }

    public static String toBinaryString(long l) {
        return toPowerOfTwoString(l, 1);
    }

    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 19 + d;
    }

    static void getChars(long l, int end, char[] buf) {
        int pos = end;
        boolean negative = l < 0;
        long q = negative ? l : -l;
        while (q <= -10) {
            long r = q / 10;
            buf[--pos] = (char) ('0' + r * 10 - q);
            q = r;
        }
        buf[--pos] = (char) ('0' - q);
        if (negative) {
            buf[pos - 1] = '-';
        }
    }

    public static int signum(long l) {
        return (int) (l >> 63 | -l >>> 63);
    }

    public static int bitCount(long l) {
        return Integer.bitCount((int) l) + Integer.bitCount((int) (l >>> 32));
    }

    public static int numberOfLeadingZeros(long l) {
        int hi = (int) (l >>> 32);
        return hi == 0 ? 32 + Integer.numberOfLeadingZeros((int) l) : Integer.numberOfLeadingZeros(hi);
    }

    public static int numberOfTrailingZeros(long l) {
        int lo = (int) l;
        return lo == 0 ? 32 + Integer.numberOfTrailingZeros((int) (l >>> 32)) : Integer.numberOfTrailingZeros(lo);
    }

    public static long highestOneBit(long l) {
        return l & MIN_VALUE >>> numberOfLeadingZeros(l);
    }

    public static long lowestOneBit(long l) {
        return l & -l;
    }

    public static long rotateLeft(long l, int distance) {
        return l << distance | l >>> -distance;
    }

    public static long rotateRight(long l, int distance) {
        return l >>> distance | l << -distance;
    }

    public static long reverse(long l) {
        return (long) Integer.reverse((int) l) << 32 | Integer.reverse((int) (l >>> 32)) & 0xffffffffL;
    }

    public static long reverseBytes(long l) {
        return (long) Integer.reverseBytes((int) l) << 32 | Integer.reverseBytes((int) (l >>> 32)) & 0xffffffffL;
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }

    private static final class Cache {
        static final Long[] CACHE = new Long[256];

        static {
            for (int i = 0; i < CACHE.length; i++) {
                CACHE[i] = new Long(i - 128);
            }
        }
    }
}
