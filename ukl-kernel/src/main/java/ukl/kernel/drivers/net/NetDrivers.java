package ukl.kernel.drivers.net;

import ukl.kernel.hw.PhysicalMemory;
import ukl.kernel.hw.pci.PciBus;

/** The one place that names the concrete NIC drivers: finds a supported NIC and starts its driver. */
public final class NetDrivers {
    private NetDrivers() {}

    /** Starts the driver of the first supported NIC on {@code bus} (today: legacy virtio-net); {@code null} if none. */
    public static NetDriver probe(PciBus bus, PhysicalMemory memory) {
        return VirtioNet.probe(bus, memory);
    }
}
