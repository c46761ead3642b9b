package ukl.kernel.sys;

import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.socket.SocketSet;
import ukl.kernel.net.socket.TcpConfig;
import ukl.kernel.net.wire.Ipv4Address;

/**
 * Two socket layers, A (10.0.0.1) and B (10.0.0.2), over a fault-free {@link LossyLink}, sharing
 * a fake clock. While a blocking call on one side waits, its {@link Machine#idle} advances the
 * clock by 10 µs and polls the other side's interface, so the peer's stack keeps running; the
 * arguments of the last idle are kept for tests.
 */
final class FakeNet {
    static final int IP_A = Ipv4Address.of(10, 0, 0, 1);
    static final int IP_B = Ipv4Address.of(10, 0, 0, 2);

    long now = 1_000_000_000L;
    final Interface ifaceA;
    final Interface ifaceB;
    final Sockets a;
    final Sockets b;
    long lastQuietSince;
    long lastWakeBy;
    /** Console input for side A, typed at {@link #typedAt}. */
    private byte[] typed = new byte[0];
    private int typedRead;
    private long typedAt;

    FakeNet() {
        LossyLink link = new LossyLink(7, 0x02_00_00_00_00_01L, 0x02_00_00_00_00_02L, 1500, 256, 0, 0, 0, 0);
        ifaceA = new Interface(link.endA(), IP_A, Ipv4Address.mask(24), 0);
        ifaceB = new Interface(link.endB(), IP_B, Ipv4Address.mask(24), 0);
        TcpConfig cfg = new TcpConfig();
        cfg.timeWaitNanos = 2_000_000_000L;
        a = new Sockets(ifaceA, new SocketSet(ifaceA, 8, cfg, 11), new Side(ifaceB));
        b = new Sockets(ifaceB, new SocketSet(ifaceB, 8, cfg, 12), new Side(ifaceA));
    }

    /** Lets both stacks run for {@code rounds} steps of 10 µs. */
    void run(int rounds) {
        for (int i = 0; i < rounds; i++) {
            now += 10_000;
            ifaceA.poll(now);
            ifaceB.poll(now);
        }
    }

    /** Makes {@code text} arrive on the console's input at time {@code at}. */
    void type(String text, long at) {
        typed = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        typedRead = 0;
        typedAt = at;
    }

    private final class Side implements Machine {
        private final Interface peer;

        Side(Interface peer) {
            this.peer = peer;
        }

        @Override
        public long nanos() {
            return now;
        }

        @Override
        public void idle(long quietSince, long wakeBy) {
            lastQuietSince = quietSince;
            lastWakeBy = wakeBy;
            now += 10_000;
            peer.poll(now);
        }

        @Override
        public boolean consoleReady() {
            return now >= typedAt && typedRead < typed.length;
        }

        @Override
        public int consoleRead(byte[] buf, int off, int len) {
            int n = 0;
            while (n < len && consoleReady()) {
                buf[off + n++] = typed[typedRead++];
            }
            return n;
        }
    }
}
