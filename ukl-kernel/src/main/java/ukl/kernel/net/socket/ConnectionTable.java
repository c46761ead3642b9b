package ukl.kernel.net.socket;

/**
 * TCP connections by their peer and local port, each mapped to an {@code int}: which socket handle
 * (or, in {@link TimeWaits}, which record) a segment from {@code remoteIp:remotePort} to {@code
 * localPort} belongs to, in one probe on average however many connections are open (Linux's
 * established hash, {@code inet_ehashfn}); {@link SocketSet} keeps its listeners in another, as
 * connections from 0.0.0.0 port 0. A linear search over the open sockets took 1,198 guest
 * instructions per request of redis-benchmark's 50 connections.
 *
 * <p>Open addressing with linear probing in a table of at least twice as many slots as the set
 * has sockets, so it is never more than half full; a removal moves the entries after it back
 * (Knuth's Algorithm R) instead of leaving a tombstone, so a lookup never walks past a run of
 * dead slots. The hash is multiply-shift (Dietzfelbinger et al., 1997: the top bits of the key
 * times a random odd multiplier), one multiplication: with the multiplier secret, two keys a peer
 * picks collide with probability at most 2/slots, so it cannot choose ports that all land in one
 * run (the collision flooding of Crosby and Wallach, 2003). Nothing here allocates after
 * construction.
 */
final class ConnectionTable {
    private static final int EMPTY = -1;

    private final long[] keys;
    /** The value (a handle or a record) in each slot, or {@link #EMPTY}. */
    private final int[] handles;

    private final int mask;
    /** 64 minus the bits of a slot number: the product's top bits are the slot. */
    private final int shift;
    /** The secret odd multiplier. */
    private final long multiplier;

    private int size;

    /** A table for up to {@code capacity} connections, hashed under the secret {@code hashKey}. */
    ConnectionTable(int capacity, long hashKey) {
        int slots = Integer.highestOneBit(Math.max(1, capacity) * 2 - 1) << 1;
        this.keys = new long[slots];
        this.handles = new int[slots];
        this.mask = slots - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(slots);
        this.multiplier = hashKey | 1;
        for (int i = 0; i < slots; i++) {
            handles[i] = EMPTY;
        }
    }

    /** The key of the connection between {@code remoteIp:remotePort} and our {@code localPort}. */
    static long key(int remoteIp, int remotePort, int localPort) {
        return (long) remoteIp << 32 | (long) (remotePort & 0xffff) << 16 | (localPort & 0xffff);
    }

    /** The handle of connection {@code key}, or -1. */
    int find(long key) {
        for (int i = slot(key); handles[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return handles[i];
            }
        }
        return -1;
    }

    /**
     * Connection {@code key} is {@code handle}'s from now on. The table is never full: it has at
     * least twice as many slots as the set has sockets, and each socket holds one key at a time.
     */
    void put(long key, int handle) {
        int i = slot(key);
        while (handles[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (handles[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        handles[i] = handle;
    }

    /** Forgets connection {@code key} if it is {@code handle}'s (another socket may hold the key since). */
    void remove(long key, int handle) {
        int i = slot(key);
        while (handles[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (handles[i] != handle) {
            return;
        }
        // Algorithm R: move back each entry of the run after i whose home slot does not lie
        // cyclically in (i, j], so that no entry sits after the hole it would be looked for before.
        size--;
        for (int j = (i + 1) & mask; handles[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            boolean stays = i <= j ? i < home && home <= j : i < home || home <= j;
            if (!stays) {
                keys[i] = keys[j];
                handles[i] = handles[j];
                i = j;
            }
        }
        handles[i] = EMPTY;
    }

    /** Connections in the table. */
    int size() {
        return size;
    }

    private int slot(long key) {
        return (int) ((key * multiplier) >>> shift);
    }
}
