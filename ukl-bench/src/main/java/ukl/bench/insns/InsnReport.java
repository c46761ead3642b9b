package ukl.bench.insns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ukl.bench.insns.InsnResults.Server;
import ukl.bench.insns.InsnResults.Window;

/** The instruction-count benchmark's report, as Markdown and CSV. */
final class InsnReport {
    /** How many functions the report lists per server and size. */
    static final int TOP = 15;

    private InsnReport() {}

    static String markdown(InsnResults results) {
        InsnOptions o = results.options();
        StringBuilder b = new StringBuilder();
        b.append("# Guest instructions per echo round trip\n\n")
                .append("`scripts/bench --insns`: one connection from the tap, ")
                .append(o.echoes())
                .append(" round trips per window after ")
                .append(o.warmup())
                .append(" warm-up ones and a pause of ")
                .append(o.gapMicros())
                .append(" µs after each (every request finds the guest idle), the kernel booted with `")
                .append(InsnBench.kernelOptions(o))
                .append(
                        o.spinMicros() == 0
                                ? "` (no busy-poll spell while waiting: what is counted is work, not waiting);\n"
                                : "` (a busy-poll spell while waiting: its rounds count too, as many as the host's speed allows);\n")
                .append("counted under TCG by `insn-count.c` (every translated block's\n")
                .append("instructions added to its function's counter). A window is what the guest executed\n")
                .append("between two snapshots taken while it was idle: its round trips and nothing else, so\n")
                .append("the windows of one size measure the same round trips. With a spell, and for images\n")
                .append("built before `ukl.spin` (given with `--image`), they differ by the rounds the kernel's\n")
                .append("wait loop spins, which depend on the host's speed (see \"Without the spin rounds\").\n\n");
        for (Server s : results.servers()) {
            boolean given = o.images().stream().anyMatch(i -> i.label().equals(s.name()));
            b.append("- `")
                    .append(s.name())
                    .append("`: ")
                    .append(
                            given
                                    ? "the image file `" + s.origin() + "` (`--image`)"
                                    : "`" + s.origin() + "`, built by this run")
                    .append('\n');
        }
        b.append('\n');
        b.append("| server | image bytes | size | ");
        for (int w = 1; w <= o.windows(); w++) b.append("window ").append(w).append(" | ");
        b.append("spread |\n|---|---:|---:|");
        b.append("---:|".repeat(o.windows())).append("---:|\n");
        for (Server s : results.servers()) {
            for (int size : o.sizes()) {
                List<Window> ws = windows(s, size);
                b.append("| ")
                        .append(s.name())
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", s.imageBytes()))
                        .append(" | ")
                        .append(size)
                        .append(" | ");
                double min = Double.MAX_VALUE, max = 0;
                for (Window w : ws) {
                    b.append(count(w.perEcho())).append(" | ");
                    min = Math.min(min, w.perEcho());
                    max = Math.max(max, w.perEcho());
                }
                b.append(ws.isEmpty() ? "" : String.format(Locale.ROOT, "%.2f%%", 100 * (max - min) / min))
                        .append(" |\n");
            }
        }

        spinRounds(b, results);

        b.append("\n## By layer, instructions per round trip (first window)\n\n| layer |");
        List<Window> firsts = new ArrayList<>();
        for (Server s : results.servers()) {
            for (int size : o.sizes()) {
                windows(s, size).stream().findFirst().ifPresent(firsts::add);
                b.append(' ').append(s.name()).append(", ").append(size).append(" B |");
            }
        }
        b.append("\n|---|").append("---:|".repeat(firsts.size())).append('\n');
        List<Map<Layer, Long>> layers = firsts.stream().map(InsnReport::byLayer).toList();
        for (Layer layer : Layer.values()) {
            if (layers.stream().allMatch(m -> m.getOrDefault(layer, 0L) == 0)) continue;
            b.append("| ").append(layer.label()).append(" |");
            for (int i = 0; i < firsts.size(); i++) {
                b.append(' ')
                        .append(count((double) layers.get(i).getOrDefault(layer, 0L)
                                / firsts.get(i).echoes()))
                        .append(" |");
            }
            b.append('\n');
        }

        b.append("\n## The costliest functions, instructions per round trip (first window)\n");
        for (Server s : results.servers()) {
            for (int size : o.sizes()) {
                List<Window> ws = windows(s, size);
                if (ws.isEmpty()) continue;
                Window w = ws.get(0);
                b.append("\n### ")
                        .append(s.name())
                        .append(", ")
                        .append(size)
                        .append(
                                " B\n\n| function | per round trip | share | calls per round trip |\n|---|---:|---:|---:|\n");
                double total = w.total();
                for (Map.Entry<String, Long> e : top(w)) {
                    b.append("| `")
                            .append(e.getKey())
                            .append("` | ")
                            .append(count((double) e.getValue() / w.echoes()))
                            .append(" | ")
                            .append(String.format(Locale.ROOT, "%.1f%%", 100 * e.getValue() / total))
                            .append(" | ")
                            .append(String.format(
                                    Locale.ROOT, "%.2f", (double) w.calls().getOrDefault(e.getKey(), 0L) / w.echoes()))
                            .append(" |\n");
                }
            }
        }
        return b.toString();
    }

    /**
     * Spin rounds per round trip below which a window counts as spell-free: with {@code ukl.spin=0}
     * a round trip still has a rare wait round that paused instead of halting (a timer due).
     */
    private static final double MIN_SPINS = 0.05;

    /** The round trips without spin rounds ({@link SpinFit}): a table per server and size, and one by layer. */
    private static void spinRounds(StringBuilder b, InsnResults results) {
        InsnOptions o = results.options();
        boolean anySpins = false;
        for (Server s : results.servers()) {
            for (double spins : SpinFit.of(s).spins().values()) anySpins |= spins >= MIN_SPINS;
        }
        if (!anySpins) {
            return; // every window is work alone (ukl.spin=0): nothing to fit
        }
        b.append("\n## Without the spin rounds\n\n")
                .append("In an image built before `ukl.spin`, after the last frame the kernel's wait loop spins\n")
                .append("for 100 µs, polling the whole stack each round, before it halts; how many\n")
                .append("of its rounds fit depends on how fast TCG runs (the host's load), so the windows above\n")
                .append("differ by those rounds. Fitted over each server's windows (one cost per spin round and\n")
                .append("function, one intercept per size: `SpinFit`), a round trip without them is the figure\n")
                .append("that two runs agree on.\n\n")
                .append("| server | size | spin rounds per round trip, by window | one spin round |")
                .append(" per round trip without spin rounds |\n|---|---:|---|---:|---:|\n");
        List<Map<Layer, Double>> layers = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Server s : results.servers()) {
            SpinFit fit = SpinFit.of(s);
            for (int size : o.sizes()) {
                StringBuilder spins = new StringBuilder();
                for (Window w : windows(s, size)) {
                    if (!spins.isEmpty()) spins.append(", ");
                    spins.append(String.format(Locale.ROOT, "%.2f", fit.spins().get(w)));
                }
                b.append("| ")
                        .append(s.name())
                        .append(" | ")
                        .append(size)
                        .append(" | ")
                        .append(spins)
                        .append(" | ")
                        .append(fit.separates() ? count(fit.spinRound()) : "-")
                        .append(" | ")
                        .append(fit.separates() ? count(fit.work(size)) : "- (the windows' spin rounds were equal)")
                        .append(" |\n");
                if (fit.separates()) {
                    Map<Layer, Double> byLayer = new EnumMap<>(Layer.class);
                    fit.work()
                            .getOrDefault(size, Map.of())
                            .forEach((f, n) -> byLayer.merge(Layer.of(f), n, Double::sum));
                    layers.add(byLayer);
                    columns.add(s.name() + ", " + size + " B");
                }
            }
        }
        if (layers.isEmpty()) return;
        b.append("\n### By layer, without spin rounds\n\n| layer |");
        columns.forEach(c -> b.append(' ').append(c).append(" |"));
        b.append("\n|---|").append("---:|".repeat(columns.size())).append('\n');
        for (Layer layer : Layer.values()) {
            if (layers.stream().allMatch(m -> Math.abs(m.getOrDefault(layer, 0.0)) < 0.5)) continue;
            b.append("| ").append(layer.label()).append(" |");
            for (Map<Layer, Double> m : layers)
                b.append(' ').append(count(m.getOrDefault(layer, 0.0))).append(" |");
            b.append('\n');
        }
    }

    /** Every window's instructions per round trip, per function: server,size,window,function,instructions. */
    static String csv(InsnResults results) {
        StringBuilder b =
                new StringBuilder("server,size,window,function,instructions_per_round_trip,calls_per_round_trip\n");
        for (Server s : results.servers()) {
            for (Window w : s.windows()) {
                w.byFunction().entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> b.append(s.name())
                                .append(',')
                                .append(w.size())
                                .append(',')
                                .append(w.index() + 1)
                                .append(',')
                                .append(e.getKey())
                                .append(',')
                                .append(String.format(Locale.ROOT, "%.2f", (double) e.getValue() / w.echoes()))
                                .append(',')
                                .append(String.format(
                                        Locale.ROOT,
                                        "%.2f",
                                        (double) w.calls().getOrDefault(e.getKey(), 0L) / w.echoes()))
                                .append('\n'));
            }
        }
        return b.toString();
    }

    static Map<Layer, Long> byLayer(Window w) {
        Map<Layer, Long> layers = new EnumMap<>(Layer.class);
        w.byFunction().forEach((function, n) -> layers.merge(Layer.of(function), n, Long::sum));
        return layers;
    }

    private static List<Map.Entry<String, Long>> top(Window w) {
        return w.byFunction().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP)
                .toList();
    }

    private static List<Window> windows(Server s, int size) {
        return s.windows().stream().filter(w -> w.size() == size).toList();
    }

    private static String count(double perEcho) {
        return String.format(Locale.ROOT, "%,.0f", perEcho);
    }
}
