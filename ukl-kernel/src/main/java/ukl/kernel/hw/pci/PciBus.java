package ukl.kernel.hw.pci;

import ukl.kernel.hw.PortIo;

/** PCI bus 0: its functions, found and given addresses by {@link #scan}. */
public final class PciBus {
    // PCI Local Bus 3.0 §3.2.2.3.2: configuration mechanism #1.
    static final int CONFIG_ADDRESS = 0xcf8;
    static final int CONFIG_DATA = 0xcfc;
    private static final int ENABLE = 0x8000_0000;
    private static final int DEVICES = 32;
    private static final int FUNCTIONS = 8;
    // PCI Local Bus 3.0 §6.1: header fields common to every function.
    private static final int VENDOR_ID = 0x00;
    private static final int HEADER_TYPE = 0x0e;
    private static final int MULTI_FUNCTION = 0x80;

    private final PortIo ports;
    private PciFunction[] functions = new PciFunction[0];

    private PciBus(PortIo ports) {
        this.ports = ports;
    }

    /**
     * Finds every function on bus 0, all eight of a multi-function device included, and assigns
     * every BAR (see the package documentation). Call once: a second scan moves BARs under a
     * driver that already uses them.
     */
    public static PciBus scan(PortIo ports) {
        PciBus bus = new PciBus(ports);
        BarWindows windows = new BarWindows();
        PciFunction[] found = new PciFunction[DEVICES * FUNCTIONS];
        int count = 0;
        for (int device = 0; device < DEVICES; device++) {
            int functionCount = 1;
            for (int function = 0; function < functionCount; function++) {
                int address = device << 3 | function;
                // §6.2.1: reads of an absent function return all ones.
                if (bus.read16(address, VENDOR_ID) == 0xffff) {
                    continue;
                }
                int headerType = bus.read8(address, HEADER_TYPE);
                // §6.2.1: bit 7 of function 0's header type says functions 1–7 may exist.
                if (function == 0 && (headerType & MULTI_FUNCTION) != 0) {
                    functionCount = FUNCTIONS;
                }
                PciFunction f = new PciFunction(bus, address, headerType & ~MULTI_FUNCTION);
                f.assignBars(windows);
                found[count++] = f;
            }
        }
        bus.functions = new PciFunction[count];
        System.arraycopy(found, 0, bus.functions, 0, count);
        return bus;
    }

    /** The first function with these IDs, or {@code null}. */
    public PciFunction find(int vendorId, int deviceId) {
        for (PciFunction f : functions) {
            if (f.vendorId() == vendorId && f.deviceId() == deviceId) {
                return f;
            }
        }
        return null;
    }

    /** Every function found, in bus order. */
    public PciFunction[] functions() {
        return functions.clone();
    }

    /** The port space the bus lives in, which I/O BARs also decode. */
    public PortIo ports() {
        return ports;
    }

    // Configuration access to function `address` (device << 3 | function) of bus 0. The data
    // window 0xCFC–0xCFF is byte-addressable, so narrow accesses read or write only their bytes:
    // a 32-bit write of COMMAND would also write STATUS, whose bits clear when written as one.

    int read32(int address, int offset) {
        select(address, offset);
        return ports.inl(CONFIG_DATA);
    }

    int read16(int address, int offset) {
        select(address, offset);
        return ports.inw(CONFIG_DATA + (offset & 2));
    }

    int read8(int address, int offset) {
        select(address, offset);
        return ports.inb(CONFIG_DATA + (offset & 3));
    }

    void write32(int address, int offset, int value) {
        select(address, offset);
        ports.outl(CONFIG_DATA, value);
    }

    void write16(int address, int offset, int value) {
        select(address, offset);
        ports.outw(CONFIG_DATA + (offset & 2), value);
    }

    private void select(int address, int offset) {
        ports.outl(CONFIG_ADDRESS, ENABLE | address << 8 | offset & 0xfc);
    }
}
