package kv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one database: keys to values (a {@code byte[]} for a string, else a {@link Value}), and the
 * keys with a time to live in a second map, as Redis keeps them (the {@code expires} dict). A key
 * past its time is deleted when it is next looked up, and in bulk when a write finds memory full
 * (Redis also expires in the background; here expired keys wait for either, and count in DBSIZE
 * until then, as in Redis between its sweeps). Every change goes through here or through the
 * value's own methods, which charge {@link Memory}.
 */
final class Keyspace {
    private final HashMap<Key, Object> data = new HashMap<>();
    private final HashMap<Key, Long> expires = new HashMap<>();
    private final Memory memory;

    Keyspace(Memory memory) {
        this.memory = memory;
    }

    Memory memory() {
        return memory;
    }

    long now() {
        return System.currentTimeMillis();
    }

    /** The live value of a key, or null; an expired key is deleted on the way. */
    Object get(Key key) {
        Object v = data.get(key);
        if (v != null && !expires.isEmpty()) {
            Long at = expires.get(key);
            if (at != null && at <= System.currentTimeMillis()) {
                delete(key);
                return null;
            }
        }
        return v;
    }

    /** Stores a string, keeping the key's time to live when {@code keepTtl}, else clearing it. */
    void putString(Key probe, byte[] value, boolean keepTtl) {
        Object old = data.get(probe);
        if (old instanceof byte[] b && b.length == value.length && value != b) {
            System.arraycopy(value, 0, b, 0, value.length);
        } else if (old == null) {
            Key stored = probe.copy();
            data.put(stored, value);
            memory.charge(Memory.KEY + stored.length() + Memory.STRING + value.length);
        } else {
            memory.charge(value.length - sizeOfValue(old) + Memory.STRING);
            data.put(probe, value); // the map keeps its stored key
        }
        if (!keepTtl) {
            persist(probe);
        }
    }

    /** Same bytes overwrite in place: the SET path of a benchmark allocates nothing. */
    void putString(Key probe, byte[] src, int off, int len, boolean keepTtl) {
        Object old = data.get(probe);
        if (old instanceof byte[] b && b.length == len) {
            System.arraycopy(src, off, b, 0, len);
            if (!keepTtl) {
                persist(probe);
            }
        } else {
            byte[] copy = new byte[len];
            System.arraycopy(src, off, copy, 0, len);
            putString(probe, copy, keepTtl);
        }
    }

    /** Adds a new value (a list, set, hash or sorted set, still empty) under a key that has none. */
    void putNew(Key probe, Value value) {
        Key stored = probe.copy();
        data.put(stored, value);
        memory.charge(Memory.KEY + stored.length());
    }

    boolean delete(Key key) {
        Object old = data.remove(key);
        if (old == null) {
            return false;
        }
        memory.charge(-(Memory.KEY + key.length() + sizeOfValue(old)));
        persist(key);
        return true;
    }

    /** Deletes a container value its last removal left empty (Redis never keeps an empty one). */
    void deleteIfEmpty(Key key, Value v) {
        if (v.isEmpty()) {
            delete(key);
        }
    }

    private static long sizeOfValue(Object v) {
        return v instanceof byte[] b ? Memory.STRING + b.length : ((Value) v).charged();
    }

    /** Expiry time in ms since the epoch, or -1 when the (live) key has none. */
    long expireAt(Key key) {
        Long at = expires.isEmpty() ? null : expires.get(key);
        return at == null ? -1 : at;
    }

    /** Sets a live key's expiry; a time already past deletes the key, as Redis does. */
    void expire(Key key, long atMillis) {
        if (atMillis <= System.currentTimeMillis()) {
            delete(key);
            return;
        }
        Long old = expires.get(key);
        if (old == null) {
            Key stored = key.copy();
            expires.put(stored, atMillis);
            memory.charge(Memory.EXPIRY + stored.length());
        } else {
            expires.put(key, atMillis);
        }
    }

    /** Drops a key's time to live; true when it had one. */
    boolean persist(Key key) {
        if (expires.isEmpty()) {
            return false;
        }
        Long old = expires.remove(key);
        if (old != null) {
            memory.charge(-(Memory.EXPIRY + key.length()));
            return true;
        }
        return false;
    }

    int size() {
        return data.size();
    }

    int volatileCount() {
        return expires.size();
    }

    /** The live keys matching a glob pattern, in the map's order. */
    List<Key> keys(byte[] pattern, int off, int len) {
        long now = System.currentTimeMillis();
        List<Key> out = new ArrayList<>();
        for (Key k : data.keySet()) {
            Long at = expires.isEmpty() ? null : expires.get(k);
            if ((at == null || at > now) && Glob.matches(pattern, off, len, k.array(), k.offset(), k.length())) {
                out.add(k);
            }
        }
        return out;
    }

    /** Deletes every key past its time; a write that finds memory full tries this before refusing. */
    void purgeExpired() {
        long now = System.currentTimeMillis();
        List<Key> dead = new ArrayList<>();
        for (Map.Entry<Key, Long> e : expires.entrySet()) {
            if (e.getValue() <= now) {
                dead.add(e.getKey());
            }
        }
        for (Key k : dead) {
            delete(k);
        }
    }

    void flush() {
        data.clear();
        expires.clear();
        memory.reset();
    }
}
