package ukl.kernel.sys;

import ukl.kernel.drivers.net.NetDriver;
import ukl.kernel.platform.Platform;

/** The machine the kernel runs on, whichever it is: {@link Platform}, with the NIC the system calls wait for. */
final class PlatformMachine implements Machine {
    private final NetDriver nic;
    private final long spinNanos;

    /**
     * Idles until {@code nic} may have received a frame; with {@code null}, until the deadline or
     * console input. In a VM it busy-polls the NIC for {@code spinNanos} after the interface was
     * last active before it halts ({@link Platform#idle}).
     */
    PlatformMachine(NetDriver nic, long spinNanos) {
        this.nic = nic;
        this.spinNanos = spinNanos;
    }

    @Override
    public long nanos() {
        return Platform.monotonicNanos();
    }

    @Override
    public void idle(long quietSince, long wakeBy) {
        Platform.idle(nic, quietSince + spinNanos, wakeBy);
    }

    @Override
    public boolean consoleReady() {
        return Platform.consoleReady();
    }

    @Override
    public int consoleRead(byte[] buf, int off, int len) {
        return Platform.consoleRead(buf, off, len);
    }
}
