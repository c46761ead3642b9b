package ukl.kernel.platform;

import ukl.kernel.arch.Host;
import ukl.kernel.drivers.net.NetDriver;

/**
 * The seam between the kernel and what it runs on: every use of the clock, the console, the NIC,
 * idling and exit above this package goes through here, and nothing above knows which side answers.
 * Two sides implement it: {@link VmPlatform} (a PVH guest: TSC, virtio consoles or 16550 UARTs, virtio-net over PCI,
 * {@code hlt} on the NIC's interrupt, isa-debug-exit) and {@link ProcessPlatform} (a static Linux
 * executable: {@code clock_gettime}, descriptors 0–2, a tap device, {@code ppoll},
 * {@code exit_group}).
 *
 * <p>Which side runs is {@link Host#isProcess()}, a constant of the runtime's
 * {@code ukl_natives.h}: every method tests it, gcc folds the test, and the other side's code and
 * natives vanish from the binary. Both sides stay in the closed world the linker checks, so a
 * kernel that breaks either fails every link, not only that platform's.
 */
public final class Platform {
    private Platform() {}

    private static boolean process() {
        return Host.isProcess() != 0;
    }

    /** At boot, before anything reads the clock. */
    public static void init() {
        if (!process()) {
            VmPlatform.init();
        }
    }

    /** A monotonic clock in nanoseconds (its origin is the platform's: boot, or the host's boot). */
    public static long monotonicNanos() {
        return process() ? ProcessPlatform.monotonicNanos() : VmPlatform.monotonicNanos();
    }

    /** Nanoseconds since 1970-01-01 UTC. */
    public static long realtimeNanos() {
        return process() ? ProcessPlatform.realtimeNanos() : VmPlatform.realtimeNanos();
    }

    /** Some bits that differ from run to run, for the TCP initial sequence numbers' secret (RFC 6528). */
    public static long entropy() {
        return process() ? ProcessPlatform.entropy() : VmPlatform.entropy();
    }

    /**
     * Fills {@code buf[off, off+len)} with random bytes: Linux's {@code getrandom(2)} in a process,
     * {@code rdrand} or a weaker TSC-seeded fallback in the guest ({@link Entropy}).
     */
    public static void randomBytes(byte[] buf, int off, int len) {
        if (process()) {
            ProcessPlatform.randomBytes(buf, off, len);
        } else {
            Entropy.fill(buf, off, len);
        }
    }

    /** Writes {@code buf[off, off+len)} to console descriptor 1 or 2, all of it. */
    public static void consoleWrite(int fd, byte[] buf, int off, int len) {
        if (process()) {
            ProcessPlatform.consoleWrite(fd, buf, off, len);
        } else {
            VmPlatform.consoleWrite(fd, buf, off, len);
        }
    }

    /**
     * Whether console input waits to be read. The end of the input reads as one Ctrl-D (0x04), the
     * mark a serial line ends its input with, so the layer above has one rule for both.
     */
    public static boolean consoleReady() {
        return process() ? ProcessPlatform.consoleReady() : VmPlatform.consoleReady();
    }

    /** Reads waiting console input into {@code buf[off, off+len)} without blocking; 0 when none. */
    public static int consoleRead(byte[] buf, int off, int len) {
        return process() ? ProcessPlatform.consoleRead(buf, off, len) : VmPlatform.consoleRead(buf, off, len);
    }

    /** Starts the machine's NIC driver; {@code null} when it has none. Called once. */
    public static NetDriver probeNic() {
        return process() ? ProcessPlatform.probeNic() : VmPlatform.probeNic();
    }

    /**
     * Waits a moment before the next poll of {@code nic} ({@code null}: none): until
     * {@code spinUntil} a VM busy-polls the NIC's receive queue (traffic is flowing: an interrupt
     * would cost more than the wait), after it halts; the interface or the caller has timed work at
     * {@code wakeBy} ({@link #monotonicNanos()} times; {@code Long.MAX_VALUE}: none). Returns early
     * when a frame or console input may have arrived; the caller polls for what woke it.
     */
    public static void idle(NetDriver nic, long spinUntil, long wakeBy) {
        if (process()) {
            ProcessPlatform.idle(nic, wakeBy);
        } else {
            VmPlatform.idle(nic, spinUntil, wakeBy);
        }
    }

    /** Waits up to {@code nanos} with nothing to poll (every thread sleeps); may return early. */
    public static void sleep(long nanos) {
        if (process()) {
            ProcessPlatform.sleep(nanos);
        } else {
            VmPlatform.sleep(nanos);
        }
    }

    /** Ends the program with {@code status}: the guest's status (QEMU's isa-debug-exit), or the process's. */
    public static void exit(int status) {
        if (process()) {
            ProcessPlatform.exit(status);
        } else {
            VmPlatform.exit(status);
        }
    }
}
