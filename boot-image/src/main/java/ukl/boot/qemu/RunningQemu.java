package ukl.boot.qemu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A guest that {@link Qemu#start()} started and that runs until {@link #close()}: a server under
 * test. Closing kills QEMU by PID (with its descendants) and removes the output files; a JVM
 * shutdown hook does the same if the owner never closes it.
 */
public final class RunningQemu implements AutoCloseable {
    private static final long POLL_MILLIS = 5;

    private final Process process;
    private final ProcessGuard guard;
    private final Path dir;
    private final Path com1;
    private final Path com2;
    private final Path messages;
    private final long spawnedNanos;

    RunningQemu(Process process, ProcessGuard guard, Path dir, Path com1, Path com2, Path messages, long spawnedNanos) {
        this.process = process;
        this.guard = guard;
        this.dir = dir;
        this.com1 = com1;
        this.com2 = com2;
        this.messages = messages;
        this.spawnedNanos = spawnedNanos;
    }

    /**
     * {@link System#nanoTime()} just before QEMU's process was spawned: where a boot time starts, after
     * the launcher's own work (checking the image, building the command line).
     */
    public long spawnedNanos() {
        return spawnedNanos;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the guest has written on standard output (COM1) so far. */
    public String stdout() {
        return read(com1);
    }

    /** What the guest has written on standard error (COM2) so far. */
    public String stderr() {
        return read(com2);
    }

    /** What QEMU itself has printed so far. */
    public String qemuMessages() {
        return read(messages);
    }

    /**
     * Waits until standard output contains {@code marker}.
     *
     * @throws QemuException when the guest stops first, or {@code timeout} passes; the message
     *     carries what the guest and QEMU printed
     */
    public void awaitStdout(String marker, Duration timeout) throws QemuException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!stdout().contains(marker)) {
            if (!process.isAlive()) {
                throw new QemuException("the guest stopped (QEMU exit code " + process.exitValue()
                        + ") before printing '" + marker + "'" + transcript());
            }
            if (System.nanoTime() > deadline) {
                throw new QemuException(
                        "the guest did not print '" + marker + "' within " + timeout.toMillis() + " ms" + transcript());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Waits until the guest exits and returns its status (docs/contracts.md §7: QEMU's exit code
     * {@code 2n+1} is the guest's status {@code n}).
     *
     * @throws QemuException when {@code timeout} passes first (QEMU is left running for
     *     {@link #close()}), or QEMU ends without a guest status (a triple fault, a QEMU error)
     */
    public int awaitExit(Duration timeout) throws QemuException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new QemuException("the guest did not exit within " + timeout.toMillis() + " ms" + transcript());
        }
        int code = process.exitValue();
        if (code % 2 == 0) {
            throw new QemuException("QEMU ended with exit code " + code + ", which is no guest status" + transcript());
        }
        return code >> 1;
    }

    private String transcript() {
        return "\nstdout: " + stdout().strip() + "\nstderr: " + stderr().strip() + "\nQEMU: "
                + qemuMessages().strip();
    }

    @Override
    public void close() {
        guard.close();
        Qemu.deleteQuietly(dir);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file)
                    ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    : ""; // a half-written character decodes as U+FFFD
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
