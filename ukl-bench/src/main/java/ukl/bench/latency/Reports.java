package ukl.bench.latency;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import ukl.bench.latency.Results.Run;
import ukl.bench.latency.Results.TargetResult;

/**
 * The terminal table and the CSV files: {@code latency.csv} (one row per target and scenario, or
 * one for a target that failed, with the first line of the reason; results.json has all of it;
 * the columns added later, p50 over the floor's, lost UDP datagrams and why a baseline's first
 * attempt failed when the row is its second, come last),
 * {@code facts.csv} (environment, image size and memory) and {@code samples.csv} (every round trip).
 */
final class Reports {
    static final List<String> LATENCY_HEADER = List.of(
            "target",
            "size_bytes",
            "connections",
            "status",
            "count",
            "mean_us",
            "p50_us",
            "p90_us",
            "p99_us",
            "p999_us",
            "max_us",
            "mean_ratio_linux_c",
            "p99_ratio_linux_c",
            "mean_ratio_linux_java",
            "p99_ratio_linux_java",
            "boot_to_first_echo_ms",
            "failure",
            "p50_ratio_floor",
            "lost_datagrams",
            "first_attempt_failure");

    private Reports() {}

    static String table(Results results) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(
                "Echo-server round-trip latency (µs), one client on the host; ratios are mean and p99 over the Linux guests'");
        if (results.targets().stream().anyMatch(t -> t.name().equals(FloorTarget.NAME))) {
            out.println("p50/floor: p50 over the floor guest's (UDP echo from a C guest polling the same NIC);"
                    + " lost: UDP datagrams not echoed within 100 ms");
        }
        results.environment().forEach((k, v) -> out.printf("  %-13s %s%n", k + ":", v));
        if ("tcg".equals(results.environment().get("accelerator"))) {
            out.println(
                    "  note:         QEMU emulates every guest instruction (TCG): compare the ratios with the paper's (KVM), not the microseconds");
        }
        // the target column is as wide as the longest name (an --image label may be longer than ours)
        int width = Math.max(
                10,
                results.targets().stream()
                        .mapToInt(t -> t.name().length())
                        .max()
                        .orElse(0));
        String name = "%-" + width + "s";
        out.printf(
                name + " %-9s %6s %9s %9s %9s %9s %9s %9s  %-13s %-13s %9s %5s%n",
                "target",
                "scenario",
                "count",
                "mean",
                "p50",
                "p90",
                "p99",
                "p99.9",
                "max",
                "/linux-c",
                "/linux-java",
                "p50/floor",
                "lost");
        for (TargetResult t : results.targets()) {
            if (!t.ok()) {
                out.printf(name + " FAILED: %s%n", t.name(), firstLine(t.failure()));
                continue;
            }
            for (Run r : t.runs()) {
                if (!r.ok()) {
                    out.printf(
                            name + " %-9s FAILED: %s%n", t.name(), r.scenario().label(), firstLine(r.failure()));
                    continue;
                }
                Latency l = r.latency();
                out.printf(
                        Locale.ROOT,
                        name + " %-9s %6d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f  %-13s %-13s %9s %5s%n",
                        t.name(),
                        r.scenario().label(),
                        l.count(),
                        l.mean(),
                        l.p50(),
                        l.p90(),
                        l.p99(),
                        l.p999(),
                        l.max(),
                        ratios(results, t, "linux-c", r.scenario()),
                        ratios(results, t, "linux-java", r.scenario()),
                        floorRatio(results, t, r.scenario()),
                        r.lost() > 0 || udp(t) ? Long.toString(r.lost()) : "-");
            }
        }
        floorSummary(results, out);
        secondAttempts(results, out);
        for (TargetResult t : results.targets()) {
            t.bootMillis()
                    .ifPresent(ms -> out.printf(
                            Locale.ROOT,
                            "boot, QEMU start to first echoed byte: " + name + " %8.0f ms%n",
                            t.name(),
                            ms));
        }
        results.image()
                .ifPresent(image -> out.printf(
                        "ukl image: %d bytes; smallest -m that boots and serves: %d MiB (tried %s)%n",
                        image.bytes(), image.smallestMemoryMiB(), image.trials()));
        out.flush();
        return text.toString();
    }

    /** Whether {@code t} answered UDP: the floor and the UDP image. */
    private static boolean udp(TargetResult t) {
        return Options.UDP_TARGETS.contains(t.name());
    }

    private static String floorRatio(Results results, TargetResult t, Scenario s) {
        OptionalDouble r = results.floorRatio(t, s);
        return r.isPresent() ? String.format(Locale.ROOT, "%.2f", r.getAsDouble()) : "-";
    }

    /**
     * The images' p50 over the floor's, scenario by scenario, where both ran: the TCP image
     * (ukl-image) and the UDP one (ukl-image-udp), the second over the same protocol as the floor.
     */
    private static void floorSummary(Results results, PrintWriter out) {
        List<String> lines = new ArrayList<>();
        for (String image : List.of("ukl-image", "ukl-image-udp")) {
            for (TargetResult t : results.targets()) {
                if (!t.name().equals(image)) continue;
                for (Run r : t.runs()) {
                    OptionalDouble ratio = results.floorRatio(t, r.scenario());
                    if (ratio.isEmpty()) continue;
                    Latency floor = results.targets().stream()
                            .filter(f -> f.name().equals(FloorTarget.NAME))
                            .findFirst()
                            .flatMap(f -> f.run(r.scenario()))
                            .orElseThrow()
                            .latency();
                    lines.add(String.format(
                            Locale.ROOT,
                            "  %-14s %-9s p50 %8.1f µs / floor p50 %8.1f µs = %.2f",
                            image,
                            r.scenario().label(),
                            r.latency().p50(),
                            floor.p50(),
                            ratio.getAsDouble()));
                }
            }
        }
        if (lines.isEmpty()) return;
        out.println("Against the floor (a C guest polling the same NIC, UDP echo; image p50 / floor p50):");
        lines.forEach(out::println);
    }

    /** The baselines' scenarios measured on a second attempt, with why the first failed. */
    private static void secondAttempts(Results results, PrintWriter out) {
        for (TargetResult t : results.targets()) {
            for (Run r : t.runs()) {
                if (r.firstFailure() == null) continue;
                out.printf(
                        "%s %s: measured on a second attempt (%s); the first failed: %s%n",
                        t.name(),
                        r.scenario().label(),
                        r.ok() ? "it served" : "it failed too",
                        firstLine(r.firstFailure()));
            }
        }
    }

    private static String ratios(Results results, TargetResult t, String baseline, Scenario s) {
        OptionalDouble mean = results.ratio(t, baseline, s, false);
        OptionalDouble p99 = results.ratio(t, baseline, s, true);
        if (mean.isEmpty()) return "-";
        return String.format(Locale.ROOT, "%.2f / %.2f", mean.getAsDouble(), p99.getAsDouble());
    }

    private static String firstFailure(Run r) {
        return r.firstFailure() == null ? "" : firstLine(r.firstFailure());
    }

    static void writeCsv(Results results, Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(String.join(",", LATENCY_HEADER)));
        for (TargetResult t : results.targets()) {
            String boot = t.bootMillis().isPresent() ? number(t.bootMillis().getAsDouble()) : "";
            if (!t.ok()) {
                lines.add(row(
                        t.name(),
                        "",
                        "",
                        "failed",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        boot,
                        firstLine(t.failure()),
                        "",
                        "",
                        ""));
                continue;
            }
            for (Run r : t.runs()) {
                Scenario s = r.scenario();
                if (!r.ok()) {
                    lines.add(row(
                            t.name(),
                            s.size(),
                            s.connections(),
                            "failed",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            boot,
                            firstLine(r.failure()),
                            "",
                            "",
                            firstFailure(r)));
                    continue;
                }
                Latency l = r.latency();
                lines.add(row(
                        t.name(),
                        s.size(),
                        s.connections(),
                        "ok",
                        l.count(),
                        number(l.mean()),
                        number(l.p50()),
                        number(l.p90()),
                        number(l.p99()),
                        number(l.p999()),
                        number(l.max()),
                        ratio(results.ratio(t, "linux-c", s, false)),
                        ratio(results.ratio(t, "linux-c", s, true)),
                        ratio(results.ratio(t, "linux-java", s, false)),
                        ratio(results.ratio(t, "linux-java", s, true)),
                        boot,
                        "",
                        ratio(results.floorRatio(t, s)),
                        udp(t) ? Long.toString(r.lost()) : "",
                        firstFailure(r)));
            }
        }
        Files.write(dir.resolve("latency.csv"), lines);

        List<String> facts = new ArrayList<>(List.of("fact,value"));
        for (Map.Entry<String, String> e : results.environment().entrySet()) facts.add(row(e.getKey(), e.getValue()));
        results.image().ifPresent(image -> {
            facts.add(row("image bytes", image.bytes()));
            facts.add(row("image smallest memory MiB", image.smallestMemoryMiB()));
            image.trials().forEach((mib, served) -> facts.add(row("image serves with -m " + mib, served)));
        });
        Files.write(dir.resolve("facts.csv"), facts);

        try (PrintWriter samples = new PrintWriter(Files.newBufferedWriter(dir.resolve("samples.csv")))) {
            samples.println("target,size_bytes,connections,round_trip_ns");
            for (TargetResult t : results.targets()) {
                for (Run r : t.runs()) {
                    for (long n : r.nanos())
                        samples.println(t.name() + "," + r.scenario().size() + ","
                                + r.scenario().connections() + "," + n);
                }
            }
        }
    }

    private static String ratio(OptionalDouble r) {
        return r.isPresent() ? String.format(Locale.ROOT, "%.4f", r.getAsDouble()) : "";
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String row(Object... fields) {
        List<String> out = new ArrayList<>();
        for (Object f : fields) {
            String s = String.valueOf(f);
            out.add(s.matches("(?s).*[,\"\\r\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
        }
        return String.join(",", out);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("");
    }
}
