package ukl.bench.kv;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one run measured, and what it was measured on.
 *
 * @param environment the facts the figures hold for (accelerator first), in report order
 * @param options the run's options
 * @param targets one result per target, in run order
 */
record KvResults(Map<String, String> environment, KvOptions options, List<TargetResult> targets) {
    /** redis-benchmark's {@code -c} and {@code -P}. */
    record Setting(int clients, int pipeline) {
        /** {@code c8-P16}: short, and safe in file names. */
        String label() {
            return "c" + clients + "-P" + pipeline;
        }
    }

    /**
     * One CSV row of redis-benchmark: its test name as it prints it ({@code SET}, {@code LPUSH}),
     * requests per second, and the latencies it reports, in milliseconds.
     */
    record Row(
            String test,
            double rps,
            double avgMs,
            double minMs,
            double p50Ms,
            double p95Ms,
            double p99Ms,
            double maxMs) {}

    /** One redis-benchmark run: a row per test, or the reason it failed. */
    record Run(Setting setting, List<Row> rows, String error) {
        boolean ok() {
            return error == null;
        }

        Optional<Row> row(String test) {
            return rows.stream().filter(r -> r.test().equals(test)).findFirst();
        }
    }

    /**
     * @param error why the target could not be prepared or started, or null
     * @param readyMillis QEMU or process start to the first PONG
     */
    record TargetResult(String name, String description, String error, OptionalDouble readyMillis, List<Run> runs) {
        boolean ok() {
            return error == null;
        }

        Optional<Run> run(Setting setting) {
            return runs.stream().filter(r -> r.setting().equals(setting)).findFirst();
        }
    }

    Optional<TargetResult> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The row of {@code target} for {@code test} at {@code setting}, if that run succeeded. */
    Optional<Row> row(String target, Setting setting, String test) {
        return target(target).flatMap(t -> t.run(setting)).filter(Run::ok).flatMap(r -> r.row(test));
    }

    /** The test names as redis-benchmark prints them, in the order of the first run that has rows. */
    List<String> testNames() {
        return targets.stream()
                .flatMap(t -> t.runs().stream())
                .filter(r -> r.ok() && !r.rows().isEmpty())
                .findFirst()
                .map(r -> r.rows().stream().map(Row::test).toList())
                .orElse(List.of());
    }
}
