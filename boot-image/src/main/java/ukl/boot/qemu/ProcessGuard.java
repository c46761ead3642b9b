package ukl.boot.qemu;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Owns one child process: kills it, and every process it started, by PID when closed while it is
 * still alive, and also if the JVM shuts down first (a shutdown hook). So no QEMU outlives the
 * run that started it, whether that run ends normally, by timeout, by exception or by interrupt.
 * Public for the other owners of QEMUs and servers (the benchmark's guests and clients).
 */
public final class ProcessGuard implements AutoCloseable {
    private static final Duration REAP_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final Thread shutdownHook;

    public ProcessGuard(Process process) {
        this.process = process;
        this.shutdownHook = new Thread(this::kill, "ukl-qemu-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** SIGKILL to the descendants, then to the process, then waits until it is gone. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(REAP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) kill();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or will run; it only kills what is already dead
        }
    }
}
