package ukl.kernel.drivers.net;

import ukl.kernel.arch.BootTrace;
import ukl.kernel.drivers.virtio.LegacyVirtio;
import ukl.kernel.drivers.virtio.Virtqueue;
import ukl.kernel.hw.Dma;
import ukl.kernel.hw.PhysicalMemory;
import ukl.kernel.hw.pci.PciBus;
import ukl.kernel.hw.pci.PciFunction;

/**
 * A virtio-net device through the legacy PCI interface (1af4:1000), polled, with an RX interrupt
 * only to wake an idle CPU ({@link #armReceiveInterrupt}).
 *
 * <p>Read VirtIO 1.1 §5.1 first. VIRTIO_NET_F_MAC is required; VIRTIO_NET_F_CSUM and
 * VIRTIO_NET_F_GUEST_CSUM are taken when offered (checksum offload, as Linux's driver takes them).
 * Every packet carries the 10-byte legacy {@code virtio_net_hdr} (no {@code num_buffers}, §5.1.6.1) and, without
 * VIRTIO_F_ANY_LAYOUT, that header sits in a descriptor of its own (§2.6.4, legacy message
 * framing). Each queue therefore works in pairs of descriptors: slot {@code s} is the chain
 * {@code 2s} (header) → {@code 2s + 1} (frame), written once at probe time; the used ring
 * returns head {@code 2s}, which names the slot.
 *
 * <p>RX: every slot stays offered; a received frame is copied out and its slot offered again at
 * once. The frame part is {@value #RX_FRAME} bytes, 4 more than {@code mtu() + 14} (header and
 * frame then exceed the 1526 bytes §5.1.6.3.1 asks for), so that a slightly long frame (an
 * 802.1Q-tagged one) reaches the driver and is counted in {@link #rxDropped()}: the device itself
 * silently drops frames that fit no buffer; a header flag saying the checksum was checked or left
 * to the card (§5.1.6.4: DATA_VALID, NEEDS_CSUM for a frame from the host's own stack) makes
 * {@link #receivedChecksumGood}. TX: the stack writes into the slot's frame buffer; slots come back
 * through the used ring. Each TX slot has its own header: zero, or NEEDS_CSUM with where the
 * device is to complete a TCP checksum (§5.1.6.2); no GSO.
 *
 * <p>In an image: {@code VirtioNet.probe(PciBus.scan(CpuPorts.INSTANCE), CpuMemory.INSTANCE)}.
 */
public final class VirtioNet implements NetDriver {
    static final int VENDOR_ID = 0x1af4;
    static final int LEGACY_NET_DEVICE_ID = 0x1000;
    // §5.1.3
    static final int F_CSUM = 1;
    static final int F_GUEST_CSUM = 1 << 1;
    static final int F_MAC = 1 << 5;
    // §5.1.6: virtio_net_hdr's flags and the offsets of its fields.
    static final int HDR_F_NEEDS_CSUM = 1;
    static final int HDR_F_DATA_VALID = 2;
    private static final int HDR_CSUM_START = 6;
    private static final int HDR_CSUM_OFFSET = 8;
    // §5.1.2
    static final int RX_QUEUE = 0;
    static final int TX_QUEUE = 1;
    // §5.1.6.1: the legacy header without num_buffers.
    static final int HEADER = 10;
    static final int MTU = 1500;
    static final int MAX_FRAME = MTU + 14;
    static final int RX_FRAME = MAX_FRAME + 4;
    /**
     * Slots per queue at least, where the device offers that many: a small heap still gets a burst's
     * worth of frames.
     */
    static final int MIN_SLOTS = 16;

    private final LegacyVirtio device;
    private final int irqLine;
    private final Virtqueue rx;
    private final Virtqueue tx;
    private final long mac;
    private final byte[][] rxBuffers;
    private final byte[][] txBuffers;
    private final byte[][] txHeaders;
    private final boolean completesChecksums;
    private boolean rxChecksumGood;
    private final int[] txFree;
    private int txFreeCount;
    private int txPending = -1;
    private long rxFrames;
    private long txFrames;
    private long rxDropped;
    private long txQueueFull;

    private VirtioNet(LegacyVirtio device, int irqLine, PhysicalMemory memory, int features) {
        this.device = device;
        this.irqLine = irqLine;
        this.completesChecksums = (features & F_CSUM) != 0;
        this.rx = device.setUpQueue(RX_QUEUE, memory);
        this.tx = device.setUpQueue(TX_QUEUE, memory);
        if (rx.size() < 2 || tx.size() < 2) {
            throw device.fail("queue sizes " + rx.size() + " (RX) and " + tx.size()
                    + " (TX) are too small: the driver needs 2 descriptors per packet");
        }
        long m = 0;
        // §5.1.4: mac is the first field of the device configuration.
        for (int i = 0; i < 6; i++) {
            m = m << 8 | device.configByte(i);
        }
        this.mac = m;
        Dma dma = new Dma(memory);
        int slots =
                slots(Math.min(rx.size(), tx.size()) / 2, Runtime.getRuntime().maxMemory());
        rxBuffers = new byte[slots][];
        for (int s = 0; s < rxBuffers.length; s++) {
            rxBuffers[s] = dma.buffer(HEADER + RX_FRAME);
            long address = dma.addressOf(rxBuffers[s]);
            rx.setDescriptor(2 * s, address, HEADER, Virtqueue.DESC_WRITE | Virtqueue.DESC_NEXT, 2 * s + 1);
            rx.setDescriptor(2 * s + 1, address + HEADER, RX_FRAME, Virtqueue.DESC_WRITE, 0);
            rx.offer(2 * s);
        }
        txBuffers = new byte[slots][];
        txHeaders = new byte[txBuffers.length][];
        txFree = new int[txBuffers.length];
        for (int s = 0; s < txBuffers.length; s++) {
            txBuffers[s] = dma.buffer(MAX_FRAME);
            txHeaders[s] = dma.buffer(HEADER);
            tx.setDescriptor(2 * s, dma.addressOf(txHeaders[s]), HEADER, Virtqueue.DESC_NEXT, 2 * s + 1);
            tx.setDescriptor(2 * s + 1, dma.addressOf(txBuffers[s]), 0, 0, 0);
            txFree[txFreeCount++] = s;
        }
    }

    /**
     * How many slots each queue offers: every pair of descriptors the queue has (QEMU's queues have
     * 256 descriptors: 128 slots), unless the buffers would take more than a sixteenth of the heap,
     * at about 1.5 KB a slot and direction: a 4 MiB guest's heap of 2 MB then offers 42 (issue #12,
     * item 6), a 64 MiB guest all 128. The device uses the slots offered; the rest of the queue
     * stays empty.
     */
    static int slots(int queuePairs, long heapBytes) {
        long fit = heapBytes / 16 / (2L * (HEADER + RX_FRAME));
        return (int) Math.min(queuePairs, Math.max(MIN_SLOTS, fit));
    }

    /**
     * Initialises the first legacy virtio-net function on {@code bus} (§3.1.1, §5.1.5), or returns
     * {@code null} when there is none.
     */
    public static VirtioNet probe(PciBus bus, PhysicalMemory memory) {
        PciFunction function = bus.find(VENDOR_ID, LEGACY_NET_DEVICE_ID);
        if (function == null) {
            return null;
        }
        if (!function.isIoBar(0) || function.barSize(0) == 0) {
            throw new IllegalStateException("virtio-net " + function
                    + ": BAR0 is not an I/O BAR, but the legacy interface lives there (VirtIO 1.1 §4.1.4.8);"
                    + " give QEMU -device virtio-net-pci,disable-legacy=off");
        }
        function.enable();
        LegacyVirtio device = new LegacyVirtio(bus.ports(), (int) function.barAddress(0), "virtio-net", function);
        int features = device.negotiate(F_MAC | F_CSUM | F_GUEST_CSUM);
        if ((features & F_MAC) == 0) {
            throw device.fail("the device offers no VIRTIO_NET_F_MAC (VirtIO 1.1 §5.1.3), so it has no"
                    + " address to give; use a device that offers it (QEMU's virtio-net-pci always does)");
        }
        // §3.1.1: queues and receive buffers before DRIVER_OK, notifications only after it.
        VirtioNet net = new VirtioNet(device, function.interruptLine(), memory, features);
        device.driverOk();
        if (net.rx.wantsNotification()) {
            device.notifyQueue(RX_QUEUE);
        }
        return net;
    }

    @Override
    public int interruptLine() {
        return irqLine;
    }

    /**
     * Before the CPU halts: asks for an interrupt when a frame arrives (§2.6.7), acknowledges a
     * stale one so that the line is low (§4.1.4.5), and looks at the RX used ring once more.
     * Returns {@code true} when it is empty: from now on a frame raises the line. Returns
     * {@code false}, interrupts off again, when a frame came in meanwhile: poll instead of halting.
     */
    @Override
    public boolean armReceiveInterrupt() {
        rx.requestInterrupts(true);
        device.acknowledgeInterrupt();
        if (rx.hasUsed()) {
            rx.requestInterrupts(false);
            return false;
        }
        return true;
    }

    /** After the CPU woke: back to polling, without interrupts (§2.6.7). */
    @Override
    public void disarmReceiveInterrupt() {
        rx.requestInterrupts(false);
    }

    /** Whether the device has put a frame in the RX used ring (§2.7.8) that we have not taken. */
    @Override
    public boolean receivePending() {
        return rx.hasUsed();
    }

    @Override
    public long macAddress() {
        return mac;
    }

    @Override
    public int mtu() {
        return MTU;
    }

    @Override
    public int receive(byte[] buf) {
        if (buf.length < MAX_FRAME) {
            throw new IllegalArgumentException("receive needs a buffer of at least mtu() + 14 = " + MAX_FRAME
                    + " bytes (NetDevice.receive), got " + buf.length);
        }
        for (int head; (head = rx.nextUsed()) >= 0; ) {
            int len = rx.usedLength() - HEADER;
            boolean fits = len > 0 && len <= MAX_FRAME;
            if (fits) {
                byte[] b = rxBuffers[head >>> 1];
                System.arraycopy(b, HEADER, buf, 0, len);
                rxChecksumGood = (b[0] & (HDR_F_DATA_VALID | HDR_F_NEEDS_CSUM)) != 0;
            }
            rx.offer(head);
            if (rx.wantsNotification()) {
                device.notifyQueue(RX_QUEUE);
            }
            if (fits) {
                rxFrames++;
                BootTrace.mark(BootTrace.FIRST_FRAME);
                return len;
            }
            rxDropped++;
        }
        return 0;
    }

    @Override
    public byte[] txBuffer() {
        if (txPending < 0) {
            for (int head; (head = tx.nextUsed()) >= 0; ) {
                txFree[txFreeCount++] = head >>> 1;
            }
            if (txFreeCount == 0) {
                txQueueFull++;
                return null;
            }
            txPending = txFree[--txFreeCount];
        }
        return txBuffers[txPending];
    }

    @Override
    public void transmit(int len) {
        send(len, 0, 0, 0);
    }

    @Override
    public boolean completesChecksums() {
        return completesChecksums;
    }

    /** §5.1.6.2: the device sums the frame from {@code start} and stores the checksum at {@code start + offset}. */
    @Override
    public void transmitCompletingChecksum(int len, int start, int offset) {
        if (!completesChecksums) {
            throw new IllegalStateException("transmitCompletingChecksum: the device did not accept VIRTIO_NET_F_CSUM"
                    + " (completesChecksums() is false)");
        }
        send(len, HDR_F_NEEDS_CSUM, start, offset);
    }

    @Override
    public boolean receivedChecksumGood() {
        return rxChecksumGood;
    }

    private void send(int len, int flags, int csumStart, int csumOffset) {
        if (txPending < 0) {
            throw new IllegalStateException(
                    "transmit(" + len + ") without a buffer: call txBuffer() first (NetDevice)");
        }
        if (len < 14 || len > MAX_FRAME) {
            throw new IllegalArgumentException(
                    "transmit(" + len + "): an Ethernet frame without FCS is 14 to " + MAX_FRAME + " bytes");
        }
        byte[] header = txHeaders[txPending];
        header[0] = (byte) flags;
        header[HDR_CSUM_START] = (byte) csumStart; // little-endian 16-bit fields (legacy: guest order)
        header[HDR_CSUM_START + 1] = (byte) (csumStart >>> 8);
        header[HDR_CSUM_OFFSET] = (byte) csumOffset;
        header[HDR_CSUM_OFFSET + 1] = (byte) (csumOffset >>> 8);
        int head = 2 * txPending;
        txPending = -1;
        tx.setLength(head + 1, len);
        tx.offer(head);
        txFrames++;
        if (tx.wantsNotification()) {
            device.notifyQueue(TX_QUEUE);
        }
    }

    /** Frames handed to the stack. */
    public long rxFrames() {
        return rxFrames;
    }

    /** Frames handed to the device. */
    public long txFrames() {
        return txFrames;
    }

    /** Received frames dropped: longer than {@code mtu() + 14} bytes, or empty. */
    public long rxDropped() {
        return rxDropped;
    }

    /** Times {@link #txBuffer()} found every TX slot in flight and returned {@code null}. */
    public long txQueueFull() {
        return txQueueFull;
    }

    @Override
    public String counters() {
        return "virtio-net rxFrames=" + rxFrames + " txFrames=" + txFrames + " rxDropped=" + rxDropped + " txQueueFull="
                + txQueueFull;
    }
}
