package kv;

/**
 * Sorted-set scores as Redis 7.0 reads and writes them. It parses with {@code strtod} and rejects
 * NaN, leading spaces and trailing bytes ({@code string2d}); it prints with {@code "%.17g"}
 * ({@code addReplyDouble}), and "inf"/"-inf" for the infinities. The JDK has no {@code %g} of C's
 * kind (and this server avoids BigDecimal), so {@link #format} expands the double's exact binary
 * value into decimal digits and rounds to 17 significant digits, ties to even, as glibc does.
 */
final class Scores {
    private static final int PRECISION = 17;

    private Scores() {}

    /** The score in bytes, or NaN when Redis would answer "value is not a valid float". */
    static double parse(byte[] b, int off, int len) {
        String s = Bytes.toString(b, off, len);
        String t = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("infinity")) {
            return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!isDecimal(t)) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** strtod's decimal form: digits with an optional point (at least one digit), then an optional exponent. */
    private static boolean isDecimal(String t) {
        int i = 0;
        int n = t.length();
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static String format(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e17 && !(d == 0 && 1 / d < 0)) {
            return Long.toString((long) d); // %g of an integer below 10^17: its digits, no point
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            sb.append('-');
            d = -d;
        }
        if (d == 0) {
            return sb.append('0').toString();
        }
        // exact value = digits * 10^exp10, digits as a decimal string
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        if (e == 0) {
            e = 1;
        } else {
            m |= 1L << 52;
        }
        e -= 1075; // d = m * 2^e
        byte[] digits = decimal(m);
        int exp10 = 0;
        if (e > 0) {
            for (int i = 0; i < e; i++) {
                digits = multiply(digits, 2);
            }
        } else {
            for (int i = 0; i < -e; i++) {
                digits = multiply(digits, 5); // m * 2^-k = m * 5^k / 10^k
            }
            exp10 = e;
        }
        // round to PRECISION significant digits, half to even on the exact tail
        int x = digits.length - 1 + exp10; // decimal exponent of the first digit
        if (digits.length > PRECISION) {
            boolean up;
            int next = digits[PRECISION];
            if (next != 5) {
                up = next > 5;
            } else {
                boolean rest = false;
                for (int i = PRECISION + 1; i < digits.length; i++) {
                    rest |= digits[i] != 0;
                }
                up = rest || (digits[PRECISION - 1] & 1) == 1;
            }
            byte[] kept = new byte[PRECISION];
            System.arraycopy(digits, 0, kept, 0, PRECISION);
            if (up) {
                int i = PRECISION - 1;
                while (i >= 0 && kept[i] == 9) {
                    kept[i--] = 0;
                }
                if (i < 0) {
                    kept[0] = 1;
                    x++;
                } else {
                    kept[i]++;
                }
            }
            digits = kept;
        }
        int n = digits.length;
        while (n > 1 && digits[n - 1] == 0) {
            n--; // %g drops trailing zeros
        }
        if (x < -4 || x >= PRECISION) {
            sb.append((char) ('0' + digits[0]));
            if (n > 1) {
                sb.append('.');
                for (int i = 1; i < n; i++) {
                    sb.append((char) ('0' + digits[i]));
                }
            }
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) {
                sb.append('0');
            }
            return sb.append(ax).toString();
        }
        if (x < 0) {
            sb.append("0.");
            for (int i = -1; i > x; i--) {
                sb.append('0');
            }
            for (int i = 0; i < n; i++) {
                sb.append((char) ('0' + digits[i]));
            }
            return sb.toString();
        }
        for (int i = 0; i <= x; i++) {
            sb.append(i < n ? (char) ('0' + digits[i]) : '0');
        }
        if (n > x + 1) {
            sb.append('.');
            for (int i = x + 1; i < n; i++) {
                sb.append((char) ('0' + digits[i]));
            }
        }
        return sb.toString();
    }

    private static byte[] decimal(long v) {
        String s = Long.toString(v);
        byte[] d = new byte[s.length()];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) (s.charAt(i) - '0');
        }
        return d;
    }

    /** Decimal digits (most significant first) times a small factor. */
    private static byte[] multiply(byte[] digits, int factor) {
        byte[] r = new byte[digits.length + 1];
        int carry = 0;
        for (int i = digits.length - 1; i >= 0; i--) {
            int p = digits[i] * factor + carry;
            r[i + 1] = (byte) (p % 10);
            carry = p / 10;
        }
        if (carry == 0) {
            byte[] t = new byte[digits.length];
            System.arraycopy(r, 1, t, 0, t.length);
            return t;
        }
        r[0] = (byte) carry;
        return r;
    }
}
