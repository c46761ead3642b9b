package ukl.bench.kv;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Run;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.kv.KvResults.TargetResult;
import ukl.bench.latency.BenchException;
import ukl.bench.latency.Environment;
import ukl.boot.qemu.Accelerator;

/**
 * The key-value benchmark: {@code scripts/bench --kv [options]} ({@link KvOptions#USAGE}). Each
 * target is prepared, started, warmed up, measured by Debian's redis-benchmark at every clients ×
 * pipeline setting, and stopped before the next one starts, so no two servers share the CPU. A
 * target or run that fails is reported with its reason and the run goes on.
 */
public final class KvBench {
    /** The warm-up's setting: several connections, no pipelining, as most of the measured runs. */
    private static final Setting WARMUP = new Setting(8, 1);

    private final KvOptions options;
    private final String accelerator;
    private final Consumer<String> log;

    private KvBench(KvOptions options, Consumer<String> log) {
        this.options = options;
        this.accelerator = Environment.resolveAccelerator(options.accel());
        this.log = log;
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.print(KvOptions.USAGE);
            return;
        }
        KvOptions options;
        try {
            options = KvOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ukl-bench kv: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            KvResults results = run(options, System.out);
            boolean allOk = results.targets().stream()
                    .allMatch(t -> t.ok() && t.runs().stream().allMatch(Run::ok));
            System.exit(allOk ? 0 : 3);
        } catch (BenchException e) {
            System.err.println("ukl-bench kv: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the benchmark and writes every report under {@code options.out()}; the tables go to {@code out}. */
    static KvResults run(KvOptions options, PrintStream out) throws BenchException {
        KvBench bench = new KvBench(options, line -> out.println("ukl-bench kv: " + line));
        KvResults results = bench.measureAll();
        String report = KvReport.markdown(results);
        out.println();
        out.print(report);
        try {
            Files.createDirectories(options.out());
            Files.writeString(options.out().resolve("report.md"), report, StandardCharsets.UTF_8);
            Files.writeString(options.out().resolve("kv.csv"), KvReport.csv(results), StandardCharsets.UTF_8);
            Files.writeString(options.out().resolve("results.json"), KvReport.json(results), StandardCharsets.UTF_8);
            KvPlots.write(results, options.out());
        } catch (IOException e) {
            throw new BenchException("cannot write the reports in " + options.out() + ": " + e.getMessage(), e);
        }
        out.println("ukl-bench kv: reports in " + options.out());
        return results;
    }

    private KvResults measureAll() throws BenchException {
        // RunningGuest reads the accelerator from this property: every QEMU target gets the same one.
        System.setProperty("ukl.bench.accel", accelerator);
        log.accept("accelerator " + accelerator + "; redis-benchmark -n " + options.requests() + " -t "
                + String.join(",", options.tests()) + " at "
                + options.settings().stream().map(Setting::label).collect(Collectors.joining(",")));
        List<TargetResult> results = new ArrayList<>();
        String guestKernel = "not booted";
        Path scratch;
        try {
            scratch = Files.createTempDirectory("ukl-kv-bench");
        } catch (IOException e) {
            throw new BenchException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        try (KvLab lab = new KvLab(options, scratch, log)) {
            for (String name : options.targets()) {
                KvTarget target = target(name);
                results.add(measure(target, lab));
                if (target instanceof GuestKvTarget guest && results.getLast().ok()) guestKernel = guest.kernelName();
            }
        } finally {
            deleteTree(scratch);
        }
        var environment = Environment.describe(accelerator, guestKernel);
        environment.put("client", firstLine("redis-benchmark", "--version") + " (Debian's redis-tools), on the host");
        environment.put("redis-server", firstLine(GuestKvTarget.REDIS_SERVER.toString(), "--version"));
        return new KvResults(environment, options, results);
    }

    private KvTarget target(String name) {
        return switch (name) {
            case "ukl-image" -> new ImageKvTarget(Accelerator.parse(accelerator));
            case "linux-java" -> GuestKvTarget.java();
            case "linux-redis" -> GuestKvTarget.redis();
            case "host-jvm" -> HostKvTarget.java();
            case "host-redis" -> HostKvTarget.redis();
            default -> throw new IllegalArgumentException("unknown target " + name);
        };
    }

    /** Prepares, starts, warms up, runs every setting, stops; a failure is recorded, never thrown. */
    private TargetResult measure(KvTarget target, KvLab lab) {
        log.accept(target.name() + ": preparing");
        try {
            target.prepare(lab);
            log.accept(target.name() + ": starting " + target.description());
            try (RunningKv server = target.start(lab)) {
                server.readyMillis()
                        .ifPresent(ms -> log.accept(target.name() + String.format(": first PONG after %.0f ms", ms)));
                if (options.warmup() > 0) {
                    RedisClients.benchmark(
                            server, WARMUP, options.warmup(), options.tests(), timeout(options.warmup()));
                    log.accept(target.name() + ": warmed up (" + options.warmup() + " requests per test at "
                            + WARMUP.label() + ")");
                }
                List<Run> runs = new ArrayList<>();
                for (Setting setting : options.settings()) runs.add(run(target, server, setting));
                return new TargetResult(target.name(), target.description(), null, server.readyMillis(), runs);
            }
        } catch (BenchException | RuntimeException e) {
            log.accept(target.name() + ": FAILED: " + e.getMessage());
            return new TargetResult(
                    target.name(),
                    target.description(),
                    String.valueOf(e.getMessage()),
                    OptionalDouble.empty(),
                    List.of());
        }
    }

    private Run run(KvTarget target, RunningKv server, Setting setting) {
        try {
            List<Row> rows = RedisClients.benchmark(
                    server, setting, options.requests(), options.tests(), timeout(options.requests()));
            log.accept(target.name() + " " + setting.label() + ": "
                    + rows.stream()
                            .map(r -> String.format("%s %.0f/s p99 %.3f ms", r.test(), r.rps(), r.p99Ms()))
                            .collect(Collectors.joining(", ")));
            return new Run(setting, rows, null);
        } catch (BenchException | RuntimeException e) {
            log.accept(target.name() + " " + setting.label() + ": FAILED: " + e.getMessage());
            return new Run(setting, List.of(), String.valueOf(e.getMessage()));
        }
    }

    /** Generous: a slow target under TCG serves a few hundred requests a second; a hung one is cut off. */
    private Duration timeout(int requests) {
        return Duration.ofSeconds(120 + (long) requests * options.tests().size() / 50);
    }

    private static String firstLine(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text.lines().findFirst().orElse("unknown").strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
