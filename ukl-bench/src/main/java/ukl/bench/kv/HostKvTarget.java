package ukl.bench.kv;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import ukl.bench.run.BenchException;
import ukl.boot.qemu.ProcessGuard;

/**
 * The reference, no virtualisation at all: the jar on the host's JVM ({@code host-jvm}) or
 * Debian's redis-server ({@code host-redis}) as a host process, reached over loopback, with the
 * same flags as in the guest. Numbers to read the others against, not a target.
 */
final class HostKvTarget implements KvTarget {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final boolean java;

    private HostKvTarget(boolean java) {
        this.java = java;
    }

    static HostKvTarget java() {
        return new HostKvTarget(true);
    }

    static HostKvTarget redis() {
        return new HostKvTarget(false);
    }

    @Override
    public String name() {
        return java ? "host-jvm" : "host-redis";
    }

    @Override
    public String description() {
        return (java
                        ? KvServerJar.MAIN_CLASS + " on the host JVM (" + Runtime.version() + ")"
                        : "Debian's redis-server on the host")
                + ", over loopback";
    }

    @Override
    public void prepare(KvLab lab) throws BenchException {
        if (java) lab.jar();
        else if (!Files.isExecutable(GuestKvTarget.REDIS_SERVER))
            throw new BenchException(GuestKvTarget.REDIS_SERVER
                    + " is missing: install it (Debian: apt-get install redis-server; scripts/env.sh does)");
    }

    @Override
    public RunningKv start(KvLab lab) throws BenchException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (java) {
            String jvm = new File(System.getProperty("java.home"), "bin/java").getPath();
            command.addAll(List.of(jvm, "-cp", lab.jar().toString(), KvServerJar.MAIN_CLASS));
            command.addAll(List.of("--port", Integer.toString(port)));
        } else {
            command.add(GuestKvTarget.REDIS_SERVER.toString());
            command.addAll(GuestKvTarget.redisArgs(port, "127.0.0.1"));
        }
        Path log = lab.scratch.resolve(name() + ".log");
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(lab.scratch.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new BenchException("cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        ProcessGuard guard = new ProcessGuard(process);
        RunningKv server = new RunningKv("127.0.0.1", port, UnaryOperator.identity(), OptionalDouble.empty(), guard);
        try {
            RedisClients.awaitPong(
                    server,
                    START_TIMEOUT,
                    () -> process.isAlive()
                            ? Optional.empty()
                            : Optional.of(name() + " exited with status " + process.exitValue() + ": " + read(log)));
            return new RunningKv(
                    server.host(), port, server.under(), OptionalDouble.of((System.nanoTime() - start) / 1e6), guard);
        } catch (BenchException | RuntimeException e) {
            guard.close();
            throw e;
        }
    }

    /** A port the host lets us bind now; the server binds it a moment later. */
    private static int freePort() throws BenchException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BenchException("cannot find a free loopback port: " + e.getMessage(), e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
