package ukl.kernel.drivers.virtio;

import ukl.kernel.hw.Dma;
import ukl.kernel.hw.PhysicalMemory;
import ukl.kernel.hw.PortIo;

/**
 * A VirtIO device through the legacy PCI interface: the register block at the start of its I/O
 * BAR0 (VirtIO 1.1 §4.1.4.8). A driver calls {@link #negotiate}, sets up its queues and buffers,
 * then {@link #driverOk} (§3.1.1 and, for legacy, §3.1.2).
 */
public final class LegacyVirtio {
    // §4.1.4.8: offsets in BAR0.
    static final int DEVICE_FEATURES = 0x00;
    static final int DRIVER_FEATURES = 0x04;
    static final int QUEUE_ADDRESS = 0x08;
    static final int QUEUE_SIZE = 0x0c;
    static final int QUEUE_SELECT = 0x0e;
    static final int QUEUE_NOTIFY = 0x10;
    static final int DEVICE_STATUS = 0x12;
    static final int ISR_STATUS = 0x13;
    // §4.1.4.8: device-specific configuration starts at 20 while MSI-X is off, which it stays:
    // this kernel never enables MSI-X.
    static final int DEVICE_CONFIG = 0x14;
    // §2.1: device status bits. Legacy devices have no FEATURES_OK (§3.1.2).
    static final int ACKNOWLEDGE = 1;
    static final int DRIVER = 2;
    static final int DRIVER_OK = 4;
    static final int FAILED = 0x80;
    // §4.1.4.8: QUEUE_ADDRESS holds a 32-bit page number of 4096-byte pages.
    private static final int PAGE_SHIFT = 12;

    private final PortIo ports;
    private final int base;
    private final String kind;
    private final Object where;

    /**
     * The device whose BAR0 decodes I/O ports from {@code ioBase}; its {@code kind} and {@code
     * where} it is (its PCI function) prefix errors. The prefix is made only for an error: at boot
     * under TCG, formatting a PCI address is code run once, paid in translation.
     */
    public LegacyVirtio(PortIo ports, int ioBase, String kind, Object where) {
        this.ports = ports;
        this.base = ioBase;
        this.kind = kind;
        this.where = where;
    }

    /**
     * Resets the device, says a driver is here (ACKNOWLEDGE, DRIVER) and accepts the features the
     * device offers among {@code wanted} (§3.1.1 steps 1–4); returns those accepted.
     */
    public int negotiate(int wanted) {
        ports.outb(base + DEVICE_STATUS, 0);
        ports.outb(base + DEVICE_STATUS, ACKNOWLEDGE);
        ports.outb(base + DEVICE_STATUS, ACKNOWLEDGE | DRIVER);
        int accepted = ports.inl(base + DEVICE_FEATURES) & wanted;
        ports.outl(base + DRIVER_FEATURES, accepted);
        return accepted;
    }

    /**
     * Sets up queue {@code index} at the size the device chose: zeroed, page-aligned memory that
     * is never moved or collected, given to the device by page number (§4.1.4.8, §2.6.2).
     */
    public Virtqueue setUpQueue(int index, PhysicalMemory memory) {
        ports.outw(base + QUEUE_SELECT, index);
        int size = ports.inw(base + QUEUE_SIZE);
        if (!Virtqueue.validSize(size)) {
            throw fail("queue " + index + " has size " + size
                    + ", but VirtIO 1.1 §2.6 needs a power of two from 1 to 32768 (0: the queue does not exist)");
        }
        long ring = new Dma(memory).pages(Virtqueue.bytes(size));
        if (ring >>> PAGE_SHIFT > 0xffff_ffffL) {
            throw fail("queue memory at 0x" + Long.toHexString(ring)
                    + " lies above the 16 TiB a legacy 32-bit page number reaches (VirtIO 1.1 §4.1.4.8)");
        }
        Virtqueue queue = new Virtqueue(memory, ring, size);
        ports.outl(base + QUEUE_ADDRESS, (int) (ring >>> PAGE_SHIFT));
        return queue;
    }

    /** The byte at {@code offset} of the device-specific configuration (§4.1.4.8). */
    public int configByte(int offset) {
        return ports.inb(base + DEVICE_CONFIG + offset);
    }

    /** Tells the device the driver is ready (§3.1.1 step 8); from now on it may use the queues. */
    public void driverOk() {
        ports.outb(base + DEVICE_STATUS, ACKNOWLEDGE | DRIVER | DRIVER_OK);
    }

    /** Tells the device that queue {@code index} has new buffers (§4.1.4.8: QUEUE_NOTIFY). */
    public void notifyQueue(int index) {
        ports.outw(base + QUEUE_NOTIFY, index);
    }

    /**
     * Reads the ISR status, which acknowledges the interrupt: the read clears it and de-asserts
     * the device's INTx line (§4.1.4.5). Returns it (bit 0: a queue, bit 1: configuration).
     */
    public int acknowledgeInterrupt() {
        return ports.inb(base + ISR_STATUS);
    }

    /** Sets FAILED (§2.1: the driver gave up on the device) and returns the error to throw. */
    public IllegalStateException fail(String message) {
        ports.outb(base + DEVICE_STATUS, ports.inb(base + DEVICE_STATUS) | FAILED);
        return new IllegalStateException(kind + " " + where + ": " + message);
    }
}
