package ukl.kernel.drivers.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ukl.kernel.hw.Dma;
import ukl.kernel.hw.FakeMemory;

class VirtqueueTest {
    private final FakeMemory memory = new FakeMemory();

    private long ring(int size) {
        return new Dma(memory).pages(Virtqueue.bytes(size));
    }

    @Test
    void legacyLayoutPadsTheUsedRingToAPage() {
        // §2.6.2: 16·n descriptor bytes + (6 + 2·n) available ring, page-aligned, + (6 + 8·n) used ring.
        assertEquals(4096 + 4096, Virtqueue.bytes(16));
        assertEquals(8192 + 4096, Virtqueue.bytes(256));
        assertEquals(20480 + 12288, Virtqueue.bytes(1024));
    }

    @Test
    void queueSizesArePowersOfTwoUpTo32768() {
        assertTrue(Virtqueue.validSize(1));
        assertTrue(Virtqueue.validSize(256));
        assertTrue(Virtqueue.validSize(32768));
        assertFalse(Virtqueue.validSize(0));
        assertFalse(Virtqueue.validSize(96));
        assertFalse(Virtqueue.validSize(65536));
    }

    @Test
    void pagesAreAlignedEvenWhenArraysAreNot() {
        long base = ring(16);
        assertEquals(0, base & 4095);
        memory.poke8(base + Virtqueue.bytes(16) - 1, 1); // the whole block lies inside one array
    }

    @Test
    void suppressesInterruptsAndWritesDescriptorsAsTheSpecLaysThemOut() {
        long base = ring(8);
        Virtqueue q = new Virtqueue(memory, base, 8);
        long avail = base + 16 * 8;
        assertEquals(Virtqueue.AVAIL_F_NO_INTERRUPT, memory.peek16(avail));
        q.setDescriptor(3, 0x1234_5678_9aL, 1514, Virtqueue.DESC_WRITE | Virtqueue.DESC_NEXT, 4);
        assertEquals(0x1234_5678_9aL, memory.peek64(base + 48));
        assertEquals(1514, memory.peek32(base + 56));
        assertEquals(3, memory.peek16(base + 60));
        assertEquals(4, memory.peek16(base + 62));
        q.setLength(3, 60);
        assertEquals(60, memory.peek32(base + 56));
        q.offer(3);
        assertEquals(3, memory.peek16(avail + 4));
        assertEquals(1, memory.peek16(avail + 2));
    }

    @Test
    void indicesRunFreelyAcrossTheSixteenBitWrap() {
        int size = 4;
        long base = ring(size);
        Virtqueue q = new Virtqueue(memory, base, size);
        long avail = base + 16 * size;
        long used = (avail + 6 + 2 * size + 4095) & -4096;
        for (int i = 0; i < 70_000; i++) {
            int head = i % size;
            q.offer(head);
            assertEquals((i + 1) & 0xffff, memory.peek16(avail + 2));
            assertEquals(head, memory.peek16(avail + 4 + 2 * (i % size)));
            // The device returns it at once.
            memory.poke32(used + 4 + 8 * (i % size), head);
            memory.poke32(used + 8 + 8 * (i % size), i);
            memory.poke16(used + 2, (i + 1) & 0xffff);
            assertEquals(head, q.nextUsed());
            assertEquals(i, q.usedLength());
            assertEquals(-1, q.nextUsed());
        }
    }

    @Test
    void notificationFollowsTheDevicesFlag() {
        long base = ring(4);
        Virtqueue q = new Virtqueue(memory, base, 4);
        long used = (base + 64 + 6 + 8 + 4095) & -4096;
        assertTrue(q.wantsNotification());
        memory.poke16(used, Virtqueue.USED_F_NO_NOTIFY);
        assertFalse(q.wantsNotification());
    }

    @Test
    void aUsedIdOutsideTheQueueIsADeviceError() {
        long base = ring(4);
        Virtqueue q = new Virtqueue(memory, base, 4);
        long used = (base + 64 + 6 + 8 + 4095) & -4096;
        memory.poke32(used + 4, 4);
        memory.poke16(used + 2, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, q::nextUsed);
        assertEquals(
                "the device returned descriptor 4 on a queue of 4"
                        + " (VirtIO 1.1 §2.6.8: id must name a chain the driver offered)",
                e.getMessage());
    }
}
