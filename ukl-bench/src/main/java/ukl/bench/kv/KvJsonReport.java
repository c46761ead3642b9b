package ukl.bench.kv;

import static ukl.bench.run.Json.string;

import java.util.Locale;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Run;
import ukl.bench.kv.KvResults.TargetResult;
import ukl.bench.run.Json;

/**
 * {@code results.json}: every figure of the run, with the environment and the options. Written by
 * hand: the shape is small and fixed, and RFC 8259 §7's string escapes are all it needs.
 */
final class KvJsonReport {
    private KvJsonReport() {}

    static String of(KvResults r) {
        StringBuilder out = new StringBuilder("{\n  \"environment\": ").append(Json.object(r.environment(), "  "));
        KvOptions o = r.options();
        out.append(",\n  \"requests\": ")
                .append(o.requests())
                .append(",\n  \"warmup\": ")
                .append(o.warmup())
                .append(",\n  \"tests\": [")
                .append(String.join(", ", o.tests().stream().map(Json::string).toList()))
                .append("],\n  \"targets\": [");
        String sep = "";
        for (TargetResult t : r.targets()) {
            out.append(sep)
                    .append("\n    {\"name\": ")
                    .append(string(t.name()))
                    .append(", \"description\": ")
                    .append(string(t.description()))
                    .append(", \"error\": ")
                    .append(t.ok() ? "null" : string(t.error()))
                    .append(", \"readyMillis\": ")
                    .append(
                            t.readyMillis().isPresent()
                                    ? format("%.1f", t.readyMillis().getAsDouble())
                                    : "null")
                    .append(", \"runs\": [");
            String runSep = "";
            for (Run run : t.runs()) {
                out.append(runSep)
                        .append("\n      {\"clients\": ")
                        .append(run.setting().clients())
                        .append(", \"pipeline\": ")
                        .append(run.setting().pipeline())
                        .append(", \"error\": ")
                        .append(run.ok() ? "null" : string(run.error()))
                        .append(", \"rows\": [");
                String rowSep = "";
                for (Row x : run.rows()) {
                    out.append(rowSep)
                            .append("\n        {\"test\": ")
                            .append(string(x.test()))
                            .append(format(
                                    ", \"rps\": %.2f, \"avgMs\": %.3f, \"minMs\": %.3f, \"p50Ms\": %.3f, \"p95Ms\": %.3f, \"p99Ms\": %.3f, \"maxMs\": %.3f}",
                                    x.rps(), x.avgMs(), x.minMs(), x.p50Ms(), x.p95Ms(), x.p99Ms(), x.maxMs()));
                    rowSep = ",";
                }
                out.append("]}");
                runSep = ",";
            }
            out.append("]}");
            sep = ",";
        }
        return out.append("\n  ]\n}\n").toString();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
