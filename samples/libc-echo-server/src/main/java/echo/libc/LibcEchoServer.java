package echo.libc;

import ukl.libc.Libc;

/**
 * A TCP echo server (RFC 862) on ukl's system-call layer only: one thread, {@code poll}, up to
 * {@value #MAX_CLIENTS} clients at once, each echoed through a buffer of its own.
 *
 * <p>A client is read only when everything it sent before has been written back, so a client that
 * does not read its echo is slowed down by TCP flow control instead of filling our memory. When a
 * client half-closes, everything it sent has been echoed already (the read that sees its FIN found
 * nothing pending), so closing our side then sends the rest and our FIN. A reset or any other error
 * drops the client.
 *
 * <p>Runs unchanged on a JVM ({@code java --enable-native-access=ALL-UNNAMED echo.libc.LibcEchoServer 7007})
 * and as a ukl image. Usage: {@code LibcEchoServer [port]}, port 7 by default; 0 lets the host choose.
 */
public final class LibcEchoServer {
    private static final int MAX_CLIENTS = 64;
    private static final int BUFFER_SIZE = 16 * 1024;

    // poll(2)'s arrays. Slot 0 is the listener; slots 1 .. count-1 are clients, kept packed.
    private final int[] fds = new int[MAX_CLIENTS + 1];
    private final short[] events = new short[MAX_CLIENTS + 1];
    private final short[] revents = new short[MAX_CLIENTS + 1];
    // Per client: the bytes read but not yet echoed, buffer[start, start + pending).
    private final byte[][] buffers = new byte[MAX_CLIENTS + 1][];
    private final int[] start = new int[MAX_CLIENTS + 1];
    private final int[] pending = new int[MAX_CLIENTS + 1];
    private int count = 1;

    private LibcEchoServer(int listener) {
        fds[0] = listener;
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int listener = check("socket", Libc.socket(Libc.AF_INET, Libc.SOCK_STREAM | Libc.SOCK_NONBLOCK, 0));
        check("setsockopt", Libc.setsockopt(listener, Libc.SOL_SOCKET, Libc.SO_REUSEADDR, 1));
        check("bind", Libc.bind(listener, Libc.INADDR_ANY, port));
        check("listen", Libc.listen(listener, MAX_CLIENTS));
        int[] name = new int[2];
        check("getsockname", Libc.getsockname(listener, name));
        System.out.println("echo-server: listening on port " + name[1]);
        System.out.flush();
        new LibcEchoServer(listener).run();
    }

    private void run() {
        for (; ; ) {
            // A full table stops accepting; waiting clients stay in the listener's backlog.
            events[0] = count <= MAX_CLIENTS ? Libc.POLLIN : 0;
            int ready = Libc.poll(fds, events, revents, count, -1);
            if (ready == -Libc.EINTR) {
                continue;
            }
            check("poll", ready);
            // Downwards, so that dropping client i (the last one moves into its slot) skips nobody.
            for (int i = count - 1; i >= 1; i--) {
                if (revents[i] != 0) {
                    serve(i);
                }
            }
            if ((revents[0] & Libc.POLLIN) != 0) {
                acceptAll();
            }
        }
    }

    private void acceptAll() {
        while (count <= MAX_CLIENTS) {
            int fd = Libc.accept(fds[0], null);
            if (fd < 0) {
                return; // -EAGAIN: no more; anything else (a connection reset in the queue) is skipped
            }
            Libc.fcntl(fd, Libc.F_SETFL, Libc.O_NONBLOCK);
            Libc.setsockopt(fd, Libc.IPPROTO_TCP, Libc.TCP_NODELAY, 1);
            if (buffers[count] == null) {
                buffers[count] = new byte[BUFFER_SIZE];
            }
            fds[count] = fd;
            events[count] = Libc.POLLIN;
            revents[count] = 0;
            pending[count] = 0;
            count++;
        }
    }

    /** Reads when nothing is pending, then writes back as much as the socket takes. */
    private void serve(int i) {
        if (pending[i] == 0) {
            long n = Libc.read(fds[i], buffers[i], 0, BUFFER_SIZE);
            if (n == -Libc.EAGAIN || n == -Libc.EINTR) {
                return;
            }
            if (n <= 0) {
                drop(i); // 0: the client's FIN, and everything it sent was echoed; < 0: reset or error
                return;
            }
            start[i] = 0;
            pending[i] = (int) n;
        }
        long n = Libc.write(fds[i], buffers[i], start[i], pending[i]);
        if (n < 0 && n != -Libc.EAGAIN && n != -Libc.EINTR) {
            drop(i);
            return;
        }
        if (n > 0) {
            start[i] += (int) n;
            pending[i] -= (int) n;
        }
        events[i] = pending[i] > 0 ? Libc.POLLOUT : Libc.POLLIN;
    }

    /** Closes client {@code i} and moves the last client into its slot; the buffers swap, so none is lost. */
    private void drop(int i) {
        Libc.close(fds[i]);
        int last = --count;
        byte[] buffer = buffers[i];
        fds[i] = fds[last];
        events[i] = events[last];
        buffers[i] = buffers[last];
        start[i] = start[last];
        pending[i] = pending[last];
        buffers[last] = buffer;
    }

    private static int check(String call, int result) {
        if (result < 0) {
            System.err.println("echo-server: " + call + " failed with errno " + -result);
            System.exit(1);
        }
        return result;
    }
}
