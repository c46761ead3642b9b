package ukl.qemutests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ukl.bench.net.TapNetwork;

/**
 * A process-platform executable serving on {@code tap0} of a {@link TapNetwork}: started inside the
 * namespace ({@code ip netns exec} execs it, so the child is the server itself), its console
 * collected, stopped by its own PID on {@link #close()}.
 */
final class ProcessServer implements ServerUnderTest {
    private final Process process;
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private final Thread stdoutPump;
    private final Thread stderrPump;

    private ProcessServer(Process process) {
        this.process = process;
        stdoutPump = pump(process.getInputStream(), stdout, "stdout");
        stderrPump = pump(process.getErrorStream(), stderr, "stderr");
    }

    /** Starts {@code executable} with {@code ukl.tap=tap0}, then {@code kernelOptions}, {@code --} and {@code args}. */
    static ProcessServer start(TapNetwork network, Path executable, List<String> kernelOptions, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "ukl.tap=tap0"));
        command.addAll(kernelOptions);
        command.add("--");
        command.addAll(args);
        Process p = new ProcessBuilder(network.command(command)).start();
        p.getOutputStream().close();
        return new ProcessServer(p);
    }

    private static Thread pump(InputStream in, StringBuffer into, String name) {
        Thread t = new Thread(
                () -> {
                    byte[] buf = new byte[4096];
                    try (in) {
                        for (int n; (n = in.read(buf)) > 0; ) {
                            into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        into.append("[ukl test: reading ")
                                .append(name)
                                .append(" failed: ")
                                .append(e);
                    }
                },
                "process-server-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the program's own exit and its whole console; its exit status. Fails at {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(
                    "the process did not end within " + timeout + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
        }
        stdoutPump.join(timeout.toMillis());
        stderrPump.join(timeout.toMillis());
        return process.exitValue();
    }

    @Override
    public void awaitStdout(String marker, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!stdout.toString().contains(marker)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with status " + process.exitValue() + " before printing '"
                        + marker + "'\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("the server did not print '" + marker + "' within " + timeout + "\nstdout:\n"
                        + stdout + "\nstderr:\n" + stderr);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String stdout() {
        return stdout.toString();
    }

    @Override
    public String stderr() {
        return stderr.toString();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
