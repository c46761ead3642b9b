package ukl.kernel.hw.pci;

/**
 * Where the kernel puts BARs: bump allocation, each BAR aligned to its size (PCI Local Bus 3.0
 * §6.2.5.1: a BAR's size is a power of two and its address a multiple of it).
 *
 * <p>I/O: 0xC000–0xFFFF, the range PC firmware traditionally gives PCI, above the fixed ISA and
 * chipset ports of QEMU's pc and q35 machines (serial, PIT, CMOS, isa-debug-exit at 0xF4,
 * fw_cfg at 0x510, ACPI PM at 0x600).
 *
 * <p>Memory: 0xE000_0000 up to the I/O APIC at 0xFEC0_0000. That is below 4 GiB, which boot-image
 * identity-maps, and above the RAM QEMU places below 4 GiB on pc (at most up to 0xE000_0000) and
 * q35 (at most up to 0xB000_0000, where its MMCONFIG window starts). 64-bit BARs go there too.
 */
final class BarWindows {
    static final long IO_START = 0xc000;
    static final long IO_END = 0x1_0000;
    static final long MEMORY_START = 0xe000_0000L;
    static final long MEMORY_END = 0xfec0_0000L;

    private long nextIo = IO_START;
    private long nextMemory = MEMORY_START;

    /** Places BAR {@code bar} of {@code function} ({@code size} bytes) in the I/O window. */
    long io(long size, PciFunction function, int bar) {
        long base = place(nextIo, size, IO_START, IO_END, "I/O", function, bar);
        nextIo = base + size;
        return base;
    }

    /** Places BAR {@code bar} of {@code function} ({@code size} bytes) in the memory window. */
    long memory(long size, PciFunction function, int bar) {
        long base = place(nextMemory, size, MEMORY_START, MEMORY_END, "memory", function, bar);
        nextMemory = base + size;
        return base;
    }

    /**
     * The lowest base at a multiple of {@code size} from {@code next}. The BAR's name is formatted
     * only for the error: at boot under TCG, code run once is paid in translation.
     */
    private static long place(long next, long size, long start, long end, String space, PciFunction function, int bar) {
        long base = (next + size - 1) & -size;
        if (base + size > end) {
            throw new IllegalStateException("PCI " + function + " BAR" + bar + " needs 0x" + Long.toHexString(size)
                    + " bytes of "
                    + space + " space at a multiple of that size, which no longer fits the kernel's " + space
                    + " window 0x" + Long.toHexString(start) + "-0x" + Long.toHexString(end - 1)
                    + " (free from 0x" + Long.toHexString(next) + "): give the guest fewer or smaller PCI devices");
        }
        return base;
    }
}
