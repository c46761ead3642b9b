package ukl.bench.latency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A containerd of the test's own: started as a child process with its root, state and socket in
 * {@code dir} (no systemd, nothing shared with a host containerd), driven with {@code ctr}. On
 * {@link #close()} it kills and deletes every task it ran, stops the daemon by PID, kills any shim
 * still serving its socket (found by PID: their command lines name the socket) and unmounts what is
 * left under {@code dir}, so the test's temporary directory can go.
 */
final class Containerd implements AutoCloseable {
    private static final String NAMESPACE = "ukl-test";
    private final Path dir;
    private final Path socket;
    private final ChildProcess daemon;
    private final List<String> containers = new ArrayList<>();

    private Containerd(Path dir, Path socket, ChildProcess daemon) {
        this.dir = dir;
        this.socket = socket;
        this.daemon = daemon;
    }

    static Containerd start(Path dir) throws Exception {
        Path config = Files.writeString(
                dir.resolve("config.toml"),
                // the CRI plugin (Kubernetes' side) is not needed by ctr and would look for CNI
                "version = 2\ndisabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n");
        Path socket = dir.resolve("containerd.sock");
        ChildProcess daemon = ChildProcess.start(
                "containerd",
                List.of(
                        "containerd",
                        "--config",
                        config.toString(),
                        "--root",
                        dir.resolve("root").toString(),
                        "--state",
                        dir.resolve("state").toString(),
                        "--address",
                        socket.toString()));
        Containerd containerd = new Containerd(dir, socket, daemon);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                containerd.ctr("version");
                return containerd;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    containerd.close();
                    throw new IOException("containerd did not answer on " + socket + " in 30 s: " + e.getMessage(), e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Runs {@code ctr} against this containerd; its output, or an IOException with it. */
    String ctr(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("ctr", "--address", socket.toString(), "--namespace", NAMESPACE));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) throw new IOException(command + " did not finish in 60 s");
            if (p.exitValue() != 0)
                throw new IOException(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + out);
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    /** Starts a container in the background ({@code ctr run -d}); {@link #close()} removes it. */
    void runDetached(List<String> options, String image, String id) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("run", "-d"));
        args.addAll(options);
        args.addAll(List.of(image, id));
        containers.add(id);
        ctr(args.toArray(String[]::new));
    }

    @Override
    public void close() {
        for (String id : containers) {
            quietly("task", "kill", "--signal", "SIGKILL", id);
            for (int i = 0; i < 50 && !quietly("task", "delete", id); i++) {
                sleep();
            }
            quietly("container", "delete", id);
        }
        daemon.close();
        String address = socket.toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> List.of(a).contains(address))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        unmountUnder(dir);
    }

    private boolean quietly(String... args) {
        try {
            ctr(args);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Snapshot mounts a failed run can leave under {@code dir}, deepest first (lazy: nothing may still use them). */
    private static void unmountUnder(Path dir) {
        try {
            List<String> points = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("/proc/self/mounts"))) {
                String point = line.split(" ")[1];
                if (point.startsWith(dir.toString() + "/")) points.add(point);
            }
            points.sort((a, b) -> b.length() - a.length());
            for (String point : points) {
                new ProcessBuilder("umount", "-l", point).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            System.err.println("cannot unmount under " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
