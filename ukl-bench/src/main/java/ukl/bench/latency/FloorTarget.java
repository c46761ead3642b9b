package ukl.bench.latency;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.ImageBoot;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.RunningQemu;

/**
 * The floor: {@link FloorGuest}, a minimal C guest that polls the legacy virtio-net device and
 * echoes UDP, booted by {@link ImageBoot} exactly as the image is (same QEMU, machine, NIC, MAC,
 * tap, command line). No guest on this NIC and tap answers faster, so a target's p50 over the
 * floor's says how far above that limit it is.
 */
final class FloorTarget implements Target {
    static final String NAME = "floor";

    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(30);

    private final Accelerator accelerator;
    private Path image;

    FloorTarget(Accelerator accelerator) {
        this.accelerator = accelerator;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "minimal C guest polling legacy virtio-net, UDP echo (the floor)";
    }

    @Override
    public void prepare(Lab lab) throws BenchException {
        if (image == null) image = FloorGuest.build(lab.scratch.resolve("floor"));
    }

    @Override
    public Server start(Lab lab, int memoryMiB) throws BenchException {
        TapNetwork network = lab.network();
        ClientAgent client = lab.tapClient();
        long start = System.nanoTime();
        RunningQemu running = ImageBoot.start(image, memoryMiB, accelerator, network, Integer.toString(Lab.GUEST_PORT));
        try {
            long echoed = client.firstEcho(
                    Transport.UDP, TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, BOOT_TIMEOUT, () -> death(running));
            return new Server(
                    TapNetwork.GUEST_ADDRESS,
                    Lab.GUEST_PORT,
                    client,
                    OptionalDouble.of((echoed - start) / 1e6),
                    running);
        } catch (BenchException | RuntimeException e) {
            throw ImageBoot.failed(running, e);
        }
    }

    private static Optional<String> death(RunningQemu running) {
        return running.isAlive() ? Optional.empty() : Optional.of("the floor guest stopped before it echoed");
    }

    @Override
    public boolean inQemu() {
        return true;
    }

    @Override
    public boolean baseline() {
        return true;
    }

    @Override
    public Transport transport() {
        return Transport.UDP;
    }
}
