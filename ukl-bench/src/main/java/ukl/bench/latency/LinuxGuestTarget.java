package ukl.bench.latency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import ukl.bench.linux.GuestImage;
import ukl.bench.linux.LinuxGuest;
import ukl.bench.linux.LinuxGuestException;
import ukl.bench.linux.RunningGuest;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;

/**
 * A baseline: the echo server as a userspace process in a Linux guest (Debian's cloud kernel),
 * under the same QEMU machine, accelerator, NIC and tap as the image. Either the C server, compiled
 * now, or the very jar the image is built from, on a jlinked JRE.
 */
final class LinuxGuestTarget implements Target {
    private final boolean java;
    private GuestImage image;

    private LinuxGuestTarget(boolean java) {
        this.java = java;
    }

    static LinuxGuestTarget c() {
        return new LinuxGuestTarget(false);
    }

    static LinuxGuestTarget java() {
        return new LinuxGuestTarget(true);
    }

    @Override
    public String name() {
        return java ? "linux-java" : "linux-c";
    }

    @Override
    public String description() {
        return (java ? "echo.EchoServer on a JVM" : "C echo server (poll)") + " in a Linux guest"
                + (image == null ? "" : " (" + kernelName() + ")");
    }

    /** The guest's kernel, from its file name ({@code vmlinuz-6.1.0-56-cloud-amd64}). */
    String kernelName() {
        return image.kernel().getFileName().toString().replaceFirst("^vmlinuz-", "Linux ");
    }

    /** Booting to a listening socket takes seconds for C and tens of seconds for a JVM under TCG. */
    private Duration bootTimeout() {
        return Duration.ofSeconds(java ? 300 : 90);
    }

    @Override
    public void prepare(Lab lab) throws BenchException {
        try {
            LinuxGuest.Builder builder = LinuxGuest.builder();
            if (java) {
                builder.payloadJava(
                        EchoServerJar.NIO.runnable(lab.scratch.resolve("echo-server-guest.jar")),
                        EchoServerJar.NIO.mainClass(),
                        List.of(Integer.toString(Lab.GUEST_PORT)));
            } else {
                builder.payloadCEchoServer(Lab.GUEST_PORT);
            }
            image = builder.build();
        } catch (LinuxGuestException e) {
            throw new BenchException("cannot build the " + name() + " guest: " + e.getMessage(), e);
        }
    }

    @Override
    public Server start(Lab lab, int memoryMiB) throws BenchException {
        TapNetwork network = lab.network();
        ClientAgent client = lab.tapClient();
        long start = System.nanoTime();
        CompletableFuture<RunningGuest> boot = CompletableFuture.supplyAsync(() -> {
            try {
                return RunningGuest.boot(image, network, memoryMiB, bootTimeout());
            } catch (LinuxGuestException e) {
                throw new CompletionException(e);
            }
        });
        try {
            long echoed =
                    client.firstEcho(TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, bootTimeout(), () -> failure(boot));
            RunningGuest guest = boot.join();
            return new Server(
                    TapNetwork.GUEST_ADDRESS, Lab.GUEST_PORT, client, OptionalDouble.of((echoed - start) / 1e6), guest);
        } catch (CompletionException e) {
            throw new BenchException("the guest failed to boot: " + e.getCause().getMessage(), e.getCause());
        } catch (BenchException | RuntimeException e) {
            boot.thenAccept(RunningGuest::close); // a guest that comes up after all is killed at once
            throw e;
        }
    }

    private static Optional<String> failure(CompletableFuture<RunningGuest> boot) {
        if (!boot.isCompletedExceptionally()) return Optional.empty();
        try {
            boot.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of("the guest failed to boot: " + e.getCause().getMessage());
        }
    }

    @Override
    public boolean inQemu() {
        return true;
    }

    @Override
    public boolean baseline() {
        return true;
    }
}
