package kv;

import java.util.Arrays;

/**
 * A Redis string used as a map key: bytes compared by content. Stored keys own their bytes; a
 * {@linkplain #probe() probe} is re-pointed at bytes inside a request buffer so that a lookup
 * allocates nothing, and must never itself be stored in a map.
 */
final class Key implements Comparable<Key> {
    private byte[] bytes;
    private int offset;
    private int length;
    private int hash;

    private Key(byte[] bytes, int offset, int length) {
        set(bytes, offset, length);
    }

    static Key copyOf(byte[] bytes, int offset, int length) {
        return new Key(Arrays.copyOfRange(bytes, offset, offset + length), 0, length);
    }

    static Key of(String ascii) {
        byte[] b = Bytes.ascii(ascii);
        return new Key(b, 0, b.length);
    }

    static Key probe() {
        return new Key(new byte[0], 0, 0);
    }

    /** Re-points a probe; stored keys are never changed. */
    Key set(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        int h = 1;
        for (int i = offset, end = offset + length; i < end; i++) {
            h = 31 * h + bytes[i];
        }
        this.hash = h;
        return this;
    }

    /** A stored copy of this key (of a probe: of the bytes it points at now). */
    Key copy() {
        return copyOf(bytes, offset, length);
    }

    byte[] array() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Key k) || k.hash != hash || k.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[offset + i] != k.bytes[k.offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Byte order, unsigned, shorter first on a common prefix: Redis's {@code sdscmp} (memcmp). */
    @Override
    public int compareTo(Key o) {
        int n = Math.min(length, o.length);
        for (int i = 0; i < n; i++) {
            int d = (bytes[offset + i] & 0xff) - (o.bytes[o.offset + i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return length - o.length;
    }

    @Override
    public String toString() {
        return Bytes.toString(bytes, offset, length);
    }
}
