package ukl.kernel.drivers.console;

import ukl.kernel.hw.PortIo;

/**
 * A 16550 UART, polled, as the boot code's {@code console.c} set it up (115200 8N1, no
 * interrupts; COM1's FIFOs off, COM2's on, console.c says why). QEMU's UART takes bytes as fast as
 * they come, but the transmit-holding-register bit (LSR bit 5) is still honoured so that a real
 * UART would work too: where the FIFOs are on, THRE means the 16-byte transmit FIFO is empty, so
 * one wait lets 16 bytes go out. One port write per byte: under QEMU one host {@code write(2)} per
 * byte, which is why {@link VirtioConsole} is preferred where the machine has one.
 */
public final class Uart16550 implements ConsoleDevice {
    /** The PC's first and second serial ports. */
    public static final int COM1 = 0x3f8;

    public static final int COM2 = 0x2f8;
    // 16550 data sheet: register offsets and bits.
    /** Interrupt identification register: bits 6-7 read 11 when the FIFOs are on (16550A). */
    private static final int IIR = 2;

    private static final int IIR_FIFOS_ON = 0xc0;
    private static final int FIFO_BYTES = 16;
    private static final int LSR = 5;
    private static final int LSR_THR_EMPTY = 0x20;
    /** LSR bit 0, Data Ready: the receive buffer register holds a byte. */
    private static final int LSR_DATA_READY = 0x01;

    private final PortIo ports;
    private final int base;
    /** Bytes per wait for THRE, once read from IIR (0 before). */
    private int burst;

    /** The UART whose registers start at I/O port {@code base}. */
    public Uart16550(PortIo ports, int base) {
        this.ports = ports;
        this.base = base;
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        if (burst == 0) {
            burst = (ports.inb(base + IIR) & IIR_FIFOS_ON) == IIR_FIFOS_ON ? FIFO_BYTES : 1;
        }
        int i = 0;
        while (i < len) {
            while ((ports.inb(base + LSR) & LSR_THR_EMPTY) == 0) {
                // a real UART still shifting out: its next status read is the wait
            }
            int end = len - i > burst ? i + burst : len;
            for (; i < end; i++) {
                ports.outb(base, buf[off + i]);
            }
        }
    }

    /** Whether the receiver holds a byte not yet read. */
    public boolean hasInput() {
        return (ports.inb(base + LSR) & LSR_DATA_READY) != 0;
    }

    /** Reads what the receiver has, up to {@code len} bytes, without waiting; 0 when nothing is there. */
    public int read(byte[] buf, int off, int len) {
        int n = 0;
        while (n < len && hasInput()) {
            buf[off + n++] = (byte) ports.inb(base);
        }
        return n;
    }
}
