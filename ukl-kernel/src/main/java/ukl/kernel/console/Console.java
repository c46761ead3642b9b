package ukl.kernel.console;

import ukl.kernel.arch.Cpu;

/**
 * 16550 UARTs as the console: descriptor 1 writes COM1 (0x3f8), descriptor 2 writes COM2
 * (0x2f8), descriptor 0 reads COM1's receiver. QEMU's UART takes bytes as fast as they come, but the transmit-holding-register
 * bit (LSR bit 5) is still honoured so that a real UART would work too.
 */
public final class Console {
    private static final int COM1 = 0x3f8;
    private static final int COM2 = 0x2f8;
    private static final int LSR = 5;
    private static final int LSR_THR_EMPTY = 0x20;
    /** LSR bit 0, Data Ready: the receive buffer register holds a byte. */
    private static final int LSR_DATA_READY = 0x01;

    private Console() {}

    /** Writes {@code len} bytes of {@code buf} from {@code off} to descriptor 1 or 2. */
    public static void write(int fd, byte[] buf, int off, int len) {
        int base = fd == 2 ? COM2 : COM1;
        for (int i = 0; i < len; i++) {
            while ((Cpu.inb(base + LSR) & LSR_THR_EMPTY) == 0) {
                Cpu.pause();
            }
            Cpu.outb(base, buf[off + i]);
        }
    }

    /** Whether COM1 has received a byte not yet read. */
    public static boolean hasInput() {
        return (Cpu.inb(COM1 + LSR) & LSR_DATA_READY) != 0;
    }

    /** Reads what COM1 has received, up to {@code len} bytes, without waiting; 0 when nothing is there. */
    public static int read(byte[] buf, int off, int len) {
        int n = 0;
        while (n < len && hasInput()) {
            buf[off + n++] = (byte) Cpu.inb(COM1);
        }
        return n;
    }
}
