package ukl.kernel.net.socket;

import ukl.kernel.net.iface.Interface;
import ukl.kernel.net.phy.LossyLink;
import ukl.kernel.net.wire.Ipv4Address;

/**
 * Two stacks, A (10.0.0.1) and B (10.0.0.2), over one {@link LossyLink} that drops, duplicates and
 * reorders {@code faultPerMille} of the frames each, and corrupts a fifth as many, with a virtual clock.
 */
final class TwoHosts {
    static final int IP_A = Ipv4Address.of(10, 0, 0, 1);
    static final int IP_B = Ipv4Address.of(10, 0, 0, 2);
    static final long MAC_A = 0x02_00_00_00_00_01L;
    static final long MAC_B = 0x02_00_00_00_00_02L;
    static final long MS = 1_000_000L;

    final LossyLink link;
    final Interface a;
    final Interface b;
    final SocketSet sa;
    final SocketSet sb;
    long now = 1_000_000_000L;

    /** A step of the application between polls; returns true when the scenario is done. */
    interface App {
        boolean step();
    }

    TwoHosts(long seed, int faultPerMille, TcpConfig cfg) {
        link = new LossyLink(
                seed, MAC_A, MAC_B, 1500, 256, faultPerMille, faultPerMille, faultPerMille, faultPerMille / 5);
        a = new Interface(link.endA(), IP_A, Ipv4Address.mask(24), 0);
        b = new Interface(link.endB(), IP_B, Ipv4Address.mask(24), 0);
        sa = new SocketSet(a, 8, cfg, seed * 31 + 1);
        sb = new SocketSet(b, 8, cfg, seed * 31 + 2);
    }

    static TcpConfig fastConfig() {
        TcpConfig c = new TcpConfig();
        c.timeWaitNanos = 2_000 * MS;
        return c;
    }

    /** Polls both sides and runs {@code app} until it reports done; time jumps over idle periods. */
    void run(App app, int maxSteps) {
        for (int i = 0; i < maxSteps; i++) {
            boolean progress = a.poll(now);
            progress |= b.poll(now);
            if (app.step()) {
                return;
            }
            if (!progress && link.inFlight() == 0) {
                long next = Math.min(a.nextDeadline(now), b.nextDeadline(now));
                now = Math.max(now + MS, next == Long.MAX_VALUE ? now + MS : next);
            } else {
                now += 10_000; // 10 µs per busy step
            }
        }
        throw new AssertionError(
                "scenario did not finish in " + maxSteps + " steps; A: " + a.stats() + "; B: " + b.stats());
    }
}
