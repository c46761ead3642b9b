package ukl.kernel.hw.pci;

/** One function on PCI bus 0: its IDs and its BARs as {@link PciBus#scan} assigned them. */
public final class PciFunction {
    // PCI Local Bus 3.0 §6.1, §6.2: configuration header offsets and COMMAND bits.
    private static final int ID = 0x00;
    private static final int COMMAND = 0x04;
    private static final int CLASS_REVISION = 0x08;
    private static final int BAR0 = 0x10;
    // §6.2.4: Interrupt Line (the firmware's note of the routing, 0xff: unknown), Interrupt Pin
    // (0: none, 1-4: INTA#-INTD#).
    private static final int INTERRUPT_LINE = 0x3c;
    private static final int INTERRUPT_PIN = 0x3d;
    private static final int NO_LINE = 0xff;
    // PIIX3, the PCI-to-ISA bridge of QEMU's pc machine, and its PIRQA-D route registers (PIIX3
    // data sheet, PIRQRC[A:D] at 0x60-0x63: bits 3-0 the ISA IRQ, bit 7 set: not routed).
    static final int PIIX3_VENDOR = 0x8086;
    static final int PIIX3_ISA = 0x7000;
    private static final int PIRQ_ROUTE = 0x60;
    private static final int ROUTE_DISABLED = 0x80;
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
     * the bus (DMA), and leaves its INTx line on (§6.2.2), for a driver that sleeps until it fires.
     */
    public void enable() {
        int command = bus.read16(address, COMMAND);
        for (int i = 0; i < barSize.length; i++) {
            if (barSize[i] != 0) {
                command |= barIsIo[i] ? IO_SPACE : MEMORY_SPACE;
            }
        }
        bus.write16(address, COMMAND, (command | BUS_MASTER) & ~INTX_DISABLE);
    }

    /**
     * The legacy PIC line (0–15) this function's INTx pin raises; -1 when it has no pin, the pin
     * is not routed, or the line is unknown.
     *
     * <p>Behind a PIIX3 the answer comes from the bridge itself, not from the Interrupt Line
     * register: qboot writes 11 there for a device in slot 2 that QEMU wires to IRQ 10. QEMU's
     * i440FX board connects slot {@code d}'s pin {@code p} (1 = INTA#) to PIRQ
     * {@code (d - 1 + p - 1) mod 4}, which PIRQRC then maps to an ISA IRQ. Elsewhere the
     * Interrupt Line register (§6.2.4) is all there is.
     */
    public int interruptLine() {
        int pin = bus.read8(address, INTERRUPT_PIN);
        if (pin < 1 || pin > 4) {
            return -1;
        }
        PciFunction router = bus.find(PIIX3_VENDOR, PIIX3_ISA);
        int line = bus.read8(address, INTERRUPT_LINE);
        if (router != null) {
            int route = bus.read8(router.address, PIRQ_ROUTE + ((address >>> 3) - 1 + pin - 1 & 3));
            line = (route & ROUTE_DISABLED) != 0 ? NO_LINE : route & 0x0f;
        }
        return line < 16 ? line : -1;
    }

    /** {@code bus:device.function vendor:device}, as lspci prints it. */
    @Override
    public String toString() {
        return "00:" + hex(address >>> 3, 2) + "." + (address & 7) + " " + hex(vendorId, 4) + ":" + hex(deviceId, 4);
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
        if ((probe & BAR_IO) != 0) {
            // An I/O BAR may implement only 16 address bits and read 0 above them.
            int mask = probe & ~0x3;
            if ((mask & 0xffff_0000) == 0) {
                mask |= 0xffff_0000;
            }
            long size = (~mask + 1) & 0xffff_ffffL;
            long base = windows.io(size, this, i);
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
        long base = windows.memory(size, this, i);
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
