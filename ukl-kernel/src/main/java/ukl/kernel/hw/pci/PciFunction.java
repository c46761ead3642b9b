package ukl.kernel.hw.pci;

/** One function on PCI bus 0: its IDs and its BARs as {@link PciBus#scan} assigned them. */
public final class PciFunction {
    // PCI Local Bus 3.0 §6.1, §6.2: configuration header offsets and COMMAND bits.
    private static final int ID = 0x00;
    private static final int COMMAND = 0x04;
    private static final int CLASS_REVISION = 0x08;
    private static final int BAR0 = 0x10;
    static final int IO_SPACE = 0x1;
    static final int MEMORY_SPACE = 0x2;
    static final int BUS_MASTER = 0x4;
    static final int INTX_DISABLE = 0x400;
    private static final int BAR_IO = 0x1;
    private static final int BAR_TYPE = 0x6;
    private static final int BAR_64 = 0x4;

    private final PciBus bus;
    private final int address;
    private final int headerType;
    private final int vendorId;
    private final int deviceId;
    private final int classCode;
    private final long[] barAddress = new long[6];
    private final long[] barSize = new long[6];
    private final boolean[] barIsIo = new boolean[6];

    PciFunction(PciBus bus, int address, int headerType) {
        this.bus = bus;
        this.address = address;
        this.headerType = headerType;
        int id = bus.read32(address, ID);
        this.vendorId = id & 0xffff;
        this.deviceId = id >>> 16;
        this.classCode = bus.read32(address, CLASS_REVISION) >>> 8;
    }

    public int vendorId() {
        return vendorId;
    }

    public int deviceId() {
        return deviceId;
    }

    /** Base class, subclass and programming interface, as {@code 0xBBSSPP}. */
    public int classCode() {
        return classCode;
    }

    /** Whether BAR {@code bar} decodes I/O ports (else memory, or nothing when its size is 0). */
    public boolean isIoBar(int bar) {
        return barIsIo[bar];
    }

    /** The address assigned to BAR {@code bar}. */
    public long barAddress(int bar) {
        return barAddress[bar];
    }

    /** The size of BAR {@code bar}; 0 when not implemented or the upper half of a 64-bit BAR. */
    public long barSize(int bar) {
        return barSize[bar];
    }

    /**
     * Claims the function for a polling driver: decodes its I/O and memory BARs, lets it master
     * the bus (DMA), and masks its INTx line (§6.2.2).
     */
    public void enable() {
        int command = bus.read16(address, COMMAND);
        for (int i = 0; i < barSize.length; i++) {
            if (barSize[i] != 0) {
                command |= barIsIo[i] ? IO_SPACE : MEMORY_SPACE;
            }
        }
        bus.write16(address, COMMAND, command | BUS_MASTER | INTX_DISABLE);
    }

    /** {@code bus:device.function vendor:device}, as lspci prints it. */
    @Override
    public String toString() {
        return "00:" + hex(address >>> 3, 2) + "." + (address & 7) + " " + hex(vendorId, 4) + ":"
                + hex(deviceId, 4);
    }

    /**
     * Sizes each BAR and gives it an address from {@code windows} (§6.2.5.1: write all ones, read
     * back; the bits that stay zero give the size). Decoding is off meanwhile, so that the
     * function never answers at the all-ones address, and is restored after.
     */
    void assignBars(BarWindows windows) {
        // §6.1: a type 0 header has six BARs, a PCI-to-PCI bridge (type 1) two; others none here.
        int count = headerType == 0 ? 6 : headerType == 1 ? 2 : 0;
        if (count == 0) {
            return;
        }
        int command = bus.read16(address, COMMAND);
        bus.write16(address, COMMAND, command & ~(IO_SPACE | MEMORY_SPACE));
        for (int i = 0; i < count; i++) {
            i += assignBar(i, windows);
        }
        bus.write16(address, COMMAND, command);
    }

    /** Sizes and assigns BAR {@code i}; returns 1 when it also took BAR {@code i + 1} (64-bit). */
    private int assignBar(int i, BarWindows windows) {
        int offset = BAR0 + 4 * i;
        int original = bus.read32(address, offset);
        bus.write32(address, offset, -1);
        int probe = bus.read32(address, offset);
        if (probe == 0) {
            bus.write32(address, offset, original);
            return 0;
        }
        String name = this + " BAR" + i;
        if ((probe & BAR_IO) != 0) {
            // An I/O BAR may implement only 16 address bits and read 0 above them.
            int mask = probe & ~0x3;
            if ((mask & 0xffff_0000) == 0) {
                mask |= 0xffff_0000;
            }
            long size = (~mask + 1) & 0xffff_ffffL;
            long base = windows.io(size, name);
            bus.write32(address, offset, (int) base);
            record(i, base, size, true);
            return 0;
        }
        boolean wide = (probe & BAR_TYPE) == BAR_64;
        long mask = probe & ~0xfL & 0xffff_ffffL;
        if (wide) {
            bus.write32(address, offset + 4, -1);
            mask |= (long) bus.read32(address, offset + 4) << 32;
        } else {
            mask |= 0xffff_ffff_0000_0000L;
        }
        long size = ~mask + 1;
        long base = windows.memory(size, name);
        bus.write32(address, offset, (int) base);
        if (wide) {
            bus.write32(address, offset + 4, (int) (base >>> 32));
        }
        record(i, base, size, false);
        return wide ? 1 : 0;
    }

    private void record(int bar, long base, long size, boolean io) {
        barAddress[bar] = base;
        barSize[bar] = size;
        barIsIo[bar] = io;
    }

    private static String hex(int value, int digits) {
        String s = Integer.toHexString(value);
        while (s.length() < digits) {
            s = "0" + s;
        }
        return s;
    }
}
