package ukl.bench.linux;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The build's host tools (apt, dpkg-deb, gcc, jlink, ldd) as child processes: output to a temporary
 * file (no pipe to drain), a hard timeout, killed by PID when it expires, and a failure that quotes
 * the command and its output.
 */
final class Commands {
    private static final int MAX_OUTPUT_CHARS = 4000;

    private Commands() {}

    /** Runs {@code command} in {@code directory} and returns its standard output and error, merged. */
    static String run(List<String> command, Path directory, Duration timeout) throws LinuxGuestException {
        String shown = String.join(" ", command);
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile("ukl-bench", ".out");
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new LinuxGuestException(shown + " did not finish within " + timeout.toSeconds() + " s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new LinuxGuestException(
                        shown + " failed with exit code " + process.exitValue() + ":\n" + tail(text));
            }
            return text;
        } catch (IOException e) {
            throw new LinuxGuestException("cannot run " + shown + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinuxGuestException("interrupted while running " + shown, e);
        } finally {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (output != null) output.toFile().delete();
        }
    }

    /** {@code tool} on the PATH (or in the sbin directories Debian puts admin tools in). */
    static Optional<Path> find(String tool) {
        String path = System.getenv("PATH");
        String dirs = (path == null ? "" : path + File.pathSeparator) + "/usr/sbin:/sbin:/usr/bin:/bin";
        for (String dir : dirs.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** {@code tool}'s path, or a failure naming the Debian package that provides it. */
    static String require(String tool, String debianPackage) throws LinuxGuestException {
        return find(tool)
                .orElseThrow(() -> new LinuxGuestException("the Linux guest needs '" + tool
                        + "', not found on the PATH: install it (Debian: apt-get install " + debianPackage + ")"))
                .toString();
    }

    static String tail(String text) {
        return text.length() <= MAX_OUTPUT_CHARS ? text : "…" + text.substring(text.length() - MAX_OUTPUT_CHARS);
    }
}
