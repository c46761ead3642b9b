package ukl.kernel.drivers.console;

import ukl.kernel.drivers.virtio.LegacyVirtio;
import ukl.kernel.drivers.virtio.Virtqueue;
import ukl.kernel.hw.PhysicalMemory;
import ukl.kernel.hw.pci.PciBus;
import ukl.kernel.hw.pci.PciFunction;

/**
 * A virtio console through the legacy PCI interface (1af4:1003), output only, one port: QEMU's
 * {@code virtio-serial-pci} with a {@code virtconsole} on its port 0.
 *
 * <p>Read VirtIO 1.1 §5.3 first. No feature is negotiated: without VIRTIO_CONSOLE_F_MULTIPORT
 * the device has port 0 alone, on queues 0 (receiveq) and 1 (transmitq) (§5.3.2), with no control
 * queue and no port handshake, and the device counts the port as open once the driver is ready
 * (§5.3.6). A machine that wants two streams gives two such devices. Only the transmit queue is
 * set up (§5.3.6.1: the receive queue is only needed for input, which stays on the UART).
 *
 * <p>A write hands the caller's own bytes to the device, with no copy: one descriptor over the
 * array (ukl's collector never moves an object, DESIGN.md "memory"), one notification per write,
 * then a wait until the device returns the descriptor through the used ring (§2.6.8), after which
 * the caller owns the array again. QEMU writes such a buffer to its character back end with one
 * {@code write(2)} where its UART makes one per byte. The wait also means that all output has
 * reached the device when the guest exits next.
 */
public final class VirtioConsole implements ConsoleDevice {
    static final int VENDOR_ID = 0x1af4;
    static final int LEGACY_CONSOLE_DEVICE_ID = 0x1003;
    // §5.3.2: port 0's queues.
    static final int TRANSMIT_QUEUE = 1;
    /** The one descriptor a write uses. */
    private static final int HEAD = 0;

    private final LegacyVirtio device;
    private final Virtqueue tx;
    private final PhysicalMemory memory;
    private long bytes;
    private long writes;

    private VirtioConsole(LegacyVirtio device, Virtqueue tx, PhysicalMemory memory) {
        this.device = device;
        this.tx = tx;
        this.memory = memory;
    }

    /**
     * Starts a driver for each legacy virtio console on {@code bus}, in bus order (§3.1.1): an empty
     * array when there is none.
     */
    public static VirtioConsole[] probeAll(PciBus bus, PhysicalMemory memory) {
        PciFunction[] functions = bus.functions();
        VirtioConsole[] found = new VirtioConsole[functions.length];
        int count = 0;
        for (PciFunction f : functions) {
            if (f.vendorId() == VENDOR_ID && f.deviceId() == LEGACY_CONSOLE_DEVICE_ID) {
                found[count++] = start(bus, f, memory);
            }
        }
        VirtioConsole[] consoles = new VirtioConsole[count];
        System.arraycopy(found, 0, consoles, 0, count);
        return consoles;
    }

    private static VirtioConsole start(PciBus bus, PciFunction function, PhysicalMemory memory) {
        if (!function.isIoBar(0) || function.barSize(0) == 0) {
            throw new IllegalStateException("virtio console " + function
                    + ": BAR0 is not an I/O BAR, but the legacy interface lives there (VirtIO 1.1 §4.1.4.8);"
                    + " give QEMU -device virtio-serial-pci,disable-legacy=off");
        }
        function.enable();
        LegacyVirtio device = new LegacyVirtio(bus.ports(), (int) function.barAddress(0), "virtio console", function);
        device.negotiate(0);
        // §3.1.1: queues before DRIVER_OK.
        Virtqueue tx = device.setUpQueue(TRANSMIT_QUEUE, memory);
        device.driverOk();
        return new VirtioConsole(device, tx, memory);
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        if (len <= 0) {
            return;
        }
        tx.setDescriptor(HEAD, memory.addressOf(buf) + off, len, 0, 0);
        tx.offer(HEAD);
        if (tx.wantsNotification()) {
            device.notifyQueue(TRANSMIT_QUEUE);
        }
        // §2.6.8: the device is done with the buffer once it is in the used ring. QEMU without
        // ioeventfd (TCG) has put it there before the notification returns.
        int head;
        while ((head = tx.nextUsed()) < 0) {
            // the device's own thread is still writing it out (KVM's ioeventfd)
        }
        if (head != HEAD) {
            throw device.fail("the device returned descriptor " + head + ", but only " + HEAD
                    + " was offered (VirtIO 1.1 §2.6.8)");
        }
        bytes += len;
        writes++;
    }

    /** What went through this port: bytes and writes (one notification each at most). */
    public String counters() {
        return "bytes=" + bytes + " writes=" + writes;
    }
}
