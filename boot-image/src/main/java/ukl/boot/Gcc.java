package ukl.boot;

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
     * Runs the jobs, as many at a time as there are processors (the next starts when one ends),
     * and fails with the first failed job's diagnostics. All processes have ended when this
     * returns or throws.
     *
     * <p>Meanwhile it samples, every {@link #SAMPLE_MILLIS} ms, the peak resident memory (VmHWM in
     * {@code /proc/<pid>/status}) of each job's process and its descendants (gcc's cc1, as, ld),
     * for {@link #peakChildKiB}. Sampling rather than {@code getrusage(RUSAGE_CHILDREN)}: that
     * needs a native call (FFM, a warning in every build without {@code --enable-native-access})
     * and counts every child the JVM ever waited for; VmHWM is the process's own high-water mark,
     * so a sample misses only growth in its last few milliseconds.
     */
    void run(List<Job> jobs) throws ImageBuildException {
        int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Process> running = new ArrayList<>();
        List<Job> runningJobs = new ArrayList<>();
        int next = 0;
        try {
            while (next < jobs.size() || !running.isEmpty()) {
                while (running.size() < parallel && next < jobs.size()) {
                    running.add(start(jobs.get(next)));
                    runningJobs.add(jobs.get(next++));
                }
                for (Process p : running) sample(p.toHandle());
                for (int i = 0; i < running.size(); i++) {
                    Process p = running.get(i);
                    if (p.waitFor(i == 0 ? SAMPLE_MILLIS : 0, TimeUnit.MILLISECONDS)) {
                        int exit = p.exitValue();
                        if (exit != 0) throw failure(executable.getFileName().toString(), runningJobs.get(i), exit);
                        running.remove(i);
                        runningJobs.remove(i);
                        i--;
                    }
                }
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

    static final int SAMPLE_MILLIS = 20;

    private long peakChildKiB;

    /** The largest peak resident memory of a process any {@link #run} of this instance started, or its descendants, in KiB. */
    long peakChildKiB() {
        return peakChildKiB;
    }

    private void sample(ProcessHandle process) {
        peakChildKiB = Math.max(peakChildKiB, highWaterKiB(process.pid()));
        process.descendants().forEach(d -> peakChildKiB = Math.max(peakChildKiB, highWaterKiB(d.pid())));
    }

    /** VmHWM of a process (proc(5)), in KiB; 0 when it has ended or the system has no /proc. */
    static long highWaterKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0; // ended between the listing and the read
        }
        return 0;
    }

    /**
     * Starts one job whose standard output the caller reads from the process as it comes (a
     * tool's report: readelf's dump is parsed while readelf still writes it); diagnostics go to the
     * job's log. End it with {@link #finish}.
     */
    Process startReading(Job job) throws ImageBuildException {
        return start(job, builder(job).redirectError(job.log().toFile()));
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

    /** Starts a job with its output and diagnostics in its log. */
    private Process start(Job job) throws ImageBuildException {
        return start(
                job,
                builder(job).redirectErrorStream(true).redirectOutput(job.log().toFile()));
    }

    /** The job's command, without standard input. */
    private ProcessBuilder builder(Job job) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(job.arguments());
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    private Process start(Job job, ProcessBuilder builder) throws ImageBuildException {
        try {
            return builder.start();
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
