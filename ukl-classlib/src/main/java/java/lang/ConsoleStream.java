package java.lang;

import java.io.OutputStream;
import ukl.libc.Libc;

/**
 * Standard output or error: a buffer in front of {@code Libc.write} on descriptor 1 or 2
 * (contracts §3). Error output first flushes standard output, so that the two keep their order
 * on a shared console.
 */
final class ConsoleStream extends OutputStream {
    private final int fd;
    private final ConsoleStream before;
    private final byte[] buf = new byte[8192];
    private int count;

    ConsoleStream(int fd, ConsoleStream before) {
        this.fd = fd;
        this.before = before;
    }

    @Override
    public void write(int b) {
        if (count == buf.length) {
            flush();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > buf.length - count) {
            flush();
            if (len > buf.length) {
                writeFully(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() {
        if (before != null) {
            before.flush();
        }
        if (count > 0) {
            int n = count;
            count = 0;
            writeFully(buf, 0, n);
        }
    }

    /** Retries partial writes and EINTR/EAGAIN; other errors drop the output, as a console would. */
    private void writeFully(byte[] b, int off, int len) {
        int done = 0;
        while (done < len) {
            long n = Libc.write(fd, b, off + done, len - done);
            if (n > 0) {
                done += (int) n;
            } else if (n != -Libc.EINTR && n != -Libc.EAGAIN) {
                return;
            }
        }
    }
}
