package kv;

/**
 * What the data set is charged, in bytes: each key, value, element and expiry is charged its
 * length plus a fixed overhead meant to approximate a JVM's object headers and map entries. This is
 * the figure {@code maxmemory} bounds and INFO reports as {@code used_memory}; it is an estimate,
 * not the heap, but it is exact in the one way that matters: every write charges it and every
 * removal refunds the same amount.
 */
final class Memory {
    static final int KEY = 64;
    static final int STRING = 16;
    static final int LIST_ELEMENT = 24;
    static final int SET_MEMBER = 64;
    static final int HASH_FIELD = 80;
    static final int ZSET_MEMBER = 112;
    static final int EXPIRY = 48;

    private final long max;
    private long used;

    Memory(long max) {
        this.max = max;
    }

    void charge(long bytes) {
        used += bytes;
    }

    long used() {
        return used;
    }

    long max() {
        return max;
    }

    /** Redis refuses a write that may grow the data set once used memory is above maxmemory (0: no limit). */
    boolean full() {
        return max > 0 && used > max;
    }

    void reset() {
        used = 0;
    }
}
