package ukl.kernel.sys;

import ukl.kernel.arch.Cpu;
import ukl.kernel.console.Console;
import ukl.kernel.drivers.net.NetDriver;
import ukl.kernel.time.Clock;

/**
 * The real machine: the TSC clock, and an idle that polls while traffic flows and halts when it
 * stops (as NAPI does). For {@link #SPIN_NANOS} after the interface last did something it only
 * {@code pause}s, so a reply that comes at once is seen without an interrupt's cost; after that
 * it asks the NIC for an RX interrupt and halts until the interrupt or {@code wakeBy} (the PIT
 * timer), so that QEMU's vCPU thread leaves the host's cores to others instead of spinning.
 */
final class CpuMachine implements Machine {
    /**
     * Longer than the gap between a reply and a back-to-back client's next request under TCG, so
     * a busy link never pays for an interrupt; measured with ukl-bench (64 B echo): 40 µs raised
     * the one-client p50 by ~40 µs, 200 µs raised the eight-client p50 and p99 by spinning.
     */
    static final long SPIN_NANOS = 100_000;

    private final NetDriver nic;
    private final int irqLine;

    /** Idles on {@code nic}'s receive interrupt; with {@code null}, or a NIC without a line, it only spins. */
    CpuMachine(NetDriver nic) {
        this.nic = nic;
        this.irqLine = nic == null ? -1 : nic.interruptLine();
    }

    @Override
    public long nanos() {
        return Clock.monotonicNanos();
    }

    @Override
    public void idle(long quietSince, long wakeBy) {
        long now = nanos();
        if (irqLine < 0 || now - quietSince < SPIN_NANOS || wakeBy <= now || !nic.armReceiveInterrupt()) {
            Cpu.pause();
            return;
        }
        Cpu.idle(irqLine, wakeBy - now);
        nic.disarmReceiveInterrupt();
    }

    @Override
    public boolean consoleReady() {
        return Console.hasInput();
    }

    @Override
    public int consoleRead(byte[] buf, int off, int len) {
        return Console.read(buf, off, len);
    }
}
