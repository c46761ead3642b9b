package ukl.kernel.drivers.console;

import java.io.ByteArrayOutputStream;
import ukl.kernel.hw.FakeMemory;
import ukl.kernel.hw.pci.FakePci;

/**
 * A legacy virtio console (VirtIO 1.1 §4.1.4.8, §2.6, §5.3) as QEMU's {@code virtio-serial-pci}
 * shows one, written from the spec independently of the driver: it offers SIZE, MULTIPORT and
 * EMERG_WRITE, has port 0's receiveq and transmitq and, as QEMU, the control queues; a
 * notification of the transmitq consumes every chain offered, in order, into {@link #output()},
 * and returns each through the used ring before the notification returns (QEMU under TCG).
 */
final class FakeVirtioConsole implements FakePci.IoRegisters {
    static final int F_SIZE = 1;
    static final int F_MULTIPORT = 1 << 1;
    static final int F_EMERG_WRITE = 1 << 2;
    private static final int QUEUES = 4;
    private static final int TRANSMITQ = 1;
    private static final int DRIVER_OK = 4;

    private final FakeMemory memory;
    private final int queueSize;
    private final int[] pfn = new int[QUEUES];
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private int lastAvail;
    private int usedIdx;
    private int driverFeatures = -1;
    private int status;
    private int queueSelect;
    private int notifications;

    FakeVirtioConsole(FakeMemory memory, int queueSize) {
        this.memory = memory;
        this.queueSize = queueSize;
    }

    /** The PCI function of a transitional virtio-serial-pci with modern off: I/O BAR0, MSI-X BAR1. */
    FakePci.Function pciFunction() {
        return new FakePci.Function(0x1af4, 0x1003, 0x078000, 0)
                .ioBar(0, 32, this)
                .memoryBar(1, 0x1000, false);
    }

    @Override
    public int read(int offset, int width) {
        return switch (offset) {
            case 0x00 -> checked(width, 4, F_SIZE | F_MULTIPORT | F_EMERG_WRITE);
            case 0x0c -> checked(width, 2, queueSelect < QUEUES ? queueSize : 0);
            case 0x12 -> checked(width, 1, status);
            default -> throw new AssertionError("read of unmodelled register 0x" + Integer.toHexString(offset));
        };
    }

    @Override
    public void write(int offset, int width, int value) {
        switch (offset) {
            case 0x04 -> driverFeatures = checked(width, 4, value);
            case 0x08 -> pfn[queueSelect] = checked(width, 4, value);
            case 0x0e -> queueSelect = checked(width, 2, value);
            case 0x10 -> notify(checked(width, 2, value));
            case 0x12 -> status = checked(width, 1, value);
            default -> throw new AssertionError("write of register 0x" + Integer.toHexString(offset));
        }
    }

    private void notify(int queue) {
        if ((status & DRIVER_OK) == 0) {
            throw new AssertionError("queue " + queue + " notified before DRIVER_OK (VirtIO 1.1 §3.1.1)");
        }
        if (queue != TRANSMITQ) {
            throw new AssertionError("queue " + queue + " notified: the driver only transmits on port 0");
        }
        notifications++;
        transmit();
    }

    /** Consumes every chain offered on the transmitq (§2.6.13, §5.3.6.1). */
    void transmit() {
        long avail = ring() + 16L * queueSize;
        while (memory.peek16(avail + 2) != lastAvail) {
            int head = memory.peek16(avail + 4 + 2L * (lastAvail % queueSize));
            lastAvail = (lastAvail + 1) & 0xffff;
            for (int d = head; ; ) {
                long desc = ring() + 16L * d;
                int flags = memory.peek16(desc + 12);
                if ((flags & 2) != 0) {
                    throw new AssertionError("transmit descriptor " + d + " is device-writable");
                }
                int len = memory.peek32(desc + 8);
                byte[] bytes = new byte[len];
                memory.read(memory.peek64(desc), bytes, 0, len);
                output.writeBytes(bytes);
                if ((flags & 1) == 0) {
                    break;
                }
                d = memory.peek16(desc + 14);
            }
            long used = (avail + 6 + 2L * queueSize + 4095) & -4096;
            long element = used + 4 + 8L * (usedIdx % queueSize);
            memory.poke32(element, head);
            memory.poke32(element + 4, 0);
            usedIdx = (usedIdx + 1) & 0xffff;
            memory.poke16(used + 2, usedIdx);
        }
    }

    private long ring() {
        if (pfn[TRANSMITQ] == 0 || (status & DRIVER_OK) == 0) {
            throw new AssertionError("transmitq used before it was set up and DRIVER_OK set");
        }
        return (long) pfn[TRANSMITQ] << 12;
    }

    byte[] output() {
        return output.toByteArray();
    }

    int notifications() {
        return notifications;
    }

    int driverFeatures() {
        return driverFeatures;
    }

    int status() {
        return status;
    }

    private static int checked(int width, int expected, int value) {
        if (width != expected) {
            throw new AssertionError(width + "-byte access to a " + expected + "-byte register");
        }
        return value;
    }
}
