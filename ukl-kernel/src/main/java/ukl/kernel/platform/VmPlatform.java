package ukl.kernel.platform;

import ukl.kernel.arch.BootTrace;
import ukl.kernel.arch.Cpu;
import ukl.kernel.console.Console;
import ukl.kernel.drivers.net.NetDriver;
import ukl.kernel.drivers.net.NetDrivers;
import ukl.kernel.hw.CpuMemory;
import ukl.kernel.hw.CpuPorts;
import ukl.kernel.hw.pci.PciBus;
import ukl.kernel.time.Clock;

/**
 * The PVH guest: the TSC clock, the console (virtio consoles found on PCI, else the 16550 UARTs),
 * virtio-net found on PCI, and an idle that polls
 * while traffic flows and halts when it stops (as NAPI does). Until {@code spinUntil} (the caller's
 * busy-poll spell after the interface last did something) it spins on the NIC's receive ring
 * alone, a look per round instead of a pass of the whole stack, so a request that comes at once
 * is seen without an interrupt's cost; after that it asks the NIC for an RX interrupt and halts
 * until the interrupt or {@code wakeBy} (the PIT timer), so that QEMU's vCPU thread leaves the
 * host's cores to others instead of spinning.
 */
final class VmPlatform {
    /** PCI bus 0, scanned once, when the console or the NIC first needs it ({@link PciBus#scan}). */
    private static PciBus pci;

    private static boolean consoleStarted;

    private VmPlatform() {}

    private static PciBus pci() {
        if (pci == null) {
            pci = PciBus.scan(CpuPorts.INSTANCE);
            BootTrace.mark(BootTrace.PCI_SCANNED);
        }
        return pci;
    }

    static void init() {
        Clock.init();
    }

    static long monotonicNanos() {
        return Clock.monotonicNanos();
    }

    static long realtimeNanos() {
        return Clock.realtimeNanos();
    }

    static long entropy() {
        return Cpu.rdtsc();
    }

    /** The first write finds the console devices; output before it (the boot code's) is on the UARTs. */
    static void consoleWrite(int fd, byte[] buf, int off, int len) {
        if (!consoleStarted) {
            consoleStarted = true;
            Console.start(pci(), CpuMemory.INSTANCE);
        }
        Console.write(fd, buf, off, len);
    }

    static boolean consoleReady() {
        return Console.hasInput();
    }

    static int consoleRead(byte[] buf, int off, int len) {
        return Console.read(buf, off, len);
    }

    static NetDriver probeNic() {
        NetDriver nic = NetDrivers.probe(pci(), CpuMemory.INSTANCE);
        BootTrace.mark(BootTrace.NIC_UP);
        return nic;
    }

    static void idle(NetDriver nic, long spinUntil, long wakeBy) {
        int irqLine = nic == null ? -1 : nic.interruptLine();
        long now = Clock.monotonicNanos();
        if (irqLine < 0 || wakeBy <= now) {
            Cpu.pause();
            return;
        }
        if (now < spinUntil) {
            // No pause in the spin: under TCG one leaves the translated code for QEMU's vCPU loop,
            // which takes QEMU's global lock every time, and the main loop that puts the next frame
            // in the RX ring waits for it (echo p50 59 -> 52-54 us, p99 104 -> 80-87; futex waits and
            // wakes were a fifth of QEMU's samples). The spell is bounded, so a core spins at most that long.
            long until = Math.min(spinUntil, wakeBy);
            while (!nic.receivePending() && now < until) {
                now = Clock.monotonicNanos();
            }
            return;
        }
        if (nic.armReceiveInterrupt()) {
            Cpu.idle(irqLine, wakeBy - now);
            nic.disarmReceiveInterrupt();
        }
    }

    static void sleep(long nanos) {
        Cpu.idle(-1, nanos);
    }

    static void exit(int status) {
        Cpu.exit(status);
    }
}
