package ukl.kernel.sys;

/**
 * Where the console's input ends: a serial line has no end of its own, so a Ctrl-D (0x04, a
 * terminal's VEOF character, termios(3)) marks it. The read that meets it returns the bytes before
 * it, and from then on every read is at the end of input, as with a file or a pipe — not as at a
 * terminal, where reading goes on after a Ctrl-D: a Java program reading {@code System.in} to its
 * end reads again after the end (BufferedReader does) and must find the end again, not block.
 * Bytes are taken from the machine one at a time, so nothing after the Ctrl-D is consumed.
 */
final class TtyInput {
    /** Ctrl-D, the end-of-file character (termios VEOF). */
    private static final byte EOT = 0x04;

    private final Machine machine;
    private final byte[] one = new byte[1];
    /** A Ctrl-D has been read: the input has ended. */
    private boolean ended;

    TtyInput(Machine machine) {
        this.machine = machine;
    }

    /** Whether a read returns at once: input has arrived, or its end. */
    boolean ready() {
        return ended || machine.consoleReady();
    }

    /** FIONREAD: 1 while a byte waits (the UART tells no more), 0 at the end of input, as a pipe's end. */
    int unread() {
        return !ended && machine.consoleReady() ? 1 : 0;
    }

    /** Reads what has arrived, up to {@code len} bytes, without waiting: the count, 0 when nothing has, -1 at the end. */
    int read(byte[] buf, int off, int len) {
        int n = 0;
        while (!ended && n < len && machine.consoleRead(one, 0, 1) == 1) {
            if (one[0] == EOT) {
                ended = true;
            } else {
                buf[off + n++] = one[0];
            }
        }
        return n == 0 && ended ? -1 : n;
    }
}
