package ukl.kernel.sys;

import ukl.kernel.platform.Platform;

/**
 * With {@code ukl.netstats=1}, prints the heap in use on standard error once a second while the
 * kernel waits for the network: {@code ukl.netstats: heap used N bytes}.
 *
 * <p>The collector never moves objects and runs only when the heap is exhausted, so between two
 * lines the figure grows by exactly what was allocated: a server whose figure stays put while it
 * echoes allocates nothing per packet. Printing itself allocates nothing (a preallocated line,
 * digits written in place), so it does not disturb what it measures.
 */
final class HeapReport {
    private static final long PERIOD_NANOS = 1_000_000_000L;
    private static final byte[] PREFIX = ascii("ukl.netstats: heap used ");
    private static final byte[] SUFFIX = ascii(" bytes\n");
    private static final byte[] LINE = new byte[PREFIX.length + 20 + SUFFIX.length];

    private static boolean enabled;
    private static long next;

    private HeapReport() {}

    static void enable() {
        enabled = true;
    }

    /** Prints the line when a period has passed since the last one. */
    static void tick(long nowNanos) {
        if (!enabled || nowNanos < next) {
            return;
        }
        next = nowNanos + PERIOD_NANOS;
        Runtime runtime = Runtime.getRuntime();
        int n = format(runtime.totalMemory() - runtime.freeMemory(), LINE);
        Platform.consoleWrite(2, LINE, 0, n);
    }

    /** Writes the line for {@code used} into {@code line} (at least {@link #LINE}'s size); returns its length. */
    static int format(long used, byte[] line) {
        System.arraycopy(PREFIX, 0, line, 0, PREFIX.length);
        int end = PREFIX.length;
        int digits = 1;
        for (long v = used / 10; v > 0; v /= 10) {
            digits++;
        }
        long v = used;
        for (int i = end + digits - 1; i >= end; i--) {
            line[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        end += digits;
        System.arraycopy(SUFFIX, 0, line, end, SUFFIX.length);
        return end + SUFFIX.length;
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }
}
