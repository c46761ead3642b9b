package ukl.kernel.drivers.net;

import java.util.Arrays;
import ukl.kernel.hw.FakeMemory;
import ukl.kernel.hw.pci.FakePci;

/**
 * A legacy virtio-net device (VirtIO 1.1 §4.1.4.8, §2.6, §5.1), written from the spec
 * independently of the driver: its register block, the legacy ring layout at QUEUE_ADDRESS × 4096,
 * RX that fills offered buffers, TX that consumes offered chains. Like QEMU, it drops a frame that
 * does not fit the next RX chain. Nothing here allocates after construction.
 */
final class FakeVirtioNet implements FakePci.IoRegisters {
    static final int F_CSUM = 1;
    static final int F_GUEST_CSUM = 1 << 1;
    static final int F_MAC = 1 << 5;
    static final int F_MRG_RXBUF = 1 << 15;
    static final int F_STATUS = 1 << 16;
    static final int F_CTRL_VQ = 1 << 17;
    static final int F_ANY_LAYOUT = 1 << 27;
    static final int ALL_FEATURES = F_CSUM | F_GUEST_CSUM | F_MAC | F_MRG_RXBUF | F_STATUS | F_CTRL_VQ | F_ANY_LAYOUT;
    static final int RX = 0;
    static final int TX = 1;
    private static final int HEADER = 10;
    private static final int DRIVER_OK = 4;

    private final FakeMemory memory;
    private final int offered;
    private final int queueSize;
    private final byte[] mac;
    private final int[] pfn = new int[2];
    private final int[] lastAvail = new int[2];
    private final int[] usedIdx = new int[2];
    private final int[] kicks = new int[2];
    private final int[] statusLog = new int[16];
    private final byte[] scratch = new byte[65536];
    private final byte[][] sent = new byte[64][1514];
    private final int[] sentLength = new int[64];
    private final int[] sentFlags = new int[64];
    private int sentCount;
    private int statusWrites;
    private int driverFeatures;
    private int status;
    private int queueSelect;
    private int deviceDropped;
    private int isr;
    private int isrReads;

    FakeVirtioNet(FakeMemory memory, int offeredFeatures, int queueSize, byte[] mac) {
        this.memory = memory;
        this.offered = offeredFeatures;
        this.queueSize = queueSize;
        this.mac = mac.clone();
    }

    /** The PCI function QEMU's transitional virtio-net-pci shows: I/O BAR0, MSI-X BAR1, 64-bit BAR4. */
    FakePci.Function pciFunction() {
        return new FakePci.Function(0x1af4, 0x1000, 0x020000, 0)
                .ioBar(0, 64, this)
                .memoryBar(1, 0x1000, false)
                .memoryBar(4, 0x4000, true);
    }

    @Override
    public int read(int offset, int width) {
        switch (offset) {
            case 0x00:
                return checked(width, 4, offered);
            case 0x04:
                return checked(width, 4, driverFeatures);
            case 0x08:
                return checked(width, 4, pfn[queueSelect]);
            case 0x0c:
                return checked(width, 2, queueSelect < 2 ? queueSize : 0);
            case 0x0e:
                return checked(width, 2, queueSelect);
            case 0x12:
                return checked(width, 1, status);
            case 0x13: { // §4.1.4.5: reading ISR status returns and clears it
                checked(width, 1, 0);
                int isr = this.isr;
                this.isr = 0;
                isrReads++;
                return isr;
            }
            default:
                if (offset >= 0x14 && offset < 0x1a) {
                    return checked(width, 1, mac[offset - 0x14] & 0xff);
                }
                throw new AssertionError("read of unmodelled register 0x" + Integer.toHexString(offset));
        }
    }

    @Override
    public void write(int offset, int width, int value) {
        switch (offset) {
            case 0x04 -> {
                checked(width, 4, 0);
                driverFeatures = value;
            }
            case 0x08 -> {
                checked(width, 4, 0);
                pfn[queueSelect] = value;
            }
            case 0x0e -> {
                checked(width, 2, 0);
                queueSelect = value;
            }
            case 0x10 -> {
                checked(width, 2, 0);
                notifyQueue(value);
            }
            case 0x12 -> {
                checked(width, 1, 0);
                writeStatus(value);
            }
            default -> throw new AssertionError("write of register 0x" + Integer.toHexString(offset));
        }
    }

    private void writeStatus(int value) {
        statusLog[statusWrites++] = value;
        status = value;
        if (value == 0) { // §4.1.4.8 / §2.1: writing 0 resets the device.
            driverFeatures = 0;
            pfn[RX] = pfn[TX] = 0;
            lastAvail[RX] = lastAvail[TX] = usedIdx[RX] = usedIdx[TX] = 0;
        }
    }

    private void notifyQueue(int queue) {
        if ((status & DRIVER_OK) == 0) {
            throw new AssertionError("queue " + queue + " notified before DRIVER_OK (VirtIO 1.1 §3.1.1)");
        }
        kicks[queue]++;
        if (queue == TX) {
            processTx();
        }
    }

    /**
     * Offers {@code frame[0, len)} to the driver through the next RX chain; returns false when there
     * is no chain or the frame does not fit it (then the chain stays offered).
     */
    boolean inject(byte[] frame, int len) {
        return inject(frame, len, 0);
    }

    /** As {@link #inject(byte[], int)}, with {@code hdrFlags} in the header (§5.1.6.4: NEEDS_CSUM 1, DATA_VALID 2). */
    boolean inject(byte[] frame, int len, int hdrFlags) {
        requireRunning();
        if (hdrFlags != 0 && (driverFeatures & F_GUEST_CSUM) == 0) {
            throw new AssertionError("header flags " + hdrFlags + " without VIRTIO_NET_F_GUEST_CSUM (§5.1.6.4)");
        }
        long avail = avail(RX);
        if (memory.peek16(avail + 2) == lastAvail[RX]) {
            return false;
        }
        int head = memory.peek16(avail + 4 + 2L * (lastAvail[RX] % queueSize));
        int capacity = 0;
        int d = head;
        for (int n = 0; ; n++) {
            long desc = desc(RX, d);
            int flags = memory.peek16(desc + 12);
            if ((flags & 2) == 0) {
                throw new AssertionError("RX descriptor " + d + " is not device-writable");
            }
            if (n == 0 && memory.peek32(desc + 8) != HEADER) {
                throw new AssertionError("RX header descriptor of " + memory.peek32(desc + 8)
                        + " bytes: without ANY_LAYOUT the legacy header has a descriptor of its own");
            }
            capacity += memory.peek32(desc + 8);
            if ((flags & 1) == 0) {
                break;
            }
            d = memory.peek16(desc + 14);
        }
        if (HEADER + len > capacity) {
            deviceDropped++;
            return false;
        }
        lastAvail[RX] = (lastAvail[RX] + 1) & 0xffff;
        Arrays.fill(scratch, 0, HEADER, (byte) 0);
        scratch[0] = (byte) hdrFlags;
        System.arraycopy(frame, 0, scratch, HEADER, len);
        int done = 0;
        for (d = head; done < HEADER + len; ) {
            long desc = desc(RX, d);
            int n = Math.min(memory.peek32(desc + 8), HEADER + len - done);
            memory.write(memory.peek64(desc), scratch, done, n);
            done += n;
            d = memory.peek16(desc + 14);
        }
        pushUsed(RX, head, HEADER + len);
        return true;
    }

    /** Consumes every TX chain offered so far, as a device does when notified or when it polls. */
    void processTx() {
        requireRunning();
        long avail = avail(TX);
        while (memory.peek16(avail + 2) != lastAvail[TX]) {
            int head = memory.peek16(avail + 4 + 2L * (lastAvail[TX] % queueSize));
            lastAvail[TX] = (lastAvail[TX] + 1) & 0xffff;
            int len = 0;
            int d = head;
            for (int n = 0; ; n++) {
                long desc = desc(TX, d);
                int flags = memory.peek16(desc + 12);
                int dlen = memory.peek32(desc + 8);
                if ((flags & 2) != 0) {
                    throw new AssertionError("TX descriptor " + d + " is device-writable");
                }
                if (n == 0 && dlen != HEADER) {
                    throw new AssertionError("TX header descriptor of " + dlen + " bytes");
                }
                memory.read(memory.peek64(desc), scratch, len, dlen);
                len += dlen;
                if ((flags & 1) == 0) {
                    break;
                }
                d = memory.peek16(desc + 14);
            }
            int flags = scratch[0];
            for (int i = 1; i < HEADER; i++) {
                boolean csumField = i >= 6 && flags == 1; // csum_start, csum_offset
                if (scratch[i] != 0 && !csumField) {
                    throw new AssertionError("TX header byte " + i + " is " + scratch[i] + ": no GSO was negotiated");
                }
            }
            if (flags != 0 && (flags != 1 || (driverFeatures & F_CSUM) == 0)) {
                throw new AssertionError("TX header flags " + flags + " with features " + driverFeatures
                        + ": only NEEDS_CSUM, and only after VIRTIO_NET_F_CSUM (§5.1.6.2)");
            }
            if (flags == 1) {
                completeChecksum(HEADER + u16le(6), u16le(8), len);
            }
            int slot = sentCount++ % sent.length;
            System.arraycopy(scratch, HEADER, sent[slot], 0, len - HEADER);
            sentLength[slot] = len - HEADER;
            sentFlags[slot] = flags;
            pushUsed(TX, head, 0);
        }
    }

    private int u16le(int at) {
        return (scratch[at] & 0xff) | (scratch[at + 1] & 0xff) << 8;
    }

    /** §5.1.6.2, as a device does: the ones' complement sum from {@code start} to the end, stored at {@code start + offset}. */
    private void completeChecksum(int start, int offset, int end) {
        long sum = 0;
        for (int i = start; i < end; i += 2) {
            sum += (scratch[i] & 0xff) << 8 | (i + 1 < end ? scratch[i + 1] & 0xff : 0);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        int c = (int) ~sum & 0xffff;
        scratch[start + offset] = (byte) (c >>> 8);
        scratch[start + offset + 1] = (byte) c;
    }

    /** Sets or clears VRING_USED_F_NO_NOTIFY on {@code queue} (§2.6.10). */
    void setNoNotify(int queue, boolean on) {
        memory.poke16(used(queue), on ? 1 : 0);
    }

    int availFlags(int queue) {
        return memory.peek16(avail(queue));
    }

    int availIdx(int queue) {
        return memory.peek16(avail(queue) + 2);
    }

    long ringAddress(int queue) {
        return (long) pfn[queue] << 12;
    }

    int kicks(int queue) {
        return kicks[queue];
    }

    int driverFeatures() {
        return driverFeatures;
    }

    int status() {
        return status;
    }

    int[] statusLog() {
        return Arrays.copyOf(statusLog, statusWrites);
    }

    int sentCount() {
        return sentCount;
    }

    int deviceDropped() {
        return deviceDropped;
    }

    /** The header flags of the {@code k}-th frame sent. */
    int sentFlags(int k) {
        return sentFlags[k % sent.length];
    }

    /** The {@code k}-th frame sent (counting from 0), while it is among the last 64. */
    byte[] sent(int k) {
        return Arrays.copyOf(sent[k % sent.length], sentLength[k % sent.length]);
    }

    private void pushUsed(int queue, int head, int len) {
        long used = used(queue);
        long element = used + 4 + 8L * (usedIdx[queue] % queueSize);
        memory.poke32(element, head);
        memory.poke32(element + 4, len);
        usedIdx[queue] = (usedIdx[queue] + 1) & 0xffff;
        memory.poke16(used + 2, usedIdx[queue]);
        isr |= 1; // §4.1.4.5: a used buffer sets the queue interrupt bit, whatever the avail flags say
    }

    int isrReads() {
        return isrReads;
    }

    int isr() {
        return isr;
    }

    private void requireRunning() {
        if ((status & DRIVER_OK) == 0 || pfn[RX] == 0 || pfn[TX] == 0) {
            throw new AssertionError("device used before DRIVER_OK with both queues set up");
        }
    }

    // §2.6.2: descriptors, then the available ring, then the used ring from the next 4096 boundary.
    private long desc(int queue, int index) {
        if (index >= queueSize) {
            throw new AssertionError("descriptor " + index + " beyond a queue of " + queueSize);
        }
        return ringAddress(queue) + 16L * index;
    }

    private long avail(int queue) {
        return ringAddress(queue) + 16L * queueSize;
    }

    private long used(int queue) {
        return (avail(queue) + 6 + 2L * queueSize + 4095) & -4096;
    }

    private static int checked(int width, int expected, int value) {
        if (width != expected) {
            throw new AssertionError(width + "-byte access to a " + expected + "-byte register");
        }
        return value;
    }
}
