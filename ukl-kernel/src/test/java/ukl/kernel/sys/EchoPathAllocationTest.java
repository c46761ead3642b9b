package ukl.kernel.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import ukl.libc.Libc;

/**
 * The system-call layer adds no allocation to the echo path: poll, read, write on the server and
 * send, recv on the client, 500 times, allocate nothing on the JVM once the connection is up.
 * Measured after a few rounds only, while the code still runs in the interpreter, where escape
 * analysis cannot hide an allocation the C translation would make.
 */
class EchoPathAllocationTest {
    @Test
    void steadyEchoThroughSysAllocatesNothing() {
        FakeNet net = new FakeNet();
        Sys.install(net.a);
        int l = Sys.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        Sys.bind(l, Libc.INADDR_ANY, 7);
        Sys.listen(l, 4);
        int c = net.b.socket(Libc.AF_INET, Libc.SOCK_STREAM, 0);
        assertEquals(0, net.b.connect(c, FakeNet.IP_A, 7));
        int s = Sys.accept(l, null);
        int[] fds = {s};
        short[] events = {Libc.POLLIN};
        short[] revents = new short[1];
        byte[] msg = new byte[64];
        byte[] buf = new byte[256];
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();

        rounds(net, c, fds, events, revents, msg, buf, 5);
        long before = mx.getThreadAllocatedBytes(tid);
        rounds(net, c, fds, events, revents, msg, buf, 500);
        assertEquals(0, mx.getThreadAllocatedBytes(tid) - before, "bytes allocated by 500 echo round trips");
    }

    private static void rounds(
            FakeNet net, int c, int[] fds, short[] events, short[] revents, byte[] msg, byte[] buf, int n) {
        for (int i = 0; i < n; i++) {
            msg[0] = (byte) i;
            net.b.send(c, msg, 0, msg.length, 0);
            Sys.poll(fds, events, revents, 1, -1);
            long got = Sys.read(fds[0], buf, 0, buf.length);
            Sys.write(fds[0], buf, 0, (int) got);
            long back = net.b.recv(c, buf, 0, buf.length, 0);
            if (got != msg.length || back != msg.length || buf[0] != (byte) i) {
                throw new AssertionError("round " + i + ": server got " + got + ", client " + back);
            }
        }
    }
}
