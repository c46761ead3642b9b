package ukl.kernel.sys;

import ukl.kernel.net.iface.NetStats;
import ukl.kernel.platform.Platform;
import ukl.kernel.sched.Scheduler;

/**
 * With {@code ukl.netstats=1}, prints the heap in use on standard error once a second while the
 * kernel waits for the network: {@code ukl.netstats: heap used N bytes}, followed by the stack's
 * counters ({@code ukl.netstats: counters RX_FRAMES=… TCP_SYN_COOKIES_SENT=…}, every drop by
 * reason), so that a test can read them while the image runs. In a VM, where threads' stack pages
 * are committed on demand from heap blocks (part of the heap in use), a line {@code ukl.netstats:
 * thread stacks committed N bytes} comes before them.
 *
 * <p>The collector never moves objects and runs only when allocation needs it (a quarter of the
 * heap allocated since the last collection, or none free), so between two lines without a
 * collection the figure grows by exactly what was allocated: a server whose figure stays put
 * while it echoes allocates nothing per packet. After a young collection it still counts the old
 * objects that died since the last full one. Printing itself allocates nothing (a preallocated line,
 * digits written in place), so it does not disturb what it measures.
 *
 * <p>With {@code ukl.netstats=live}, each line is preceded by a full collection and says what
 * survived it: {@code ukl.netstats: heap live N bytes}. That is the figure that shows a leak: after
 * a connection or an attack is over, it returns to where it was. (Stacks are scanned
 * conservatively, so a stale word can keep a few dead objects for a while; a leak grows without
 * bound, a stale word does not.)
 */
final class HeapReport {
    private static final long PERIOD_NANOS = 1_000_000_000L;
    static final byte[] USED = ascii("ukl.netstats: heap used ");
    static final byte[] LIVE = ascii("ukl.netstats: heap live ");
    private static final byte[] SUFFIX = ascii(" bytes\n");
    private static final byte[] LINE = new byte[USED.length + 20 + SUFFIX.length];
    private static final byte[] STACKS_PREFIX = ascii("ukl.netstats: thread stacks committed ");
    private static final byte[] STACKS_LINE = new byte[STACKS_PREFIX.length + 20 + SUFFIX.length];

    private static final byte[] COUNTERS = ascii("ukl.netstats: counters ");
    private static byte[] countersLine;
    private static NetStats stats;

    private static boolean enabled;
    private static boolean live;
    private static long next;

    private HeapReport() {}

    /**
     * Turns the report on, with the counters of {@code netStats}; {@code collect} makes each line
     * report what survives a full collection.
     */
    static void enable(NetStats netStats, boolean collect) {
        enabled = true;
        live = collect;
        stats = netStats;
        countersLine = new byte[COUNTERS.length + NetStats.MAX_FORMAT_LEN + 1];
        System.arraycopy(COUNTERS, 0, countersLine, 0, COUNTERS.length);
    }

    /** Prints the line when a period has passed since the last one. */
    static void tick(long nowNanos) {
        if (!enabled || nowNanos < next) {
            return;
        }
        next = nowNanos + PERIOD_NANOS;
        Runtime runtime = Runtime.getRuntime();
        if (live) {
            runtime.gc();
        }
        int n = format(live ? LIVE : USED, runtime.totalMemory() - runtime.freeMemory(), LINE);
        Platform.consoleWrite(2, LINE, 0, n);
        long stacks = Scheduler.stackBytesCommitted();
        if (stacks > 0) {
            Platform.consoleWrite(2, STACKS_LINE, 0, format(STACKS_PREFIX, stacks, STACKS_LINE));
        }
        int end = stats.format(countersLine, COUNTERS.length);
        countersLine[end] = '\n';
        Platform.consoleWrite(2, countersLine, 0, end + 1);
    }

    /**
     * Writes {@code prefix}, {@code used} and the suffix into {@code line} (at least {@link #LINE}'s
     * size); returns its length.
     */
    static int format(byte[] prefix, long used, byte[] line) {
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        int end = prefix.length;
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
