package corpus;

import java.io.PrintStream;

/**
 * The console carries bytes exactly: every byte value 0-255 (no {@code \n} to {@code \r\n}, no
 * character set), single bytes, a write far larger than any buffer, and output and error
 * interleaved write by write, each stream in its own order. The last write comes right before
 * {@code System.exit}, which must not lose it.
 */
public final class ConsoleBytes {
    private ConsoleBytes() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        out.write(all, 0, all.length);
        out.flush();
        err.write(all, 128, 128);
        err.write(all, 0, 128);
        err.flush();
        for (int i = 255; i >= 0; i--) {
            out.write(i);
            if (i % 17 == 0) {
                out.flush();
                err.write(i);
                err.flush();
            }
        }
        // 300,000 bytes in one write: more than the console's buffer and any one page.
        byte[] large = new byte[300_000];
        int x = 12345;
        for (int i = 0; i < large.length; i++) {
            x = x * 1103515245 + 12345;
            large[i] = (byte) (x >>> 16);
        }
        out.write(large, 0, large.length);
        out.flush();
        for (int line = 0; line < 200; line++) {
            out.println("out " + line + " \r\n\u00e9\u20ac");
            err.println("err " + line);
        }
        err.write(large, 1, 70_000);
        err.flush();
        out.print("last bytes before exit, no newline");
        out.flush();
        System.exit(3);
    }
}
