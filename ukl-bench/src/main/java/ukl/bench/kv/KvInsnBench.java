package ukl.bench.kv;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import ukl.bench.insns.CountingPlugin;
import ukl.bench.insns.CountingPlugin.Counts;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.net.NetworkSetupException;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.ImageBoot;
import ukl.bench.run.Launcher;
import ukl.bench.run.Scratch;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * {@code scripts/bench --kv --insns} ({@link KvInsnOptions#USAGE}): kv-server's image booted under
 * TCG with the instruction-counting plugin on the tap, driven by Debian's redis-benchmark from the
 * namespace, one window per test and setting between two snapshots; the report gives instructions
 * per request, by layer and by function. A change to the request path shows its cost here as a
 * number that does not move with the host's load, which the requests per second of {@code --kv} do.
 */
public final class KvInsnBench {
    private static final int MEMORY_MIB = 64;
    private static final Duration BOOT = Duration.ofSeconds(60);
    /** Under the plugin a request takes well under a millisecond, even at 50 connections. */
    private static final Duration PER_WINDOW = Duration.ofMinutes(5);

    /** One window: a test at a setting, what the guest executed in it, and redis-benchmark's rate. */
    record Window(String test, Setting setting, int requests, Map<String, Counts> byFunction, double rps) {
        long total() {
            return byFunction.values().stream().mapToLong(Counts::instructions).sum();
        }

        double perRequest(long instructions) {
            return (double) instructions / requests;
        }
    }

    private KvInsnBench() {}

    public static void main(String[] args) {
        Launcher.main(args, "ukl-bench kv insns", KvInsnOptions.USAGE, KvInsnOptions::parse, options -> {
            run(options, System.out);
            return true;
        });
    }

    static List<Window> run(KvInsnOptions o, PrintStream out) throws BenchException {
        List<Window> windows = new ArrayList<>();
        Path counts = o.out().resolve("counts.txt");
        try (Scratch scratch = Scratch.create("ukl-kv-insns");
                TapNetwork network = tap()) {
            out.println("ukl-bench kv insns: building kv-server's image");
            ImageResult image = build(KvServerJar.jar(scratch.dir().resolve("kv-server.jar")), o.out());
            CountingPlugin plugin = CountingPlugin.build(scratch.dir());
            Path control = scratch.dir().resolve("kv.ctl");
            List<String> qemuArgs = plugin.qemuArgs(image.image(), o.out(), control, counts);
            try (RunningQemu guest = ImageBoot.start(
                    image.image(),
                    MEMORY_MIB,
                    Accelerator.TCG,
                    network,
                    "ukl.spin=" + o.spinMicros(),
                    "--port " + KvLab.REDIS_PORT,
                    qemuArgs)) {
                RunningKv server = new RunningKv(
                        TapNetwork.GUEST_ADDRESS, KvLab.REDIS_PORT, network::command, OptionalDouble.empty(), guest);
                try {
                    RedisClients.awaitPong(
                            server,
                            BOOT,
                            () -> guest.isAlive()
                                    ? Optional.empty()
                                    : Optional.of("the image stopped before it answered"));
                    if (o.warmup() > 0) {
                        Setting widest = new Setting(
                                o.clients().stream().max(Integer::compare).orElseThrow(),
                                o.pipelines().stream().max(Integer::compare).orElseThrow());
                        RedisClients.benchmark(server, widest, o.warmup(), o.tests(), PER_WINDOW);
                    }
                    for (String test : o.tests()) {
                        for (int clients : o.clients()) {
                            for (int pipeline : o.pipelines()) {
                                Setting setting = new Setting(clients, pipeline);
                                String label = test + " " + setting.label();
                                out.println("ukl-bench kv insns: " + label);
                                CountingPlugin.snapshot(control, label + " start");
                                List<Row> rows = RedisClients.benchmark(
                                        server, setting, o.requests(), List.of(test), PER_WINDOW);
                                CountingPlugin.snapshot(control, label + " end");
                                windows.add(new Window(
                                        test,
                                        setting,
                                        o.requests(),
                                        Map.of(),
                                        rows.get(0).rps()));
                            }
                        }
                    }
                } catch (BenchException | RuntimeException e) {
                    throw ImageBoot.failed(guest, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BenchException("interrupted", e);
                }
            }
        }
        List<Window> counted = counted(windows, CountingPlugin.snapshots(counts), counts);
        String report = KvInsnReport.markdown(o, image(o), counted);
        out.println();
        out.print(report);
        Launcher.writeReports(
                "ukl-bench kv insns",
                o.out(),
                dir -> {
                    Files.writeString(dir.resolve("report.md"), report, StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve("kv-insns.csv"), KvInsnReport.csv(counted), StandardCharsets.UTF_8);
                },
                out);
        return counted;
    }

    /** The windows with what the plugin counted between their snapshots. */
    private static List<Window> counted(List<Window> windows, Map<String, Map<String, Counts>> snapshots, Path file)
            throws BenchException {
        List<Window> counted = new ArrayList<>();
        for (Window w : windows) {
            String label = w.test() + " " + w.setting().label();
            Map<String, Counts> start = snapshots.get(label + " start");
            Map<String, Counts> end = snapshots.get(label + " end");
            if (start == null || end == null) {
                throw new BenchException("the plugin took no snapshot around " + label + " (see " + file + ")");
            }
            counted.add(new Window(w.test(), w.setting(), w.requests(), CountingPlugin.between(start, end), w.rps()));
        }
        return counted;
    }

    private static Path image(KvInsnOptions o) {
        return o.out().resolve("kv-server.img");
    }

    private static ImageResult build(Path jar, Path out) throws BenchException {
        try {
            Files.createDirectories(out);
            return Toolchain.build(new ImageRequest(
                    List.of(jar),
                    KvServerJar.MAIN_CLASS,
                    out.resolve("kv-server.img"),
                    out.resolve("build"),
                    MEMORY_MIB,
                    line -> {}));
        } catch (IOException | ToolchainException e) {
            throw new BenchException("cannot build kv-server's image: " + e.getMessage(), e);
        }
    }

    private static TapNetwork tap() throws BenchException {
        try {
            return TapNetwork.create("uklkvin");
        } catch (NetworkSetupException e) {
            throw new BenchException("cannot set up the tap: " + e.getMessage(), e);
        }
    }
}
