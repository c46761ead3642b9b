package ukl.bench.kv;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Run;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.kv.KvResults.TargetResult;
import ukl.bench.run.BenchException;
import ukl.bench.run.Environment;
import ukl.bench.run.Launcher;
import ukl.bench.run.Scratch;
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
        Launcher.main(
                args, "ukl-bench kv", KvOptions.USAGE, KvOptions::parse, options -> allOk(run(options, System.out)));
    }

    static boolean allOk(KvResults results) {
        return results.targets().stream()
                .allMatch(t -> t.ok() && t.runs().stream().allMatch(Run::ok));
    }

    /** Runs the benchmark and writes every report under {@code options.out()}; the tables go to {@code out}. */
    static KvResults run(KvOptions options, PrintStream out) throws BenchException {
        KvBench bench = new KvBench(options, line -> out.println("ukl-bench kv: " + line));
        KvResults results = bench.measureAll();
        String report = KvReport.markdown(results);
        out.println();
        out.print(report);
        Launcher.writeReports(
                "ukl-bench kv",
                options.out(),
                dir -> {
                    Files.writeString(dir.resolve("report.md"), report, StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve("kv.csv"), KvReport.csv(results), StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve("results.json"), KvJsonReport.of(results), StandardCharsets.UTF_8);
                    KvPlots.write(results, dir);
                },
                out);
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
        try (Scratch scratch = Scratch.create("ukl-kv-bench");
                KvLab lab = new KvLab(options, scratch.dir(), log)) {
            for (String name : options.targets()) {
                KvTarget target = target(name);
                results.add(measure(target, lab));
                if (target instanceof GuestKvTarget guest && results.getLast().ok()) guestKernel = guest.kernelName();
            }
        }
        var environment = Environment.describe(accelerator, guestKernel);
        environment.put(
                "client",
                Environment.firstLine("redis-benchmark", "--version") + " (Debian's redis-tools), on the host");
        environment.put("redis-server", Environment.firstLine(GuestKvTarget.REDIS_SERVER.toString(), "--version"));
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
            List<Row> rows = RedisClients.timed(
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
}
