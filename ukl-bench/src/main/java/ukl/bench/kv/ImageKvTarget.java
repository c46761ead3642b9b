package ukl.bench.kv;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.ImageBoot;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * The subject: samples/kv-server linked with the Java kernel into a ukl image, booted by
 * {@link ImageBoot} on the same machine, accelerator, NIC and tap as the Linux guests, with the same
 * {@code -m}, its port given as the program's option.
 */
final class ImageKvTarget implements KvTarget {
    /** The memory the image is built for (recorded in its link report); QEMU's {@code -m} is the run's. */
    private static final int IMAGE_MEMORY_MIB = 64;

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(60);

    private final Accelerator accelerator;
    private ImageResult image;

    ImageKvTarget(Accelerator accelerator) {
        this.accelerator = accelerator;
    }

    @Override
    public String name() {
        return "ukl-image";
    }

    @Override
    public String description() {
        return KvServerJar.MAIN_CLASS + " as a ukl image"
                + (image == null ? "" : " (" + image.imageBytes() / 1024 + " KiB)");
    }

    @Override
    public void prepare(KvLab lab) throws BenchException {
        java.nio.file.Path work = lab.options.out().resolve(name());
        try {
            image = Toolchain.build(new ImageRequest(
                    List.of(lab.jar()),
                    KvServerJar.MAIN_CLASS,
                    work.resolve("kv-server.img"),
                    work,
                    IMAGE_MEMORY_MIB,
                    line -> {}));
        } catch (ToolchainException e) {
            throw new BenchException("cannot build kv-server's image: " + e.getMessage(), e);
        }
    }

    @Override
    public RunningKv start(KvLab lab) throws BenchException {
        TapNetwork network = lab.network();
        long start = System.nanoTime();
        RunningQemu running = ImageBoot.start(
                image.image(), lab.options.memoryMiB(), accelerator, network, "--port " + KvLab.REDIS_PORT);
        RunningKv server = new RunningKv(
                TapNetwork.GUEST_ADDRESS, KvLab.REDIS_PORT, network::command, OptionalDouble.empty(), running);
        try {
            RedisClients.awaitPong(
                    server,
                    BOOT_TIMEOUT,
                    () -> running.isAlive() ? Optional.empty() : Optional.of("the image stopped before it answered"));
            return new RunningKv(
                    server.host(),
                    server.port(),
                    server.under(),
                    OptionalDouble.of((System.nanoTime() - start) / 1e6),
                    running);
        } catch (BenchException | RuntimeException e) {
            throw ImageBoot.failed(running, e);
        }
    }
}
