package ukl.qemutests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The lines a guest's kernel prints on standard error once a second with {@code ukl.netstats=1}
 * ({@code heap used N bytes}: what is allocated) or {@code ukl.netstats=live} ({@code heap live N
 * bytes}: what survives a full collection), each followed by {@code counters NAME=value ...}.
 *
 * <p>Only whole lines count: the guest's output is read while it runs, so the text after the last
 * newline may be a line still being written, and a truncated counters line would parse as a map
 * without its last counters.
 */
final class NetStatsLines {
    static final String HEAP_USED = "ukl.netstats: heap used ";
    static final String HEAP_LIVE = "ukl.netstats: heap live ";
    static final String COUNTERS = "ukl.netstats: counters ";

    private NetStatsLines() {}

    /** The whole lines of {@code text} that start with {@code prefix}, without it. */
    static List<String> lines(String text, String prefix) {
        List<String> found = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
            if (text.startsWith(prefix, start)) {
                found.add(text.substring(start + prefix.length(), nl));
            }
        }
        return found;
    }

    /** The figures of the heap lines ({@link #HEAP_USED} or {@link #HEAP_LIVE}) in {@code text}. */
    static List<Long> heap(String text, String prefix) {
        List<Long> figures = new ArrayList<>();
        for (String rest : lines(text, prefix)) {
            figures.add(Long.parseLong(rest.substring(0, rest.indexOf(' '))));
        }
        return figures;
    }

    /** The counters of one counters line, without its prefix. */
    static Map<String, Long> counters(String rest) {
        Map<String, Long> m = new TreeMap<>();
        for (String kv : rest.trim().split(" ")) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
        }
        return m;
    }

    /** The last counters line of {@code text}, or {@code (none)}: for failure messages. */
    static String lastCounters(String text) {
        List<String> all = lines(text, COUNTERS);
        return all.isEmpty() ? "(none)" : COUNTERS + all.get(all.size() - 1);
    }

    /**
     * Waits for the first whole line starting with {@code prefix} that {@code output} gains past
     * {@code from} characters, and returns it without the prefix.
     */
    static String await(Supplier<String> output, int from, String prefix, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> found = lines(output.get().substring(from), prefix);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError(
                "no line '" + prefix + "…' from the guest in " + timeout.toSeconds() + " s:\n" + output.get());
    }
}
