package ukl.kernel.platform;

import ukl.kernel.abi.Errno;
import ukl.kernel.arch.Cpu;
import ukl.kernel.arch.Host;
import ukl.kernel.drivers.net.NetDriver;
import ukl.kernel.drivers.net.TapDevice;

/**
 * A static Linux executable, confined by seccomp to the system calls of {@link Host}: the clock is
 * {@code clock_gettime}, the console is descriptors 0, 1 and 2, the NIC is a tap device the runtime
 * opened before {@code main} ({@link TapDevice}), and idling is {@code ppoll} on the tap, so an idle
 * server costs the host nothing.
 *
 * <p>Standard input is watched in the wait only when someone has just found it empty
 * ({@link #consoleReady()} false): standard input at its end (a file, /dev/null) is always
 * readable, and watching it for ever would turn every wait into a spin.
 */
final class ProcessPlatform {
    private static final int CLOCK_REALTIME = 0;
    private static final int CLOCK_MONOTONIC = 1;
    /** Ctrl-D: the end of standard input, told to the layer above as a serial console tells it. */
    private static final byte EOT = 0x04;

    private static TapDevice tap;
    private static boolean watchInput;
    /** Standard input has ended and the Ctrl-D that says so has not yet been read. */
    private static boolean endPending;
    /** Standard input has ended and the Ctrl-D has been read. */
    private static boolean ended;

    private ProcessPlatform() {}

    static long monotonicNanos() {
        return Host.clockNanos(CLOCK_MONOTONIC);
    }

    static long realtimeNanos() {
        return Host.clockNanos(CLOCK_REALTIME);
    }

    static long entropy() {
        return Host.clockNanos(CLOCK_MONOTONIC) * 0x9e37_79b9_7f4a_7c15L ^ Host.clockNanos(CLOCK_REALTIME);
    }

    /** getrandom(2) until the range is full: it returns at most 32 MiB a call, and -EINTR before any. */
    static void randomBytes(byte[] buf, int off, int len) {
        while (len > 0) {
            long n = Host.getrandom(buf, off, len);
            if (n == -Errno.EINTR) {
                continue;
            }
            if (n <= 0) {
                throw new IllegalStateException("getrandom(2) failed: " + n);
            }
            off += (int) n;
            len -= (int) n;
        }
    }

    static void consoleWrite(int fd, byte[] buf, int off, int len) {
        int out = fd == 2 ? 2 : 1;
        while (len > 0) {
            long n = Host.write(out, buf, off, len);
            if (n == -Errno.EAGAIN) {
                Host.waitInput(-1, -1, 1_000_000); // a non-blocking pipe is full: let the reader catch up
                continue;
            }
            if (n <= 0) {
                return; // the descriptor is closed or broken: output is lost, as the JVM's would be
            }
            off += (int) n;
            len -= (int) n;
        }
    }

    static boolean consoleReady() {
        if (ended) {
            return false;
        }
        if (endPending || Host.waitInput(0, -1, 0) != 0) {
            return true;
        }
        watchInput = true;
        return false;
    }

    static int consoleRead(byte[] buf, int off, int len) {
        if (len == 0 || !consoleReady()) {
            return 0;
        }
        if (!endPending) {
            long n = Host.read(0, buf, off, len);
            if (n > 0) {
                return (int) n;
            }
            if (n == -Errno.EAGAIN || n == -Errno.EINTR) {
                return 0;
            }
            endPending = true; // 0: end of file; another error: nothing more will come
        }
        endPending = false;
        ended = true;
        buf[off] = EOT;
        return 1;
    }

    static NetDriver probeNic() {
        tap = TapDevice.probe();
        return tap;
    }

    static void idle(NetDriver nic, long wakeBy) {
        long now = monotonicNanos();
        if (wakeBy <= now) {
            return;
        }
        long nanos = wakeBy == Long.MAX_VALUE ? -1 : wakeBy - now;
        int tapFd = nic != null && nic == tap ? tap.descriptor() : -1;
        int input = watchInput ? 0 : -1;
        watchInput = false;
        if (tapFd < 0 && input < 0 && nanos < 0) {
            return; // nothing could ever wake the wait: let the caller poll again
        }
        Host.waitInput(tapFd, input, nanos);
    }

    static void sleep(long nanos) {
        Host.waitInput(-1, -1, nanos < 0 ? 0 : nanos);
    }

    static void exit(int status) {
        Cpu.exit(status);
    }
}
