package ukl.bench.latency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.GivenImage;
import ukl.bench.run.ImageBoot;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * The subject: the echo server linked with the Java kernel into a ukl image, booted by
 * {@link ImageBoot} on the same machine, accelerator, NIC and tap as the Linux guests, its port
 * given as the program's argument. The image is built here from one of the samples, or given:
 * built elsewhere ({@code --image LABEL=PATH}, e.g. from another commit) or unpacked from a
 * container.
 */
final class ImageTarget implements Target {
    /** The memory the image is built for (recorded in its link report); QEMU's {@code -m} is set per boot. */
    private static final int IMAGE_MEMORY_MIB = 64;

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TRACE_WAIT = Duration.ofSeconds(1);
    private static final String TRACE_PREFIX = "ukl: boottrace: ";
    /** The trace's last line: the TSC's rate. */
    private static final String TRACE_END = "ukl: boottrace: tsc ";
    /** The trace's line for the first send: {@code ukl: boottrace: 44.836 ms (+2.465) first send}. */
    private static final Pattern FIRST_SEND =
            Pattern.compile("(?m)^" + Pattern.quote(TRACE_PREFIX) + "([0-9.]+) ms \\(\\+[0-9.]+\\) first send\\r?$");

    private final Accelerator accelerator;
    private final String name;
    private final String description;
    /** The server the benchmark builds the image of, or null for an image built elsewhere. */
    private final EchoServerJar server;

    private Path image;
    private long imageBytes;
    private boolean traced;

    ImageTarget(Accelerator accelerator, EchoServerJar server) {
        this(accelerator, name(server), server.mainClass() + " as a ukl image", server);
    }

    /** The target's name for the image of {@code server}. */
    static String name(EchoServerJar server) {
        if (server == EchoServerJar.NIO) return "ukl-image";
        if (server == EchoServerJar.LIBC) return "ukl-image-libc";
        if (server == EchoServerJar.THREADS) return "ukl-image-threads";
        if (server == EchoServerJar.UDP) return "ukl-image-udp";
        throw new IllegalArgumentException("no image target for " + server);
    }

    private ImageTarget(Accelerator accelerator, String name, String description, EchoServerJar server) {
        this.accelerator = accelerator;
        this.name = name;
        this.description = description;
        this.server = server;
    }

    /**
     * A target for an echo server's image built elsewhere: given with {@code --image LABEL=PATH}
     * (e.g. from another commit), or unpacked from a container; named by its label. {@link
     * #prepare} only reads its size.
     */
    static ImageTarget given(Accelerator accelerator, GivenImage given) {
        ImageTarget target = new ImageTarget(accelerator, given.label(), "the image file " + given.file(), null);
        target.image = given.file();
        return target;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The image's file size in bytes. */
    long imageBytes() {
        return imageBytes;
    }

    @Override
    public void prepare(Lab lab) throws BenchException {
        if (server == null) {
            try {
                imageBytes = Files.size(image);
            } catch (IOException e) {
                throw new BenchException("cannot read the image " + image + ": " + e.getMessage(), e);
            }
            return;
        }
        if (image != null) return;
        Path work = lab.options.out().resolve(name());
        try {
            ImageResult built = Toolchain.build(new ImageRequest(
                    List.of(server.application()),
                    server.mainClass(),
                    work.resolve("echo-server.img"),
                    work,
                    IMAGE_MEMORY_MIB,
                    line -> {}));
            image = built.image();
            imageBytes = built.imageBytes();
        } catch (ToolchainException e) {
            throw new BenchException("cannot build the echo server's image: " + e.getMessage(), e);
        } catch (LinkageError e) {
            // the toolchain's modules on the class path do not fit together (one was reinstalled mid-run)
            throw new BenchException(
                    "cannot build the echo server's image: the ukl toolchain on the class path is " + "inconsistent ("
                            + e + "); rebuild it with mvn install, or run scripts/bench, which does",
                    e);
        }
    }

    @Override
    public Server start(Lab lab, int memoryMiB) throws BenchException {
        TapNetwork network = lab.network();
        ClientAgent client = lab.tapClient();
        RunningQemu running = ImageBoot.start(
                image, memoryMiB, accelerator, network, "ukl.boottrace=1", Integer.toString(Lab.GUEST_PORT), List.of());
        // from QEMU's spawn: the launcher's own checks before it (reading the image's ELF headers,
        // the JVM loading those classes the first time) are not the image's boot
        long start = running.spawnedNanos();
        try {
            long echoed = client.firstEcho(
                    transport(), TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, BOOT_TIMEOUT, () -> death(running));
            double bootMillis = (echoed - start) / 1e6;
            if (!traced) {
                traced = true; // the later boots (the smallest memory that serves) would repeat it
                logBootTrace(lab, running, bootMillis);
            }
            return new Server(TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, client, OptionalDouble.of(bootMillis), running);
        } catch (BenchException | RuntimeException e) {
            throw ImageBoot.failed(running, e);
        }
    }

    /**
     * The guest's boot milestones (ukl.boottrace=1: printed on its standard error right after its
     * first send, so outside the timed window), one log line each; up to a second for them to come.
     * Then how the boot splits: the guest's clock starts with QEMU's machine (TCG counts the TSC
     * from there), so its first send's time on that clock is the guest's share of {@code bootMillis}
     * and the rest is QEMU's own start-up (and the echo's way back, a fraction of a millisecond).
     */
    private void logBootTrace(Lab lab, RunningQemu running, double bootMillis) {
        long deadline = System.nanoTime() + TRACE_WAIT.toNanos();
        while (!traceComplete(running.stderr()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        running.stderr()
                .lines()
                .filter(line -> line.startsWith(TRACE_PREFIX))
                .forEach(line -> lab.log.accept(name + ": " + line.substring("ukl: ".length())));
        guestMillisAtFirstSend(running.stderr())
                .ifPresent(guest -> lab.log.accept(String.format(
                        Locale.ROOT,
                        "%s: boot: %.0f ms from QEMU's spawn to the first echo: QEMU before the guest's clock"
                                + " started %.0f ms, the guest to its first send %.0f ms",
                        name,
                        bootMillis,
                        bootMillis - guest,
                        guest)));
    }

    /** The guest's clock at its first send, from the boot trace's "first send" line. */
    static OptionalDouble guestMillisAtFirstSend(String stderr) {
        Matcher m = FIRST_SEND.matcher(stderr);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }

    private static boolean traceComplete(String stderr) {
        int end = stderr.indexOf(TRACE_END);
        return end >= 0 && stderr.indexOf('\n', end) >= 0;
    }

    private static Optional<String> death(RunningQemu running) {
        return running.isAlive() ? Optional.empty() : Optional.of("the image stopped before it echoed");
    }

    @Override
    public boolean inQemu() {
        return true;
    }

    @Override
    public boolean baseline() {
        return false;
    }

    /** UDP for the UDP echo server's image; TCP for the others and for an image given by path. */
    @Override
    public Transport transport() {
        return server == EchoServerJar.UDP ? Transport.UDP : Transport.TCP;
    }
}
