package ukl.kernel.drivers.console;

import ukl.kernel.hw.PhysicalMemory;
import ukl.kernel.hw.pci.PciBus;

/** The one place that names the console drivers that a PCI probe finds. */
public final class ConsoleDevices {
    private ConsoleDevices() {}

    /**
     * Starts a driver for each console device on {@code bus} that carries a stream faster than a
     * UART (today: legacy virtio consoles), in bus order; an empty array when there is none.
     */
    public static ConsoleDevice[] probe(PciBus bus, PhysicalMemory memory) {
        return VirtioConsole.probeAll(bus, memory);
    }
}
