package ukl.bench.latency;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import ukl.bench.latency.Results.ImageFacts;
import ukl.bench.latency.Results.Run;
import ukl.bench.latency.Results.TargetResult;
import ukl.bench.linux.QemuFiles;
import ukl.bench.run.BenchException;
import ukl.bench.run.Environment;
import ukl.bench.run.GivenImage;
import ukl.bench.run.Launcher;
import ukl.bench.run.Scratch;
import ukl.bench.run.Settle;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.TransparentHugePages;

/**
 * The latency benchmark, the UKL paper's Figure 1 side by side: {@code scripts/bench [options]}
 * ({@link Options#USAGE}). Each target is prepared (built), started, measured in every scenario by
 * the same client, and stopped before the next one starts, so no two servers share the CPU. A
 * target that fails is reported with its reason and the run goes on; a baseline's scenario that
 * fails is measured once more ({@link Target#baseline}), and the exit status is 0 only if every
 * target and scenario served in the end.
 */
public final class Bench {
    /** {@code -m} values tried for the image's smallest memory, ascending; the search assumes that more never hurts. */
    static final List<Integer> MEMORY_CANDIDATES =
            List.of(1, 2, 3, 4, 5, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 256, 512);

    private final Options options;
    private final String accelerator;
    private final Consumer<String> log;

    private Bench(Options options, Consumer<String> log) {
        this.options = options;
        this.accelerator = Environment.resolveAccelerator(options.accel());
        this.log = log;
    }

    public static void main(String[] args) {
        Launcher.hugePagesOff("ukl-bench");
        if (List.of(args).contains("--seed")) {
            try {
                SeedFigures.run(
                        List.of(args).stream().filter(a -> !a.equals("--seed")).toList(), System.out);
                System.exit(0);
            } catch (BenchException | IllegalArgumentException e) {
                System.err.println("ukl-bench: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        if (List.of(args).contains("--switch")) {
            try {
                ThreadSwitches.run(
                        List.of(args).stream()
                                .filter(a -> !a.equals("--switch"))
                                .toList(),
                        System.out);
                System.exit(0);
            } catch (BenchException | IllegalArgumentException e) {
                System.err.println("ukl-bench: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        Launcher.main(args, "ukl-bench", Options.USAGE, Options::parse, options -> allOk(run(options, System.out)));
    }

    static boolean allOk(Results results) {
        return results.targets().stream()
                .allMatch(t -> t.ok() && t.runs().stream().allMatch(Run::ok));
    }

    /** Runs the benchmark and writes every report under {@code options.out()}; the table goes to {@code out}. */
    static Results run(Options options, PrintStream out) throws BenchException {
        Bench bench = new Bench(options, line -> out.println("ukl-bench: " + line));
        Results results = bench.measureAll();
        out.println();
        out.print(Reports.table(results));
        Launcher.writeReports(
                "ukl-bench",
                options.out(),
                dir -> {
                    Reports.writeCsv(results, dir);
                    Files.writeString(dir.resolve("results.json"), JsonReport.of(results));
                    Plots.write(results, dir);
                },
                out);
        return results;
    }

    private Results measureAll() throws BenchException {
        // RunningGuest reads the accelerator from this property: every QEMU target gets the same one.
        System.setProperty("ukl.bench.accel", accelerator);
        log.accept("accelerator " + accelerator + ", " + options.scenarios().size() + " scenarios, at most "
                + options.requests() + " round trips or " + options.seconds() + " s each");
        List<TargetResult> results = new ArrayList<>();
        Optional<ImageFacts> image = Optional.empty();
        String guestKernel = "not booted";
        try (Scratch scratch = Scratch.create("ukl-bench");
                Lab lab = new Lab(options, scratch.dir(), log)) {
            List<Target> targets = new ArrayList<>();
            for (String name : options.targets()) targets.add(target(name, accelerator));
            for (GivenImage given : options.images())
                targets.add(ImageTarget.given(Accelerator.parse(accelerator), given));
            for (Target target : targets) {
                results.add(measure(target, lab));
                if (target instanceof LinuxGuestTarget linux
                        && results.getLast().ok()) guestKernel = linux.kernelName();
                if (target instanceof ImageTarget img
                        && img.name().equals("ukl-image")
                        && results.getLast().ok()) image = Optional.of(imageFacts(img, lab));
            }
        }
        Map<String, String> facts = Environment.describe(accelerator, guestKernel);
        facts.put(
                "client",
                options.client() == ClientProgram.C
                        ? "latency-client.c (gcc -O2), a thread and closed loop per connection, CLOCK_MONOTONIC"
                        : "LatencyClient on the host's JVM, a thread and closed loop per connection");
        facts.put(
                "boot",
                "QEMU's spawn to the first echoed byte, QEMU's files read ahead and this JVM idle before the"
                        + " spawn, every QEMU "
                        + (TransparentHugePages.offForChildren(log) ? "without" : "with")
                        + " transparent huge pages; the log splits it into QEMU's start-up and the guest's own"
                        + " time");
        return new Results(facts, options, results, image);
    }

    /** The target called {@code name} ({@link Options#ALL_TARGETS}); QEMU targets use {@code accelerator}. */
    static Target target(String name, String accelerator) {
        return switch (name) {
            case "ukl-image" -> new ImageTarget(Accelerator.parse(accelerator), EchoServerJar.NIO);
            case "ukl-image-libc" -> new ImageTarget(Accelerator.parse(accelerator), EchoServerJar.LIBC);
            case "ukl-image-threads" -> new ImageTarget(Accelerator.parse(accelerator), EchoServerJar.THREADS);
            case "ukl-image-udp" -> new ImageTarget(Accelerator.parse(accelerator), EchoServerJar.UDP);
            case FloorTarget.NAME -> new FloorTarget(Accelerator.parse(accelerator));
            case "linux-java" -> LinuxGuestTarget.java();
            case "linux-c" -> LinuxGuestTarget.c();
            case "host-jvm" -> new LoopbackTarget();
            case "ukl-process" -> new ProcessTarget();
            default -> throw new IllegalArgumentException("unknown target " + name);
        };
    }

    /** Prepares, starts, runs every scenario, stops; a failure is recorded, never thrown. */
    private TargetResult measure(Target target, Lab lab) {
        log.accept(target.name() + ": preparing");
        try {
            target.prepare(lab);
            if (target.inQemu()) { // the boot is timed: QEMU's and the guest's, not the disk's or the build's
                QemuFiles.warm(log);
                Settle.untilIdle(target.name(), log);
            }
            log.accept(target.name() + ": starting " + target.description());
            try (Server server = target.start(lab, options.memoryMiB())) {
                server.bootMillis()
                        .ifPresent(ms -> log.accept(
                                target.name() + String.format(": first echo %.0f ms after QEMU started", ms)));
                List<Run> runs = new ArrayList<>();
                for (Scenario scenario : options.scenarios())
                    runs.add(attempts(target, scenario, () -> run(target, server, scenario), log));
                return new TargetResult(target.name(), target.description(), null, server.bootMillis(), runs);
            }
        } catch (BenchException | RuntimeException e) {
            log.accept(target.name() + ": FAILED: " + e.getMessage());
            return new TargetResult(
                    target.name(),
                    target.description(),
                    String.valueOf(e.getMessage()),
                    java.util.OptionalDouble.empty(),
                    List.of());
        }
    }

    /** A scenario's run; a baseline's once more if it fails ({@link Target#baseline}). */
    static Run attempts(Target target, Scenario scenario, Supplier<Run> run, Consumer<String> log) {
        Run first = run.get();
        if (first.ok() || !target.baseline()) return first;
        log.accept(target.name() + " " + scenario.label() + ": a baseline, so measuring it once more");
        return run.get().secondAttemptAfter(first.failure());
    }

    private Run run(Target target, Server server, Scenario scenario) {
        try {
            ClientAgent.Measurement measured = server.client()
                    .measure(
                            target.transport(),
                            server.host(),
                            server.port(),
                            scenario,
                            options.warmup(),
                            options.requests(),
                            options.seconds());
            long[] nanos = measured.nanos();
            Latency latency = Latency.of(nanos);
            log.accept(String.format(
                    "%s %s: %d round trips, mean %.1f µs, p50 %.1f µs, p99 %.1f µs%s",
                    target.name(),
                    scenario.label(),
                    latency.count(),
                    latency.mean(),
                    latency.p50(),
                    latency.p99(),
                    target.transport() == Transport.UDP ? ", " + measured.lost() + " datagrams lost" : ""));
            return new Run(scenario, latency, nanos, measured.lost(), null);
        } catch (BenchException | RuntimeException e) {
            log.accept(target.name() + " " + scenario.label() + ": FAILED: " + e.getMessage());
            return new Run(scenario, null, new long[0], 0, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The image's size, and the smallest {@code -m} with which it still boots and echoes: a binary
     * search over {@link #MEMORY_CANDIDATES} up to the memory the latency runs used, which served.
     */
    private ImageFacts imageFacts(ImageTarget image, Lab lab) {
        List<Integer> candidates =
                MEMORY_CANDIDATES.stream().filter(m -> m < options.memoryMiB()).toList();
        Map<Integer, Boolean> trials = new LinkedHashMap<>();
        int low = 0;
        int high = candidates.size(); // candidates[high] (or options.memoryMiB()) is known to serve
        while (low < high) {
            int mid = (low + high) / 2;
            int mib = candidates.get(mid);
            String failure = null;
            try {
                image.start(lab, mib).close();
            } catch (BenchException e) {
                failure = e.getMessage();
            }
            boolean served = failure == null;
            log.accept("ukl-image: -m " + mib + (served ? " serves" : " does not serve: " + failure));
            trials.put(mib, served);
            if (served) high = mid;
            else low = mid + 1;
        }
        int smallest = high < candidates.size() ? candidates.get(high) : options.memoryMiB();
        return new ImageFacts(image.imageBytes(), smallest, trials);
    }
}
