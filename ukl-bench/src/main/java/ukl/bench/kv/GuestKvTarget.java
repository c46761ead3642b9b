package ukl.bench.kv;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import ukl.bench.linux.GuestImage;
import ukl.bench.linux.LinuxGuest;
import ukl.bench.linux.LinuxGuestException;
import ukl.bench.linux.RunningGuest;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;

/**
 * A baseline in a Linux guest (Debian's cloud kernel) under the same QEMU machine, accelerator, NIC,
 * tap and {@code -m} as the image: either the very jar the image is built from, on a jlinked JRE
 * ({@code linux-java}), or Debian's real {@code redis-server} ({@code linux-redis}), the host's
 * packaged binary with its shared libraries, no snapshots and no append-only file, so that neither
 * server touches a disk.
 */
final class GuestKvTarget implements KvTarget {
    /**
     * The real Redis's flags: listen on {@code port} at {@code bind}, no persistence, in the
     * foreground, quiet (in the guest its log goes to the slow serial console).
     */
    static List<String> redisArgs(int port, String bind) {
        return List.of(
                "--port",
                Integer.toString(port),
                "--bind",
                bind,
                "--protected-mode",
                "no",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--loglevel",
                "warning");
    }
    /** Debian's redis-server (a link to redis-check-rdb: one binary, which looks at its argv[0]). */
    static final Path REDIS_SERVER = Path.of("/usr/bin/redis-server");

    /** A JVM booting under TCG takes tens of seconds before it listens. */
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(300);

    private final boolean java;
    private GuestImage image;

    private GuestKvTarget(boolean java) {
        this.java = java;
    }

    static GuestKvTarget java() {
        return new GuestKvTarget(true);
    }

    static GuestKvTarget redis() {
        return new GuestKvTarget(false);
    }

    @Override
    public String name() {
        return java ? "linux-java" : "linux-redis";
    }

    @Override
    public String description() {
        return (java ? KvServerJar.MAIN_CLASS + " on a JVM" : "Debian's redis-server") + " in a Linux guest"
                + (image == null ? "" : " (" + kernelName() + ")");
    }

    /** The guest's kernel, from its file name ({@code vmlinuz-6.1.0-56-cloud-amd64}). */
    String kernelName() {
        return image.kernel().getFileName().toString().replaceFirst("^vmlinuz-", "Linux ");
    }

    @Override
    public void prepare(KvLab lab) throws BenchException {
        try {
            LinuxGuest.Builder builder = LinuxGuest.builder();
            if (java) {
                builder.payloadJava(
                        lab.jar(), KvServerJar.MAIN_CLASS, List.of("--port", Integer.toString(KvLab.REDIS_PORT)));
            } else {
                builder.payloadHostProgram(REDIS_SERVER, "redis-server", redisArgs(KvLab.REDIS_PORT, "0.0.0.0"));
            }
            image = builder.build();
        } catch (LinuxGuestException | IllegalArgumentException e) {
            throw new BenchException("cannot build the " + name() + " guest: " + e.getMessage(), e);
        }
    }

    @Override
    public RunningKv start(KvLab lab) throws BenchException {
        TapNetwork network = lab.network();
        long start = System.nanoTime();
        RunningGuest guest;
        try {
            guest = RunningGuest.boot(image, network, lab.options.memoryMiB(), BOOT_TIMEOUT);
        } catch (LinuxGuestException e) {
            throw new BenchException("the " + name() + " guest failed to boot: " + e.getMessage(), e);
        }
        try {
            RunningKv server = new RunningKv(
                    TapNetwork.GUEST_ADDRESS, KvLab.REDIS_PORT, network::command, OptionalDouble.empty(), guest);
            RedisClients.awaitPong(server, BOOT_TIMEOUT, Optional::empty);
            return new RunningKv(
                    server.host(),
                    server.port(),
                    server.under(),
                    OptionalDouble.of((System.nanoTime() - start) / 1e6),
                    guest);
        } catch (BenchException | RuntimeException e) {
            String console = guest.console();
            guest.close();
            throw new BenchException(
                    e.getMessage() + "\n  console: "
                            + (console.length() <= 3000 ? console : "…" + console.substring(console.length() - 3000)),
                    e);
        }
    }
}
