package kv;

/** Redis's index ranges (LRANGE, ZRANGE): negative counts from the end, the result clamped to the length. */
final class Ranges {
    private Ranges() {}

    /** [from, to) for inclusive start and stop over a sequence of {@code length}; empty as [0, 0). */
    static long[] clamp(long start, long stop, long length) {
        if (start < 0) {
            start += length;
        }
        if (stop < 0) {
            stop += length;
        }
        if (start < 0) {
            start = 0;
        }
        if (start > stop || start >= length) {
            return new long[] {0, 0};
        }
        if (stop >= length) {
            stop = length - 1;
        }
        return new long[] {start, stop + 1};
    }
}
