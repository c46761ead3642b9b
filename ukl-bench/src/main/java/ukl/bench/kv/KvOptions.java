package ukl.bench.kv;

import static ukl.bench.run.OptionValues.known;
import static ukl.bench.run.OptionValues.nonNegative;
import static ukl.bench.run.OptionValues.positive;
import static ukl.bench.run.OptionValues.positives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ukl.bench.run.OptionValues;

/**
 * The key-value benchmark's options ({@code scripts/bench --kv --help} prints {@link #USAGE}).
 *
 * @param requests redis-benchmark's {@code -n}: requests per test, per clients × pipeline setting
 * @param warmup requests per test sent once per target before anything is recorded (JIT, caches, ARP)
 * @param clients redis-benchmark's {@code -c} values
 * @param pipelines redis-benchmark's {@code -P} values
 * @param tests redis-benchmark's {@code -t} tests
 * @param targets which targets, in order
 * @param memoryMiB QEMU's {@code -m} for every QEMU target
 * @param accel {@code auto}, {@code kvm} or {@code tcg}
 * @param out where the table, CSV, JSON and plots go
 */
record KvOptions(
        int requests,
        int warmup,
        List<Integer> clients,
        List<Integer> pipelines,
        List<String> tests,
        List<String> targets,
        int memoryMiB,
        String accel,
        Path out) {
    static final List<String> ALL_TARGETS = List.of("ukl-image", "linux-java", "linux-redis", "host-jvm", "host-redis");
    /** The targets every ratio is taken against. */
    static final List<String> LINUX_TARGETS = List.of("linux-java", "linux-redis");
    /** The tests of redis-benchmark's default suite that kv-server implements. */
    static final List<String> KNOWN_TESTS = List.of(
            "ping_inline",
            "ping_mbulk",
            "set",
            "get",
            "incr",
            "lpush",
            "rpush",
            "lpop",
            "rpop",
            "sadd",
            "hset",
            "spop",
            "zadd",
            "zpopmin",
            "lrange_100",
            "mset");

    static final String USAGE = """
            usage: scripts/bench --kv [options]
              Debian's redis-benchmark, run from the host side of the tap (or on the host for host-*),
              against samples/kv-server and Debian's redis-server; one redis-benchmark per target and
              clients x pipeline setting, each running every test.
              --requests N       redis-benchmark -n, requests per test and setting (default 10000; --quick: 500)
              --warmup N         requests per test sent before recording, once per target (default 2000; --quick: 100)
              --clients LIST     redis-benchmark -c values (default 1,8,50; --quick: 1,8)
              --pipelines LIST   redis-benchmark -P values (default 1,16)
              --tests LIST       redis-benchmark -t tests (default set,get,incr,lpush,lpop; --quick: set,get)
              --quick            a short run: the values marked --quick above
              --targets LIST     any of ukl-image,linux-java,linux-redis,host-jvm,host-redis (default: all five)
              --memory MIB       QEMU -m of every QEMU target (default 512)
              --accel A          auto, kvm or tcg (default auto: KVM only where the CPU has vmx/svm)
              --out DIR          output directory (default target/bench/kv)
            """;

    static KvOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        int requests = quick ? 500 : 10_000;
        int warmup = quick ? 100 : 2_000;
        List<Integer> clients = quick ? List.of(1, 8) : List.of(1, 8, 50);
        List<Integer> pipelines = List.of(1, 16);
        List<String> tests = quick ? List.of("set", "get") : List.of("set", "get", "incr", "lpush", "lpop");
        List<String> targets = ALL_TARGETS;
        int memory = 512;
        String accel = "auto";
        Path out = Path.of("target", "bench", "kv");
        OptionValues.Args given = new OptionValues.Args(args, USAGE);
        while (given.next()) {
            String option = given.option();
            String value = given.value();
            switch (option) {
                case "--requests" -> requests = positive(option, value);
                case "--warmup" -> warmup = nonNegative(option, value);
                case "--clients" -> clients = positives(option, value);
                case "--pipelines" -> pipelines = positives(option, value);
                case "--tests" -> tests = known(option, "value", value, KNOWN_TESTS);
                case "--targets" -> targets = known(option, "value", value, ALL_TARGETS);
                case "--memory" -> memory = positive(option, value);
                case "--accel" -> accel = OptionValues.accel(value);
                case "--out" -> out = Path.of(value);
                default -> throw given.unknown();
            }
        }
        return new KvOptions(requests, warmup, clients, pipelines, tests, targets, memory, accel, out.toAbsolutePath());
    }

    /** Every clients × pipeline setting, clients outermost. */
    List<KvResults.Setting> settings() {
        List<KvResults.Setting> settings = new ArrayList<>();
        for (int c : clients) for (int p : pipelines) settings.add(new KvResults.Setting(c, p));
        return settings;
    }

    /** The redis-benchmark command line of one setting, for the report. */
    String command(KvResults.Setting setting) {
        return command(Integer.toString(setting.clients()), Integer.toString(setting.pipeline()));
    }

    /** The redis-benchmark command line with {@code clients} and {@code pipeline} as given (placeholders in the report). */
    String command(String clients, String pipeline) {
        return "redis-benchmark -h HOST -p PORT --csv -n " + requests + " -c " + clients + " -P " + pipeline + " -t "
                + String.join(",", tests);
    }
}
