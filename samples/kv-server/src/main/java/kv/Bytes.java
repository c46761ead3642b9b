package kv;

/** Byte-string helpers: ASCII conversions and Redis's strict integer syntax. */
final class Bytes {
    private Bytes() {}

    static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    /** Bytes as ISO-8859-1 characters: every byte stays one char, for messages and number parsing. */
    static String toString(byte[] b, int off, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) (b[off + i] & 0xff);
        }
        return new String(c);
    }

    static boolean equalsIgnoreCase(byte[] b, int off, int len, String ascii) {
        if (len != ascii.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (lower(b[off + i]) != lower((byte) ascii.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static byte lower(byte c) {
        return c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }

    /** Marks a failed {@link #parseLong}: no valid input maps to it, since it needs 20 digits. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    /**
     * Redis's {@code string2ll}: an optional '-', then digits without a leading zero (except "0"
     * itself), no spaces or '+', in range of a long. Returns {@link #NOT_A_NUMBER} otherwise; the
     * one valid input whose value is Long.MIN_VALUE is reported as failure too, which only makes
     * "-9223372036854775808" out of range (Redis accepts it; no command here needs it).
     */
    static long parseLong(byte[] b, int off, int len) {
        if (len == 0 || len > 20) {
            return NOT_A_NUMBER;
        }
        int i = off;
        int end = off + len;
        boolean negative = b[i] == '-';
        if (negative && ++i == end) {
            return NOT_A_NUMBER;
        }
        if (b[i] == '0') {
            return end - i == 1 && !negative ? 0 : NOT_A_NUMBER;
        }
        long v = 0; // accumulated negatively, as Long.parseLong does, so MIN_VALUE's magnitude fits
        for (; i < end; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9 || v < (Long.MIN_VALUE + d) / 10) {
                return NOT_A_NUMBER;
            }
            v = v * 10 - d;
        }
        if (!negative) {
            return v == Long.MIN_VALUE ? NOT_A_NUMBER : -v;
        }
        return v;
    }
}
