package ukl.bench.latency;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import ukl.bench.run.BenchException;
import ukl.boot.qemu.ProcessGuard;

/**
 * A child process this benchmark started and talks to line by line (the latency client, the host's
 * echo server). It is killed by PID, with its descendants, on {@link #close()} and by a JVM shutdown
 * hook if close is never reached (Ctrl-C), so no process outlives the run.
 */
final class ChildProcess implements AutoCloseable {
    private static final int KEPT_LINES = 40;
    /** Marks the end of the output in the line queue. */
    private static final String END = new String("<end of output>");

    private final String name;
    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> recent = new ArrayList<>();
    private final ProcessGuard guard;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.guard = new ProcessGuard(process);
        Thread.ofPlatform().daemon().name("ukl-bench-output-" + process.pid()).start(this::readOutput);
    }

    /** Starts {@code command}, standard error merged into standard output. */
    static ChildProcess start(String name, List<String> command) throws BenchException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ChildProcess(name, process);
        } catch (IOException e) {
            throw new BenchException(
                    "cannot start the " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    private void readOutput() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (recent) {
                    recent.add(line);
                    if (recent.size() > KEPT_LINES) recent.removeFirst();
                }
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed while we read; the next line() says so
        }
        lines.add(END);
    }

    void send(String line) throws BenchException {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new BenchException("the " + name + " no longer reads its input: " + e.getMessage() + transcript(), e);
        }
    }

    /** The next line of output, waiting at most {@code timeout}. */
    String line(Duration timeout) throws BenchException {
        return poll(timeout)
                .orElseThrow(() -> new BenchException(
                        "the " + name + " printed nothing for " + timeout.toMillis() + " ms" + transcript()));
    }

    /** The next line of output if one comes within {@code timeout}, else empty. */
    Optional<String> poll(Duration timeout) throws BenchException {
        try {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == END) {
                lines.add(END);
                throw new BenchException("the " + name + " exited" + transcript());
            }
            return Optional.ofNullable(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while waiting for the " + name, e);
        }
    }

    /** Skips lines until one starts with {@code prefix}, and returns it. */
    String awaitLine(String prefix, Duration timeout) throws BenchException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (; ; ) {
            String line = line(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
            if (line.startsWith(prefix)) return line;
        }
    }

    private String transcript() {
        String exit = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
        synchronized (recent) {
            return exit + "; its last output:\n" + String.join("\n", recent);
        }
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        guard.close();
    }

    /** The JVM running this benchmark, for child JVMs. */
    static String java() {
        return new File(System.getProperty("java.home"), "bin/java").getPath();
    }
}
