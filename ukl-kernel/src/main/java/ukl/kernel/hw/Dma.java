package ukl.kernel.hw;

/**
 * Memory shared with devices: Java arrays that the kernel keeps reachable forever.
 *
 * <p>ukl's collector never moves an object (DESIGN.md, "memory"), so an array's address stays
 * valid; a device may still write into it after its driver object is gone, so every array handed
 * out here is also kept in a static table and never collected. Allocate at initialisation only.
 */
public final class Dma {
    /** The page size that legacy virtqueues and most DMA engines align to. */
    public static final int PAGE = 4096;

    private static byte[][] kept = new byte[16][];
    private static int keptCount;

    private final PhysicalMemory memory;

    public Dma(PhysicalMemory memory) {
        this.memory = memory;
    }

    /** A zeroed array of {@code size} bytes that is never collected. */
    public byte[] buffer(int size) {
        byte[] array = new byte[size];
        if (keptCount == kept.length) {
            byte[][] bigger = new byte[2 * kept.length][];
            System.arraycopy(kept, 0, bigger, 0, keptCount);
            kept = bigger;
        }
        kept[keptCount++] = array;
        return array;
    }

    /** The physical address of {@code size} zeroed bytes starting on a page boundary, never collected. */
    public long pages(int size) {
        long start = memory.addressOf(buffer(size + PAGE - 1));
        return (start + PAGE - 1) & -PAGE;
    }

    /** The physical address of {@code array[0]}. */
    public long addressOf(byte[] array) {
        return memory.addressOf(array);
    }
}
