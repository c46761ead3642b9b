package ukl.bench.kv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Run;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.kv.KvResults.TargetResult;

/**
 * The reports of a run: {@code report.md} (what was measured on what, requests per second and
 * latency percentiles per test and setting, the image's ratios to both Linux targets, and the
 * issue's targets checked) and {@code kv.csv} (one row per target, setting and test);
 * {@code results.json} is {@link KvJsonReport}'s.
 */
final class KvReport {
    static final String IMAGE = "ukl-image";
    static final List<String> CSV_HEADER = List.of(
            "target",
            "clients",
            "pipeline",
            "test",
            "status",
            "rps",
            "avg_ms",
            "min_ms",
            "p50_ms",
            "p95_ms",
            "p99_ms",
            "max_ms");

    private KvReport() {}

    static String markdown(KvResults r) {
        StringBuilder out = new StringBuilder("# kv benchmark: redis-benchmark against kv-server and Redis\n\n");
        KvOptions o = r.options();
        out.append("Client, per target and setting: `")
                .append(o.command("C", "P"))
                .append("`, C × P in ")
                .append(o.settings().stream().map(Setting::label).toList())
                .append("; before that, once per target, ")
                .append(o.warmup())
                .append(" requests per test, unrecorded. Latencies in ms, as redis-benchmark reports them.\n\n");
        for (Map.Entry<String, String> e : r.environment().entrySet())
            out.append("- ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue())
                    .append('\n');
        out.append('\n');
        for (TargetResult t : r.targets()) {
            out.append("- **").append(t.name()).append("**: ").append(t.description());
            t.readyMillis()
                    .ifPresent(
                            ms -> out.append(String.format(Locale.ROOT, ", first PONG %.1f s after start", ms / 1000)));
            if (!t.ok()) out.append(" — FAILED: ").append(firstLine(t.error()));
            for (Run run : t.runs())
                if (!run.ok())
                    out.append("\n  - ")
                            .append(run.setting().label())
                            .append(" FAILED: ")
                            .append(firstLine(run.error()));
            out.append('\n');
        }
        table(out, r, "Requests per second", " image / ", x -> format("%.0f", x.rps()), Row::rps);
        table(
                out,
                r,
                "Latency p50 / p95 / p99 (ms)",
                " p99 image / ",
                x -> format("%.3f / %.3f / %.3f", x.p50Ms(), x.p95Ms(), x.p99Ms()),
                Row::p99Ms);
        List<String> linux = linuxTargets(r);
        if (!linux.isEmpty()) {
            out.append("\n## The issue's targets (image against each Linux target, over every test and setting)\n\n");
            for (String l : linux) {
                double goal = l.equals("linux-java") ? 2 : 1;
                out.append("- requests per second ≥ ")
                        .append(format("%.0f", goal))
                        .append("× ")
                        .append(l)
                        .append(": ")
                        .append(check(r, l, Row::rps, goal, true))
                        .append('\n');
                out.append("- p99 ≤ ")
                        .append(l)
                        .append(": ")
                        .append(check(r, l, Row::p99Ms, 1, false))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /**
     * One table: a row per setting and test, a column per target with {@code cell} of its row, and,
     * where the image and a Linux target ran, a column per Linux target with the image's
     * {@code metric} over that target's.
     */
    private static void table(
            StringBuilder out,
            KvResults r,
            String title,
            String ratioHeading,
            Function<Row, String> cell,
            ToDoubleFunction<Row> metric) {
        List<String> names = r.targets().stream().map(TargetResult::name).toList();
        List<String> linux = linuxTargets(r);
        out.append("\n## ").append(title).append("\n\n| test | C | P |");
        for (String n : names) out.append(' ').append(n).append(" |");
        for (String l : linux) out.append(ratioHeading).append(l).append(" |");
        out.append('\n')
                .append("|---|---:|---:|")
                .append("---:|".repeat(names.size() + linux.size()))
                .append('\n');
        for (Setting s : r.options().settings()) {
            for (String test : r.testNames()) {
                out.append("| ")
                        .append(test)
                        .append(" | ")
                        .append(s.clients())
                        .append(" | ")
                        .append(s.pipeline())
                        .append(" |");
                for (String n : names)
                    out.append(' ')
                            .append(r.row(n, s, test).map(cell).orElse("–"))
                            .append(" |");
                for (String l : linux)
                    out.append(' ').append(ratio(r, s, test, l, metric)).append(" |");
                out.append('\n');
            }
        }
    }

    /** The Linux targets the image's ratios are taken against: none where the image did not run. */
    private static List<String> linuxTargets(KvResults r) {
        List<String> names = r.targets().stream().map(TargetResult::name).toList();
        if (!names.contains(IMAGE)) return List.of();
        return KvOptions.LINUX_TARGETS.stream().filter(names::contains).toList();
    }

    /** How many comparisons meet the goal, the geometric mean of the ratios, and their range. */
    private static String check(KvResults r, String linux, ToDoubleFunction<Row> metric, double goal, boolean atLeast) {
        List<Double> ratios = ratios(r, linux, metric);
        if (ratios.isEmpty()) return "no comparable runs";
        long met = ratios.stream().filter(x -> atLeast ? x >= goal : x <= goal).count();
        return format(
                "met in %d of %d; image / %s: geometric mean %.2f, from %.2f to %.2f",
                met,
                ratios.size(),
                linux,
                geometricMean(ratios),
                ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    /** The image's metric over {@code linux}'s, for every test and setting both measured. */
    static List<Double> ratios(KvResults r, String linux, ToDoubleFunction<Row> metric) {
        List<Double> ratios = new ArrayList<>();
        for (Setting s : r.options().settings()) {
            for (String test : r.testNames()) {
                Optional<Row> image = r.row(IMAGE, s, test);
                Optional<Row> other = r.row(linux, s, test);
                if (image.isPresent() && other.isPresent() && metric.applyAsDouble(other.get()) > 0)
                    ratios.add(metric.applyAsDouble(image.get()) / metric.applyAsDouble(other.get()));
            }
        }
        return ratios;
    }

    static double geometricMean(List<Double> values) {
        return Math.exp(values.stream().mapToDouble(Math::log).average().orElse(Double.NaN));
    }

    private static String ratio(KvResults r, Setting s, String test, String linux, ToDoubleFunction<Row> metric) {
        Optional<Row> image = r.row(IMAGE, s, test);
        Optional<Row> other = r.row(linux, s, test);
        if (image.isEmpty() || other.isEmpty() || metric.applyAsDouble(other.get()) <= 0) return "–";
        return format("%.2f", metric.applyAsDouble(image.get()) / metric.applyAsDouble(other.get()));
    }

    static String csv(KvResults r) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append('\n');
        for (TargetResult t : r.targets()) {
            if (!t.ok()) {
                out.append(t.name()).append(",,,,failed,,,,,,,\n");
                continue;
            }
            for (Run run : t.runs()) {
                String prefix = t.name() + "," + run.setting().clients() + ","
                        + run.setting().pipeline() + ",";
                if (!run.ok()) out.append(prefix).append(",failed,,,,,,,\n");
                for (Row x : run.rows())
                    out.append(prefix)
                            .append(x.test())
                            .append(",ok,")
                            .append(format(
                                    "%.2f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f",
                                    x.rps(), x.avgMs(), x.minMs(), x.p50Ms(), x.p95Ms(), x.p99Ms(), x.maxMs()))
                            .append('\n');
            }
        }
        return out.toString();
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
