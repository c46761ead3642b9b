package ukl.kernel.console;

import ukl.kernel.arch.Cpu;

/**
 * 16550 UARTs as the console: descriptor 1 writes COM1 (0x3f8), descriptor 2 writes COM2
 * (0x2f8), descriptor 0 reads COM1's receiver. QEMU's UART takes bytes as fast as they come, but the transmit-holding-register
 * bit (LSR bit 5) is still honoured so that a real UART would work too: where the FIFOs are on
 * (COM2; the boot code's console.c says why COM1's stay off), THRE means the 16-byte transmit FIFO
 * is empty, so one wait lets 16 bytes go out.
 */
public final class Console {
    private static final int COM1 = 0x3f8;
    private static final int COM2 = 0x2f8;
    /** Interrupt identification register: bits 6-7 read 11 when the FIFOs are on (16550A). */
    private static final int IIR = 2;

    private static final int IIR_FIFOS_ON = 0xc0;
    private static final int FIFO_BYTES = 16;
    private static final int LSR = 5;
    private static final int LSR_THR_EMPTY = 0x20;
    /** LSR bit 0, Data Ready: the receive buffer register holds a byte. */
    private static final int LSR_DATA_READY = 0x01;

    /** Bytes per wait for THRE on COM1 and COM2, once read from IIR (0 before). */
    private static int com1Burst;

    private static int com2Burst;

    private Console() {}

    private static int burst(int base) {
        return (Cpu.inb(base + IIR) & IIR_FIFOS_ON) == IIR_FIFOS_ON ? FIFO_BYTES : 1;
    }

    /** Writes {@code len} bytes of {@code buf} from {@code off} to descriptor 1 or 2. */
    public static void write(int fd, byte[] buf, int off, int len) {
        int base;
        int burst;
        if (fd == 2) {
            base = COM2;
            if (com2Burst == 0) {
                com2Burst = burst(COM2);
            }
            burst = com2Burst;
        } else {
            base = COM1;
            if (com1Burst == 0) {
                com1Burst = burst(COM1);
            }
            burst = com1Burst;
        }
        int i = 0;
        while (i < len) {
            while ((Cpu.inb(base + LSR) & LSR_THR_EMPTY) == 0) {
                Cpu.pause();
            }
            int end = len - i > burst ? i + burst : len;
            for (; i < end; i++) {
                Cpu.outb(base, buf[off + i]);
            }
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
