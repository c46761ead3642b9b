package ukl.bench.kv;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ukl.bench.insns.CountingPlugin.Counts;
import ukl.bench.insns.Layer;
import ukl.bench.kv.KvInsnBench.Window;

/** The report of {@code scripts/bench --kv --insns}, as Markdown and CSV. */
final class KvInsnReport {
    /** How many functions the report lists per window. */
    static final int TOP = 12;

    private KvInsnReport() {}

    static String markdown(KvInsnOptions o, Path image, List<Window> windows) {
        StringBuilder b =
                new StringBuilder("# Guest instructions per request: kv-server's image under redis-benchmark\n\n");
        b.append("`scripts/bench --kv --insns`: `")
                .append(image)
                .append("` booted with `ukl.spin=")
                .append(o.spinMicros())
                .append("`, counted under TCG by `insn-count.c`; Debian's redis-benchmark from the tap's namespace, ")
                .append(o.requests())
                .append(" requests per window after ")
                .append(o.warmup())
                .append(" warm-up ones. A window is everything the guest executed between two snapshots taken\n")
                .append(
                        "while it was idle: the requests, their connections' set-up and tear-down, the ACKs and timers.\n")
                .append(
                        "Requests per second are redis-benchmark's under the plugin (TCG and counting slow the guest):\n")
                .append("for comparing windows of one run only.\n\n");
        b.append(
                "| test | -c | -P | instructions per request | requests/s under the plugin |\n|---|---:|---:|---:|---:|\n");
        for (Window w : windows) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %s | %,.0f |%n",
                    w.test().toUpperCase(Locale.ROOT),
                    w.setting().clients(),
                    w.setting().pipeline(),
                    count(w.perRequest(w.total())),
                    w.rps()));
        }

        b.append("\n## By layer, instructions per request\n\n| layer |");
        for (Window w : windows) b.append(' ').append(heading(w)).append(" |");
        b.append("\n|---|").append("---:|".repeat(windows.size())).append('\n');
        List<Map<Layer, Long>> layers =
                windows.stream().map(KvInsnReport::byLayer).toList();
        for (Layer layer : Layer.values()) {
            if (layers.stream().allMatch(m -> m.getOrDefault(layer, 0L) == 0)) continue;
            b.append("| ").append(layer.label()).append(" |");
            for (int i = 0; i < windows.size(); i++) {
                b.append(' ')
                        .append(count(windows.get(i).perRequest(layers.get(i).getOrDefault(layer, 0L))))
                        .append(" |");
            }
            b.append('\n');
        }

        b.append("\n## The costliest functions, per request\n");
        for (Window w : windows) {
            b.append("\n### ")
                    .append(heading(w))
                    .append("\n\n| function | instructions | share | calls |\n|---|---:|---:|---:|\n");
            double total = w.total();
            w.byFunction().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue(
                            Comparator.comparingLong(Counts::instructions).reversed()))
                    .limit(TOP)
                    .forEach(e -> b.append(String.format(
                            Locale.ROOT,
                            "| `%s` | %s | %.1f%% | %.2f |%n",
                            e.getKey(),
                            count(w.perRequest(e.getValue().instructions())),
                            100 * e.getValue().instructions() / total,
                            w.perRequest(e.getValue().entries()))));
        }
        return b.toString();
    }

    /** One line per window and function: instructions and calls per request. */
    static String csv(List<Window> windows) {
        StringBuilder b =
                new StringBuilder("test,clients,pipeline,function,instructions_per_request,calls_per_request\n");
        for (Window w : windows) {
            w.byFunction()
                    .forEach((function, c) -> b.append(String.format(
                            Locale.ROOT,
                            "%s,%d,%d,%s,%.2f,%.4f%n",
                            w.test(),
                            w.setting().clients(),
                            w.setting().pipeline(),
                            function,
                            w.perRequest(c.instructions()),
                            w.perRequest(c.entries()))));
        }
        return b.toString();
    }

    static Map<Layer, Long> byLayer(Window w) {
        Map<Layer, Long> layers = new EnumMap<>(Layer.class);
        w.byFunction().forEach((function, c) -> layers.merge(Layer.of(function), c.instructions(), Long::sum));
        return layers;
    }

    private static String heading(Window w) {
        return w.test().toUpperCase(Locale.ROOT) + " " + w.setting().label();
    }

    private static String count(double perRequest) {
        return String.format(Locale.ROOT, "%,.0f", perRequest);
    }
}
