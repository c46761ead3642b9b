package ukl.kernel.net.socket;

/**
 * TCP sequence-number arithmetic (RFC 9293 §3.4): numbers are 32-bit and wrap, so they compare
 * modulo 2^32, by the sign of their difference; the comparisons hold while the two numbers are
 * less than 2^31 apart, which the windows (at most 65535 here) guarantee.
 *
 * <p>The numbers stay plain {@code int}s and these are static methods rather than a wrapper
 * record, because a record would be an object per comparison in the translated image, and the
 * data path allocates nothing.
 */
final class SeqNum {
    private SeqNum() {}

    /** {@code a < b} modulo 2^32. */
    static boolean lt(int a, int b) {
        return a - b < 0;
    }

    /** {@code a <= b} modulo 2^32. */
    static boolean le(int a, int b) {
        return a - b <= 0;
    }

    /** {@code a > b} modulo 2^32. */
    static boolean gt(int a, int b) {
        return a - b > 0;
    }

    /** The distance from {@code from} to {@code to}, negative when {@code to} comes first. */
    static int diff(int to, int from) {
        return to - from;
    }

    /** {@code start <= seq < start + len} modulo 2^32: {@code seq} is inside the window. */
    static boolean inWindow(int seq, int start, int len) {
        int rel = seq - start;
        return rel >= 0 && rel < len;
    }
}
