package ukl.bench.latency;

import static ukl.bench.run.Json.string;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import ukl.bench.latency.Results.Run;
import ukl.bench.latency.Results.TargetResult;
import ukl.bench.run.Json;

/**
 * {@code results.json}: every figure of the run (not the raw samples, which are in samples.csv).
 * Written by hand: the shape is small and fixed, and RFC 8259 §7's string escapes are all it needs.
 */
final class JsonReport {
    private final StringBuilder out = new StringBuilder();

    private JsonReport() {}

    static String of(Results results) {
        JsonReport json = new JsonReport();
        json.results(results);
        return json.out.append('\n').toString();
    }

    private void results(Results r) {
        out.append("{\n  \"environment\": ").append(Json.object(r.environment(), "  "));
        Options o = r.options();
        out.append(",\n  \"options\": {\"requests\": ")
                .append(o.requests())
                .append(", \"seconds\": ")
                .append(number(o.seconds()))
                .append(", \"warmup\": ")
                .append(o.warmup())
                .append(", \"memoryMiB\": ")
                .append(o.memoryMiB())
                .append(", \"accel\": ")
                .append(string(o.accel()))
                .append("},\n  \"targets\": [");
        String sep = "";
        for (TargetResult t : r.targets()) {
            out.append(sep)
                    .append("\n    {\"name\": ")
                    .append(string(t.name()))
                    .append(", \"description\": ")
                    .append(string(t.description()))
                    .append(", \"status\": ")
                    .append(string(t.ok() ? "ok" : "failed"))
                    .append(", \"failure\": ")
                    .append(t.failure() == null ? "null" : string(t.failure()))
                    .append(", \"bootToFirstEchoMs\": ")
                    .append(optional(t.bootMillis()))
                    .append(", \"runs\": [");
            String runSep = "";
            for (Run run : t.runs()) {
                out.append(runSep).append("\n      ");
                run(r, t, run);
                runSep = ",";
            }
            out.append(t.runs().isEmpty() ? "]}" : "\n    ]}");
            sep = ",";
        }
        out.append("\n  ],\n  \"image\": ");
        r.image()
                .ifPresentOrElse(
                        image -> {
                            out.append("{\"bytes\": ")
                                    .append(image.bytes())
                                    .append(", \"smallestMemoryMiB\": ")
                                    .append(image.smallestMemoryMiB())
                                    .append(", \"memoryTrials\": {");
                            String s = "";
                            for (Map.Entry<Integer, Boolean> e : image.trials().entrySet()) {
                                out.append(s)
                                        .append(string(Integer.toString(e.getKey())))
                                        .append(": ")
                                        .append(e.getValue());
                                s = ", ";
                            }
                            out.append("}}");
                        },
                        () -> out.append("null"));
        out.append("\n}");
    }

    private void run(Results r, TargetResult t, Run run) {
        Scenario s = run.scenario();
        out.append("{\"sizeBytes\": ")
                .append(s.size())
                .append(", \"connections\": ")
                .append(s.connections())
                .append(", \"status\": ")
                .append(string(run.ok() ? "ok" : "failed"));
        if (run.firstFailure() != null)
            out.append(", \"firstAttemptFailure\": ").append(string(run.firstFailure()));
        if (!run.ok()) {
            out.append(", \"failure\": ").append(string(run.failure())).append('}');
            return;
        }
        Latency l = run.latency();
        out.append(", \"count\": ")
                .append(l.count())
                .append(", \"meanUs\": ")
                .append(number(l.mean()))
                .append(", \"p50Us\": ")
                .append(number(l.p50()))
                .append(", \"p90Us\": ")
                .append(number(l.p90()))
                .append(", \"p99Us\": ")
                .append(number(l.p99()))
                .append(", \"p999Us\": ")
                .append(number(l.p999()))
                .append(", \"maxUs\": ")
                .append(number(l.max()))
                .append(", \"ratios\": {");
        String sep = "";
        for (String baseline : Results.BASELINES) {
            out.append(sep)
                    .append(string(baseline))
                    .append(": {\"mean\": ")
                    .append(optional(r.ratio(t, baseline, s, false)))
                    .append(", \"p99\": ")
                    .append(optional(r.ratio(t, baseline, s, true)))
                    .append('}');
            sep = ", ";
        }
        out.append(", \"floor\": {\"p50\": ")
                .append(optional(r.floorRatio(t, s)))
                .append("}}, \"lostDatagrams\": ")
                .append(Options.UDP_TARGETS.contains(t.name()) ? Long.toString(run.lost()) : "null")
                .append('}');
    }

    private static String optional(OptionalDouble d) {
        return d.isPresent() ? number(d.getAsDouble()) : "null";
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
