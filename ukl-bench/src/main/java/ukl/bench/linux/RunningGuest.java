package ukl.bench.linux;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.ProcessGuard;

/**
 * A Linux guest booted in QEMU on a {@link TapNetwork}, whose payload listens. {@link #close()}
 * kills QEMU by its PID; so does a failed boot before it throws, and a JVM shutdown hook if
 * neither ran.
 *
 * <p>The accelerator is KVM only where the CPU has VT-x/AMD-V ({@code vmx}/{@code svm} in
 * /proc/cpuinfo) and /dev/kvm exists, else TCG (DESIGN.md, accelerator: a /dev/kvm without them
 * emulates every instruction); the system property {@code ukl.bench.accel} ({@code kvm} or
 * {@code tcg}) overrides that. The CPU model is {@code max}, as for the ukl image: under TCG every
 * feature QEMU emulates, under KVM the host's.
 */
public final class RunningGuest implements AutoCloseable {
    /** The guest's MAC address; QEMU's default prefix 52:54:00 (locally administered). */
    public static final String MAC = "52:54:00:12:34:56";

    private static final Pattern READY = Pattern.compile("ukl-guest: ready (\\d+\\.\\d+) s after boot");
    private static final Pattern FAILED = Pattern.compile("ukl-guest: (error: .*|payload exited with status \\d+)");
    private static final long POWER_OFF_SECONDS = 10;

    private final Process qemu;
    private final ProcessGuard guard;
    private final List<String> console = new ArrayList<>();
    private final CompletableFuture<Double> ready = new CompletableFuture<>();
    private Duration timeToReady;

    private RunningGuest(Process qemu) {
        this.qemu = qemu;
        this.guard = new ProcessGuard(qemu);
    }

    /**
     * Starts QEMU inside {@code network}'s namespace and waits until the guest's init reports a
     * listening socket.
     *
     * @throws LinuxGuestException if QEMU cannot start, the guest fails or exits first, or it is not
     *     ready within {@code readyTimeout}; the message holds the console's last lines
     */
    public static RunningGuest boot(GuestImage image, TapNetwork network, int memoryMiB, Duration readyTimeout)
            throws LinuxGuestException {
        return boot(image, network, memoryMiB, readyTimeout, List.of());
    }

    /**
     * As {@link #boot(GuestImage, TapNetwork, int, Duration)}, with {@code extraQemuArgs} at the end
     * of QEMU's command line: for example {@code -global virtio-net-pci.csum=off}, which takes
     * checksum and segmentation offload from the guest, so that every segment on the tap is one the
     * guest's TCP cut itself (a packet-level test needs that; a benchmark does not).
     */
    public static RunningGuest boot(
            GuestImage image, TapNetwork network, int memoryMiB, Duration readyTimeout, List<String> extraQemuArgs)
            throws LinuxGuestException {
        if (!Files.isRegularFile(GuestImage.QBOOT)) {
            throw new LinuxGuestException("QEMU's firmware " + GuestImage.QBOOT
                    + " is missing: install it (Debian: apt-get install qemu-system-data)");
        }
        List<String> command = new ArrayList<>(List.of(
                Commands.require("qemu-system-x86_64", "qemu-system-x86"), "-accel", accelerator(), "-cpu", "max"));
        command.addAll(image.qemuArgs(memoryMiB));
        command.addAll(List.of("-serial", "stdio"));
        command.addAll(TapNetwork.qemuNetdevArgs(MAC));
        command.addAll(extraQemuArgs);
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(network.command(command))
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new LinuxGuestException("cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        RunningGuest guest = new RunningGuest(process);
        Thread.ofPlatform().daemon().name("ukl-guest-console-" + process.pid()).start(guest::readConsole);
        try {
            guest.ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
            guest.timeToReady = Duration.ofNanos(System.nanoTime() - start);
            return guest;
        } catch (TimeoutException e) {
            guest.close();
            throw guest.failure("the guest was not ready within " + readyTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            guest.awaitPowerOff();
            guest.close();
            throw guest.failure(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            guest.close();
            Thread.currentThread().interrupt();
            throw guest.failure("interrupted while the guest booted", e);
        }
    }

    /** After a failure the guest's init powers off by itself; give it that chance, so the exit code shows. */
    private void awaitPowerOff() {
        try {
            qemu.waitFor(POWER_OFF_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** TCG unless the CPU has vmx/svm (boot-image's rule); the system property ukl.bench.accel forces one. */
    private static String accelerator() throws LinuxGuestException {
        try {
            return Accelerator.parse(System.getProperty("ukl.bench.accel", "auto"))
                    .resolve()
                    .qemuName();
        } catch (IllegalArgumentException e) {
            throw new LinuxGuestException("system property ukl.bench.accel: " + e.getMessage(), e);
        }
    }

    /** Collects console lines until QEMU's output ends, completing {@link #ready} on the first verdict. */
    private void readConsole() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(qemu.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (console) {
                    console.add(line);
                }
                Matcher m = READY.matcher(line);
                if (m.find()) ready.complete(Double.parseDouble(m.group(1)));
                if (FAILED.matcher(line).find())
                    ready.completeExceptionally(new LinuxGuestException("the guest reported " + line.strip()));
            }
        } catch (IOException e) {
            // QEMU was killed while we read; the verdict below says so
        }
        ready.completeExceptionally(new LinuxGuestException("QEMU exited before the guest was ready"));
    }

    private LinuxGuestException failure(String what, Throwable cause) {
        String exit = qemu.isAlive() ? "" : " (QEMU exit code " + qemu.exitValue() + ")";
        return new LinuxGuestException(what + exit + "; console:\n" + Commands.tail(console()), cause);
    }

    /** Host time from QEMU's start to the guest's ready line. */
    public Duration timeToReady() {
        return timeToReady;
    }

    /** The guest's own time from kernel start to a listening socket (its CLOCK_BOOTTIME), in seconds. */
    public double guestSecondsToReady() {
        return ready.join();
    }

    /** Everything the guest printed on its serial console so far. */
    public String console() {
        synchronized (console) {
            return String.join("\n", console);
        }
    }

    /** QEMU's process ID (also the namespace's {@code ip netns exec}, which execs QEMU). */
    public long pid() {
        return qemu.pid();
    }

    /** Kills QEMU by PID and waits until it is gone. Idempotent. */
    @Override
    public void close() {
        guard.close();
    }
}
