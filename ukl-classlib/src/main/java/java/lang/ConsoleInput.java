package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import ukl.libc.Libc;

/**
 * Standard input: {@code Libc.read} on descriptor 0 (contracts §3), unbuffered ({@code System.in}
 * puts a BufferedInputStream in front). Standard output is flushed before each read, so that a
 * prompt printed without a newline shows before the program waits, as on the JVM, whose console
 * stream flushes on every write.
 */
final class ConsoleInput extends InputStream {
    private final ConsoleStream stdout;

    ConsoleInput(ConsoleStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
    }

    /** 1 while typed input waits (the kernel's FIONREAD on the console), else 0. */
    @Override
    public int available() throws IOException {
        return Math.max(0, Libc.ioctl(0, Libc.FIONREAD));
    }

    /** At most one read(2): a console returns what was typed so far. EINTR and EAGAIN retry. */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        stdout.flush();
        while (true) {
            long n = Libc.read(0, b, off, len);
            if (n > 0) {
                return (int) n;
            }
            if (n == 0) {
                return -1;
            }
            if (n != -Libc.EINTR && n != -Libc.EAGAIN) {
                throw new IOException("read(0) failed with errno " + -n);
            }
        }
    }
}
