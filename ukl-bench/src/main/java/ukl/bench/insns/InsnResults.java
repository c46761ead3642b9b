package ukl.bench.insns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the instruction-count benchmark measured: per server, per size, per window. */
record InsnResults(InsnOptions options, List<Server> servers) {
    /**
     * One echo server's image and its windows.
     *
     * @param origin where the image comes from: the main class the benchmark built it for, or the
     *     file given with {@code --image}
     */
    record Server(String name, String origin, long imageBytes, List<Window> windows) {}

    /**
     * One window of {@code echoes} round trips of {@code size} bytes: the instructions each
     * function executed in it, and how often it was entered ({@link CountingPlugin.Counts#entries}).
     */
    record Window(int size, int index, int echoes, Map<String, Long> byFunction, Map<String, Long> calls) {
        /** The window between two cumulative snapshots. */
        static Window between(
                int size,
                int index,
                int echoes,
                Map<String, CountingPlugin.Counts> start,
                Map<String, CountingPlugin.Counts> end) {
            Map<String, Long> delta = new HashMap<>();
            Map<String, Long> calls = new HashMap<>();
            CountingPlugin.between(start, end).forEach((function, d) -> {
                if (d.instructions() != 0) delta.put(function, d.instructions());
                if (d.entries() != 0) calls.put(function, d.entries());
            });
            return new Window(size, index, echoes, delta, calls);
        }

        long total() {
            return byFunction.values().stream().mapToLong(Long::longValue).sum();
        }

        double perEcho() {
            return (double) total() / echoes;
        }
    }
}
