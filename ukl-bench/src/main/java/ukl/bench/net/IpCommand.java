package ukl.bench.net;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * iproute2's {@code ip}, checked once for what every namespace and tap operation needs: the binary,
 * the TUN/TAP driver, and root.
 */
final class IpCommand {
    private static final long TIMEOUT_SECONDS = 30;
    /** Where Debian puts {@code ip}; searched after the PATH, which often lacks the sbin directories. */
    private static final List<String> SBIN = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private final Path executable;

    private IpCommand(Path executable) {
        this.executable = executable;
    }

    static IpCommand locate() throws NetworkSetupException {
        Optional<Path> ip = find(System.getenv("PATH"));
        Optional<String> problem = problem(ip, Files.exists(Path.of("/dev/net/tun")), uid());
        if (problem.isPresent()) throw new NetworkSetupException(problem.get());
        return new IpCommand(ip.orElseThrow());
    }

    /** What stops us, checked in the order a user fixes them; empty when nothing does. */
    static Optional<String> problem(Optional<Path> ip, boolean tunPresent, int uid) {
        if (ip.isEmpty()) {
            return Optional.of("the test network needs iproute2's 'ip' command, found neither on the PATH nor in "
                    + SBIN + ": install it (Debian: apt-get install iproute2)");
        }
        if (!tunPresent) {
            return Optional.of("the test network needs the TUN/TAP device /dev/net/tun, which does not exist: "
                    + "load the driver (modprobe tun), or in a container pass --device /dev/net/tun");
        }
        if (uid != 0) {
            return Optional.of("the test network needs root to create network namespaces and tap devices, "
                    + "but this JVM runs as uid " + uid
                    + ": run it as root (in a container: with CAP_NET_ADMIN and CAP_SYS_ADMIN)");
        }
        return Optional.empty();
    }

    private static Optional<Path> find(String searchPath) {
        List<String> dirs = new ArrayList<>();
        if (searchPath != null) dirs.addAll(List.of(searchPath.split(File.pathSeparator)));
        dirs.addAll(SBIN);
        return dirs.stream()
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "ip"))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    private static int uid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    Path executable() {
        return executable;
    }

    /** The names {@code ip netns list} shows (each line is a name, maybe followed by {@code (id: n)}). */
    List<String> namespaces() throws NetworkSetupException {
        return run("netns", "list")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[0])
                .toList();
    }

    /** Runs {@code ip args}, returns its standard output, or fails with its diagnostics. */
    String run(String... args) throws NetworkSetupException {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        Path output = null;
        try {
            output = Files.createTempFile("ukl-ip", ".out");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new NetworkSetupException(
                        String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new NetworkSetupException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + ": " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new NetworkSetupException("cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkSetupException("interrupted while running " + String.join(" ", command));
        } finally {
            if (output != null) output.toFile().delete();
        }
    }
}
