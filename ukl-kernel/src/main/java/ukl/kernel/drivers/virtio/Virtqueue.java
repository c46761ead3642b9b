package ukl.kernel.drivers.virtio;

import ukl.kernel.hw.PhysicalMemory;

/**
 * A split virtqueue (VirtIO 1.1 §2.6) in the legacy layout (§2.6.2): the descriptor table, then
 * the available ring, then, from the next page boundary, the used ring, in one page-aligned block
 * that the device finds by its page number.
 *
 * <p>The driver owns descriptors and the available ring and only reads the used ring. Ring
 * indices run freely modulo 2^16 (§2.6.6, §2.6.8); the queue size is a power of two, so
 * {@code idx & (size - 1)} picks the slot across the wrap.
 */
public final class Virtqueue {
    /** §2.6.5: the chain continues at {@code next}. */
    public static final int DESC_NEXT = 1;
    /** §2.6.5: the device writes this buffer (else it reads it). */
    public static final int DESC_WRITE = 2;
    // §2.6.7: the driver asks for no used-buffer notifications while it polls.
    static final int AVAIL_F_NO_INTERRUPT = 1;
    // §2.6.10: the device asks for no available-buffer notifications for now.
    static final int USED_F_NO_NOTIFY = 1;
    // §2.6.2: QUEUE_ALIGN for the legacy PCI transport.
    static final int ALIGN = 4096;
    private static final int MAX_SIZE = 32768;

    private final PhysicalMemory memory;
    private final int size;
    private final int mask;
    private final long descriptors;
    private final long avail;
    private final long used;
    private int availIdx;
    private int usedIdx;
    private int usedLength;

    /** A queue of {@code size} entries in zeroed memory at page-aligned {@code base}. */
    Virtqueue(PhysicalMemory memory, long base, int size) {
        this.memory = memory;
        this.size = size;
        this.mask = size - 1;
        this.descriptors = base;
        this.avail = base + 16L * size;
        this.used = base + usedOffset(size);
        memory.poke16(avail, AVAIL_F_NO_INTERRUPT);
    }

    /** Whether a device may offer a queue of this size (§2.6: a power of two, at most 32768). */
    static boolean validSize(int size) {
        return size > 0 && size <= MAX_SIZE && (size & (size - 1)) == 0;
    }

    /** Bytes of a legacy queue of {@code size} entries (§2.6.2). */
    static int bytes(int size) {
        // used ring: flags, idx, size × {id, len}, avail_event.
        return usedOffset(size) + align(6 + 8 * size);
    }

    private static int usedOffset(int size) {
        // 16-byte descriptors, then the available ring: flags, idx, size × ring, used_event.
        return align(16 * size + 6 + 2 * size);
    }

    private static int align(int n) {
        return (n + ALIGN - 1) & -ALIGN;
    }

    /** Entries in the queue, as the device set it. */
    public int size() {
        return size;
    }

    /** Fills descriptor {@code index} (§2.6.5). */
    public void setDescriptor(int index, long address, int length, int flags, int next) {
        long d = descriptors + 16L * index;
        memory.poke64(d, address);
        memory.poke32(d + 8, length);
        memory.poke16(d + 12, flags);
        memory.poke16(d + 14, next);
    }

    /** Changes the length of descriptor {@code index}. */
    public void setLength(int index, int length) {
        memory.poke32(descriptors + 16L * index + 8, length);
    }

    /**
     * Makes the chain starting at descriptor {@code head} available (§2.6.13.2, §2.6.13.3): the ring
     * entry first, then, after a barrier, the index the device reads it by.
     */
    public void offer(int head) {
        memory.poke16(avail + 4 + 2L * (availIdx & mask), head);
        memory.writeBarrier();
        availIdx = (availIdx + 1) & 0xffff;
        memory.poke16(avail + 2, availIdx);
    }

    /**
     * Whether the device wants to be notified of what was offered (§2.6.13.4). The fence orders
     * the index store of {@link #offer} before this load of the device's flag: otherwise the
     * device could set the flag, miss the new index, and sleep with work waiting.
     */
    public boolean wantsNotification() {
        memory.fence();
        return (memory.peek16(used) & USED_F_NO_NOTIFY) == 0;
    }

    /**
     * Asks the device for used-buffer notifications (interrupts) or, with {@code false}, for none
     * (§2.6.7; a hint the device may ignore, so a driver must cope with a spare interrupt). The
     * fence orders this store before the driver's next look at the used ring: otherwise the device
     * could use a buffer while it still saw the flag set, and the driver sleep with it waiting.
     */
    public void requestInterrupts(boolean on) {
        memory.poke16(avail, on ? 0 : AVAIL_F_NO_INTERRUPT);
        memory.fence();
    }

    /** Whether the device has finished with a chain that {@link #nextUsed()} has not taken yet. */
    public boolean hasUsed() {
        return memory.peek16(used + 2) != usedIdx;
    }

    /**
     * Takes the next chain the device has finished with (§2.6.8): returns its head descriptor, or
     * -1 when there is none; {@link #usedLength()} then says how many bytes the device wrote.
     */
    public int nextUsed() {
        if (memory.peek16(used + 2) == usedIdx) {
            return -1;
        }
        // The element and the buffers it names are read only after the index that covers them.
        memory.readBarrier();
        long element = used + 4 + 8L * (usedIdx & mask);
        int head = memory.peek32(element);
        usedLength = memory.peek32(element + 4);
        usedIdx = (usedIdx + 1) & 0xffff;
        if ((head & ~mask) != 0) {
            throw new IllegalStateException("the device returned descriptor " + head + " on a queue of " + size
                    + " (VirtIO 1.1 §2.6.8: id must name a chain the driver offered)");
        }
        return head;
    }

    /** Bytes the device wrote into the chain {@link #nextUsed()} returned last (§2.6.8). */
    public int usedLength() {
        return usedLength;
    }
}
