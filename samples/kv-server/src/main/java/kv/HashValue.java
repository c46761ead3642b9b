package kv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Redis hash. Its fields keep insertion order, which is what Redis 7.0 shows for a small hash
 * (a listpack) and a fine order for a large one.
 */
final class HashValue implements Value {
    private final Memory memory;
    private final LinkedHashMap<Key, byte[]> fields = new LinkedHashMap<>();
    private long charged;

    HashValue(Memory memory) {
        this.memory = memory;
    }

    @Override
    public String type() {
        return "hash";
    }

    @Override
    public long charged() {
        return charged;
    }

    @Override
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    int size() {
        return fields.size();
    }

    byte[] get(Key field) {
        return fields.get(field);
    }

    /** Sets a field (a stored key); true when it is new. */
    boolean put(Key field, byte[] value) {
        byte[] old = fields.put(field, value);
        long n = value.length - (old == null ? -field.length() - Memory.HASH_FIELD : old.length);
        charged += n;
        memory.charge(n);
        return old == null;
    }

    Iterable<Map.Entry<Key, byte[]>> entries() {
        return fields.entrySet();
    }
}
