package kv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The servers a test talks to, each a child process stopped by its PID: this sample on a JVM, and
 * Debian's real redis-server (the reference, with {@code databases 1} like the sample) on a free
 * loopback port. The Redis tools come from Debian's redis-server and redis-tools packages, which
 * {@code scripts/env.sh} installs.
 */
final class Servers {
    private Servers() {}

    /** A running server process and its port; close kills it. */
    record Running(Process process, int port, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            process.destroyForcibly(); // SIGKILL to the child's PID: nothing saved, nothing left behind
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }

    static String tool(String name) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin")) {
            if (new File(dir, name).canExecute()) {
                return dir + "/" + name;
            }
        }
        throw new AssertionError(name + " not found: install Debian's redis-server and redis-tools packages"
                + " (scripts/env.sh's ukl_setup does)");
    }

    /**
     * This sample on a JVM, port chosen by the host, with extra arguments: those starting with
     * "-X" go to the JVM, the others to the program.
     */
    static Running kvServer(String... args) throws IOException {
        String java = System.getProperty("java.home") + "/bin/java";
        String classes = Path.of("target", "classes").toAbsolutePath().toString();
        List<String> command = new ArrayList<>(List.of(java));
        List<String> program = new ArrayList<>(List.of("-cp", classes, "kv.KvServer", "--port", "0"));
        for (String a : args) {
            (a.startsWith("-X") ? command : program).add(a);
        }
        command.addAll(program);
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            String prefix = "kv-server: listening on port ";
            assertTrue(line != null && line.startsWith(prefix), "first line of the server: " + line);
            return new Running(p, Integer.parseInt(line.substring(prefix.length())), null);
        } catch (IOException | RuntimeException | Error e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Debian's redis-server on a free port, in a directory of its own, with extra configuration. */
    static Running redis(String... config) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("kv-reference");
        List<String> command = new ArrayList<>(List.of(
                tool("redis-server"),
                "--port",
                Integer.toString(port),
                "--bind",
                "127.0.0.1",
                "--databases",
                "1",
                "--dir",
                dir.toString(),
                "--logfile",
                dir.resolve("log").toString()));
        command.addAll(List.of(config));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Running r = new Running(p, port, dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return r;
            } catch (IOException e) {
                if (!p.isAlive() || System.nanoTime() > deadline) {
                    r.close();
                    throw new AssertionError("redis-server did not start on port " + port + ": " + e);
                }
                Thread.sleep(50);
            }
        }
    }

    /** redis-cli with the given arguments and standard input; its standard output. */
    static byte[] cli(int port, byte[] stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool("redis-cli"), "-p", Integer.toString(port)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            Thread writer = Thread.ofPlatform().start(() -> {
                try (var in = p.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException e) {
                    // redis-cli exited early; its output tells why
                }
            });
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "redis-cli did not finish");
            writer.join();
            return out;
        } finally {
            p.destroyForcibly();
        }
    }
}
