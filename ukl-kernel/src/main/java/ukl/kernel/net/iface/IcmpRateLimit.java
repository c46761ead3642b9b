package ukl.kernel.net.iface;

/**
 * The rate limit on ICMP errors that RFC 1812 §4.3.2.8 and RFC 1122 §3.2.2 ask for, with Linux's
 * numbers: a host-wide token bucket of 1,000 messages a second with a burst of 50
 * ({@code icmp_msgs_per_sec}, {@code icmp_msgs_burst}), and per destination one message a second
 * with a burst of 6 ({@code icmp_ratelimit} and {@code XRLIM_BURST_FACTOR}). Destinations are
 * remembered in a small table; the one used least recently gives way.
 */
final class IcmpRateLimit {
    private static final long SECOND = 1_000_000_000L;
    private static final long GLOBAL_INTERVAL = SECOND / 1000;
    private static final long GLOBAL_BURST = 50 * GLOBAL_INTERVAL;
    private static final long PEER_INTERVAL = SECOND;
    private static final long PEER_BURST = 6 * PEER_INTERVAL;
    private static final int PEERS = 16;

    private long globalTokens = GLOBAL_BURST;
    private long globalLast;
    private final int[] peer = new int[PEERS];
    private final long[] peerTokens = new long[PEERS];
    private final long[] peerLast = new long[PEERS];
    private final boolean[] used = new boolean[PEERS];

    /** Whether an ICMP error may go to {@code dst} now; takes a token from both buckets if so. */
    boolean allow(int dst, long now) {
        globalTokens = Math.min(GLOBAL_BURST, globalTokens + Math.max(0, now - globalLast));
        globalLast = now;
        int p = slot(dst, now);
        peerTokens[p] = Math.min(PEER_BURST, peerTokens[p] + Math.max(0, now - peerLast[p]));
        peerLast[p] = now;
        if (globalTokens < GLOBAL_INTERVAL || peerTokens[p] < PEER_INTERVAL) {
            return false;
        }
        globalTokens -= GLOBAL_INTERVAL;
        peerTokens[p] -= PEER_INTERVAL;
        return true;
    }

    private int slot(int dst, long now) {
        int free = -1;
        int lru = 0;
        for (int i = 0; i < PEERS; i++) {
            if (!used[i]) {
                free = free < 0 ? i : free;
            } else if (peer[i] == dst) {
                return i;
            } else if (peerLast[i] < peerLast[lru]) {
                lru = i;
            }
        }
        int s = free >= 0 ? free : lru;
        used[s] = true;
        peer[s] = dst;
        peerTokens[s] = PEER_BURST;
        peerLast[s] = now;
        return s;
    }
}
