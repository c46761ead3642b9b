package ukl.bench.kv;

import static ukl.bench.run.OptionValues.known;
import static ukl.bench.run.OptionValues.nonNegative;
import static ukl.bench.run.OptionValues.positive;
import static ukl.bench.run.OptionValues.positives;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import ukl.bench.run.OptionValues;

/**
 * The options of {@code scripts/bench --kv --insns} ({@link #USAGE}).
 *
 * @param requests requests per setting, counted in one window each
 * @param warmup requests before the first window
 * @param tests redis-benchmark's tests ({@code -t})
 * @param clients connections ({@code -c}), one setting each
 * @param pipelines requests per pipeline ({@code -P}), one setting each
 * @param spinMicros the kernel's busy-poll spell ({@code ukl.spin}), 0 by default as in {@code scripts/bench
 *     --insns}: the count is the requests' work, not the waiting between them
 * @param out where the report and the CSV go
 */
record KvInsnOptions(
        int requests,
        int warmup,
        List<String> tests,
        List<Integer> clients,
        List<Integer> pipelines,
        int spinMicros,
        Path out) {
    static final String USAGE = """
            usage: scripts/bench --kv --insns [options]
              Guest instructions per request of samples/kv-server's image under Debian's redis-benchmark,
              counted under TCG by a QEMU plugin per function: one window per test and setting, the
              same figure in every run (the host's speed and load do not enter it).
              --requests N    requests per window (default 20000; --quick: 4000)
              --warmup N      requests before the first window (default 5000; --quick: 1000)
              --tests LIST    redis-benchmark tests (default get,set,incr)
              --clients LIST  connections, -c (default 1,50)
              --pipelines LIST requests per pipeline, -P (default 16)
              --spin US       the kernel's busy-poll spell while waiting (ukl.spin; default 0)
              --quick         a short run: the values marked --quick above
              --out DIR       output directory (default target/bench/kv-insns)
            """;

    static KvInsnOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        int requests = quick ? 4_000 : 20_000;
        int warmup = quick ? 1_000 : 5_000;
        List<String> tests = List.of("get", "set", "incr");
        List<Integer> clients = List.of(1, 50);
        List<Integer> pipelines = List.of(16);
        int spin = 0;
        Path out = Path.of("target", "bench", "kv-insns");
        OptionValues.Args given = new OptionValues.Args(args, USAGE);
        while (given.next()) {
            String option = given.option();
            String value = given.value();
            switch (option) {
                case "--requests" -> requests = positive(option, value);
                case "--warmup" -> warmup = nonNegative(option, value);
                case "--tests" -> tests = known(option, "test", value, KvOptions.KNOWN_TESTS);
                case "--clients" -> clients = positives(option, value);
                case "--pipelines" -> pipelines = positives(option, value);
                case "--spin" -> spin = nonNegative(option, value);
                case "--out" -> out = Path.of(value);
                default -> throw given.unknown();
            }
        }
        return new KvInsnOptions(requests, warmup, tests, clients, pipelines, spin, out.toAbsolutePath());
    }
}
