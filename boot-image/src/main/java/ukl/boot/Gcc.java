package ukl.boot;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * gcc (or another tool of the toolchain, {@link #binutil}) as a child process. Each run's diagnostics go to a log file next to its output (no pipes to
 * drain, so parallel runs cannot block on a full pipe) and into the exception when it fails.
 */
final class Gcc {
    private static final int MAX_DIAGNOSTIC_LINES = 200;

    /** One gcc run: what it does (for messages), its arguments, and where its diagnostics go. */
    record Job(String what, List<String> arguments, Path log) {}

    private final Path executable;

    private Gcc(Path executable) {
        this.executable = executable;
    }

    /** Finds gcc and ld on {@code searchPath} (a PATH value), or says how to install them. */
    static Gcc locate(String searchPath) throws ImageBuildException {
        Path gcc = onPath("gcc", searchPath)
                .orElseThrow(() ->
                        new ImageBuildException("gcc not found on PATH: install it (Debian: apt-get install gcc)"));
        // gcc runs ld through collect2, which searches the PATH too.
        onPath("ld", searchPath)
                .orElseThrow(() ->
                        new ImageBuildException("ld not found on PATH: install it (Debian: apt-get install binutils)"));
        return new Gcc(gcc);
    }

    /** A binutils program next to gcc's ld on {@code searchPath}, e.g. objcopy, run as gcc is. */
    static Gcc binutil(String tool, String searchPath) throws ImageBuildException {
        return new Gcc(onPath(tool, searchPath)
                .orElseThrow(() -> new ImageBuildException(
                        tool + " not found on PATH: install it (Debian: apt-get install binutils)")));
    }

    private static Optional<Path> onPath(String tool, String searchPath) {
        if (searchPath == null) return Optional.empty();
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** gcc's version line, part of the boot objects' cache key. */
    String version() throws ImageBuildException {
        Path log = null;
        try {
            log = Files.createTempFile("ukl-gcc-version", ".log");
            run(List.of(new Job("printing its version", List.of("--version"), log)));
            return Files.readAllLines(log, StandardCharsets.UTF_8).getFirst();
        } catch (IOException e) {
            throw new ImageBuildException("cannot read gcc's version: " + e.getMessage(), e);
        } finally {
            if (log != null) log.toFile().delete();
        }
    }

    /**
     * Runs the jobs, as many at a time as there are processors, and fails with the first failed
     * job's diagnostics. All processes have ended when this returns or throws.
     */
    void run(List<Job> jobs) throws ImageBuildException {
        int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int from = 0; from < jobs.size(); from += parallel) {
            List<Job> batch = jobs.subList(from, Math.min(jobs.size(), from + parallel));
            List<Process> running = new ArrayList<>();
            try {
                for (Job job : batch) running.add(start(job));
                for (int i = 0; i < batch.size(); i++) {
                    int exit = running.get(i).waitFor();
                    if (exit != 0) throw failure(executable.getFileName().toString(), batch.get(i), exit);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImageBuildException("interrupted while gcc was running", e);
            } finally {
                for (Process p : running) {
                    if (p.isAlive()) p.destroyForcibly();
                }
            }
        }
    }

    /**
     * Starts one job whose standard output the caller reads from the process as it comes (a
     * tool's report: readelf's dump is parsed while readelf still writes it); diagnostics go to the
     * job's log. End it with {@link #finish}.
     */
    Process startReading(Job job) throws ImageBuildException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(job.arguments());
        try {
            return new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectError(job.log().toFile())
                    .start();
        } catch (IOException e) {
            throw new ImageBuildException(
                    "cannot start " + executable + " for " + job.what() + ": " + e.getMessage(), e);
        }
    }

    /** Waits for a job {@link #startReading} started; fails with its diagnostics if it failed. */
    void finish(Process process, Job job) throws ImageBuildException {
        try {
            int exit = process.waitFor();
            if (exit != 0) throw failure(executable.getFileName().toString(), job, exit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageBuildException("interrupted while " + executable.getFileName() + " was running", e);
        } finally {
            if (process.isAlive()) process.destroyForcibly();
        }
    }

    private Process start(Job job) throws ImageBuildException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(job.arguments());
        try {
            return new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(job.log().toFile())
                    .start();
        } catch (IOException e) {
            throw new ImageBuildException(
                    "cannot start " + executable + " for " + job.what() + ": " + e.getMessage(), e);
        }
    }

    private static ImageBuildException failure(String tool, Job job, int exit) {
        List<String> lines;
        try {
            lines = Files.readAllLines(job.log(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of("(diagnostics unreadable: " + e.getMessage() + ")");
        }
        StringBuilder message = new StringBuilder(tool + " failed " + job.what() + " (exit code " + exit + "):");
        lines.stream().limit(MAX_DIAGNOSTIC_LINES).forEach(line -> message.append('\n')
                .append(line));
        if (lines.size() > MAX_DIAGNOSTIC_LINES) {
            message.append("\n… and ")
                    .append(lines.size() - MAX_DIAGNOSTIC_LINES)
                    .append(" more lines");
        }
        return new ImageBuildException(message.toString());
    }
}
