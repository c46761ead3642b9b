package ukl.kernel.net.iface;

/**
 * A fixed-size IPv4 → MAC cache (RFC 826, RFC 1122 §2.3.2.1). Entries expire; a full cache
 * replaces the entry that expires first. Each entry also remembers when an ARP request for it was
 * last sent, so requests for one address go out at most once per {@link #REQUEST_INTERVAL_NANOS}.
 */
final class ArpCache {
    static final long ENTRY_LIFETIME_NANOS = 60_000_000_000L;
    /** RFC 1122 §2.3.2.1: at most one request per second per destination. */
    static final long REQUEST_INTERVAL_NANOS = 1_000_000_000L;

    private static final long NONE = -1;

    private final int[] ips;
    private final long[] macs;
    private final long[] expires;
    private final long[] requested;
    private final boolean[] used;

    ArpCache(int capacity) {
        ips = new int[capacity];
        macs = new long[capacity];
        expires = new long[capacity];
        requested = new long[capacity];
        used = new boolean[capacity];
    }

    private int find(int ip) {
        for (int i = 0; i < ips.length; i++) {
            if (used[i] && ips[i] == ip) {
                return i;
            }
        }
        return -1;
    }

    private int slotFor(int ip) {
        int i = find(ip);
        if (i >= 0) {
            return i;
        }
        int victim = 0;
        for (i = 0; i < ips.length; i++) {
            if (!used[i]) {
                victim = i;
                break;
            }
            if (expires[i] < expires[victim]) {
                victim = i;
            }
        }
        used[victim] = true;
        ips[victim] = ip;
        macs[victim] = NONE;
        expires[victim] = 0;
        requested[victim] = Long.MIN_VALUE;
        return victim;
    }

    /** The MAC for {@code ip}, or -1 when unknown or expired. */
    long lookup(int ip, long now) {
        int i = find(ip);
        return i < 0 || macs[i] == NONE || expires[i] <= now ? NONE : macs[i];
    }

    void fill(int ip, long mac, long now) {
        int i = slotFor(ip);
        macs[i] = mac;
        expires[i] = now + ENTRY_LIFETIME_NANOS;
    }

    /** Whether a request for {@code ip} may go out now; if so, records that it does. */
    boolean shouldRequest(int ip, long now) {
        int i = slotFor(ip);
        if (requested[i] != Long.MIN_VALUE && now - requested[i] < REQUEST_INTERVAL_NANOS) {
            return false;
        }
        requested[i] = now;
        return true;
    }
}
