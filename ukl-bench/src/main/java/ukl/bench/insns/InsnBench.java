package ukl.bench.insns;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ukl.bench.insns.InsnResults.Server;
import ukl.bench.insns.InsnResults.Window;
import ukl.bench.latency.EchoServerJar;
import ukl.bench.net.NetworkSetupException;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.GivenImage;
import ukl.bench.run.ImageBoot;
import ukl.bench.run.Launcher;
import ukl.bench.run.Scratch;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.QemuException;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * The instruction-count benchmark: {@code scripts/bench --insns [options]} ({@link InsnOptions#USAGE}).
 * For each echo server: build its image (or take the one given with {@code --image}), boot it under TCG with the counting plugin on the tap,
 * drive it with {@code echo-driver.py} from the namespace, stop it, and turn the snapshots into
 * instructions per round trip.
 */
public final class InsnBench {
    private static final int PORT = 7;
    private static final int MEMORY_MIB = 64;

    private static final Duration BOOT = Duration.ofSeconds(60);
    private static final String PYTHON = "/usr/bin/python3";

    private InsnBench() {}

    /** The kernel's busy-poll spell ({@link InsnOptions#spinMicros}), on its command line. */
    static String kernelOptions(InsnOptions options) {
        return "ukl.spin=" + options.spinMicros();
    }

    public static void main(String[] args) {
        Launcher.main(args, "ukl-bench insns", InsnOptions.USAGE, InsnOptions::parse, options -> {
            run(options, System.out);
            return true;
        });
    }

    /** Measures every server and writes {@code report.md} and {@code insns.csv} under {@code options.out()}. */
    static InsnResults run(InsnOptions options, PrintStream out) throws BenchException {
        List<Server> servers = new ArrayList<>();
        try (Scratch scratch = Scratch.create("ukl-insns");
                TapNetwork network = tap()) {
            Path driver = scratch.dir().resolve("echo-driver.py");
            try (InputStream in = InsnBench.class.getResourceAsStream("echo-driver.py")) {
                Files.write(driver, in.readAllBytes());
            } catch (IOException e) {
                throw new BenchException("cannot write the echo driver: " + e.getMessage(), e);
            }
            CountingPlugin plugin = CountingPlugin.build(scratch.dir());
            for (String name : options.servers()) {
                out.println("ukl-bench insns: " + name + ": building the image and counting");
                EchoServerJar server = server(name);
                ImageResult built = build(name, server, options);
                servers.add(measure(
                        new Server(name, server.mainClass(), built.imageBytes(), List.of()),
                        built.image(),
                        options,
                        plugin,
                        network,
                        driver,
                        scratch.dir()));
            }
            for (GivenImage given : options.images()) {
                out.println("ukl-bench insns: " + given.label() + ": counting " + given.file());
                servers.add(measure(
                        new Server(given.label(), given.file().toString(), size(given.file()), List.of()),
                        given.file(),
                        options,
                        plugin,
                        network,
                        driver,
                        scratch.dir()));
            }
        }
        InsnResults results = new InsnResults(options, servers);
        String report = InsnReport.markdown(results);
        out.println();
        out.print(report);
        Launcher.writeReports(
                "ukl-bench insns",
                options.out(),
                dir -> {
                    Files.writeString(dir.resolve("report.md"), report, StandardCharsets.UTF_8);
                    Files.writeString(dir.resolve("insns.csv"), InsnReport.csv(results), StandardCharsets.UTF_8);
                },
                out);
        return results;
    }

    private static EchoServerJar server(String name) {
        return name.equals("libc") ? EchoServerJar.LIBC : EchoServerJar.NIO;
    }

    private static TapNetwork tap() throws BenchException {
        try {
            return TapNetwork.create("uklinsn");
        } catch (NetworkSetupException e) {
            throw new BenchException("cannot set up the tap: " + e.getMessage(), e);
        }
    }

    private static ImageResult build(String name, EchoServerJar server, InsnOptions options) throws BenchException {
        Path work = options.out().resolve(name);
        try {
            Files.createDirectories(work);
            return Toolchain.build(new ImageRequest(
                    List.of(server.application()),
                    server.mainClass(),
                    work.resolve("echo-server.img"),
                    work.resolve("build"),
                    MEMORY_MIB,
                    line -> {}));
        } catch (IOException | ToolchainException e) {
            throw new BenchException("cannot build the " + name + " echo server's image: " + e.getMessage(), e);
        }
    }

    private static long size(Path image) throws BenchException {
        try {
            return Files.size(image);
        } catch (IOException e) {
            throw new BenchException("cannot read the image " + image + ": " + e.getMessage(), e);
        }
    }

    /** Boots {@code image} with the plugin, drives it, and returns {@code server} with its windows. */
    private static Server measure(
            Server server,
            Path image,
            InsnOptions options,
            CountingPlugin plugin,
            TapNetwork network,
            Path driver,
            Path scratch)
            throws BenchException {
        String name = server.name();
        Path work = options.out().resolve(name);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new BenchException("cannot create " + work + ": " + e.getMessage(), e);
        }
        Path control = scratch.resolve(name + ".ctl");
        Path counts = work.resolve("counts.txt");
        List<String> qemuArgs = plugin.qemuArgs(image, work, control, counts);
        try (RunningQemu guest = ImageBoot.start(
                image,
                MEMORY_MIB,
                Accelerator.TCG,
                network,
                kernelOptions(options),
                Integer.toString(PORT),
                qemuArgs)) {
            try {
                guest.awaitStdout(EchoServerJar.LISTENING, BOOT);
                drive(network, driver, control, options);
            } catch (QemuException | BenchException e) {
                throw ImageBoot.failed(guest, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted", e);
            }
        }
        Map<String, Map<String, CountingPlugin.Counts>> snapshots = CountingPlugin.snapshots(counts);
        List<Window> windows = new ArrayList<>();
        for (int size : options.sizes()) {
            for (int w = 0; w < options.windows(); w++) {
                Map<String, CountingPlugin.Counts> start = snapshots.get(size + " " + w + " start");
                Map<String, CountingPlugin.Counts> end = snapshots.get(size + " " + w + " end");
                if (start == null || end == null) {
                    throw new BenchException("the plugin took no snapshot around window " + (w + 1) + " of " + size
                            + " B (see " + counts + ")");
                }
                windows.add(Window.between(size, w, options.echoes(), start, end));
            }
        }
        return new Server(name, server.origin(), server.imageBytes(), windows);
    }

    /** Runs the echo driver in the namespace; it takes the snapshots through {@code control}. */
    private static void drive(TapNetwork network, Path driver, Path control, InsnOptions o)
            throws BenchException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                PYTHON,
                driver.toString(),
                TapNetwork.GUEST_ADDRESS,
                Integer.toString(PORT),
                control.toString(),
                Integer.toString(o.warmup()),
                Integer.toString(o.echoes()),
                Integer.toString(o.windows()),
                Integer.toString(o.gapMicros())));
        o.sizes().forEach(size -> command.add(Integer.toString(size)));
        Process p;
        try {
            p = new ProcessBuilder(network.command(command))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new BenchException("cannot run the echo driver: " + e.getMessage(), e);
        }
        try {
            // TCG with the plugin: a round trip takes well under 10 ms besides the gap, a snapshot pair 1.2 s
            long echoes = (long) o.sizes().size() * (o.warmup() + (long) o.windows() * o.echoes());
            long seconds = 60
                    + echoes * (10_000 + o.gapMicros()) / 1_000_000
                    + 2L * o.sizes().size() * o.windows();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new BenchException("the echo driver did not finish in " + seconds + " s");
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0 || !output.contains("echo-driver: done")) {
                throw new BenchException("the echo driver failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new BenchException("cannot read the echo driver's output: " + e.getMessage(), e);
        } finally {
            p.destroyForcibly();
        }
    }
}
