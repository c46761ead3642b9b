package java.util;

import java.io.Serializable;

/**
 * A map whose keys are the constants of one enum class, kept in an array indexed by ordinal: every
 * view iterates in ordinal order, and its iterators, like the JDK's, read the live array (they never
 * throw ConcurrentModificationException). Null values are allowed (stored as a private marker so
 * that an empty slot stays {@code null}); a null key is a NullPointerException on {@code put} and
 * simply absent elsewhere, as in the JDK.
 */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements Serializable, Cloneable {
    /** Stands for a null value in {@link #values}. */
    private static final Object NULL = new Object();

    private final Class<K> keyType;
    /** The enum's constants by ordinal (Object[]: the translator's values() array). */
    private final Object[] universe;

    private Object[] values;
    private int size;

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        this.universe = universeOf(keyType);
        this.values = new Object[universe.length];
    }

    public EnumMap(EnumMap<K, ? extends V> m) {
        this.keyType = m.keyType;
        this.universe = m.universe;
        this.values = m.values.clone();
        this.size = m.size;
    }

    /** Copies any map; an empty one that is no EnumMap names no key type, which the JDK rejects. */
    public EnumMap(Map<K, ? extends V> m) {
        if (m instanceof EnumMap<K, ? extends V> e) {
            this.keyType = e.keyType;
            this.universe = e.universe;
            this.values = e.values.clone();
            this.size = e.size;
            return;
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("Specified map is empty");
        }
        this.keyType = m.keySet().iterator().next().getDeclaringClass();
        this.universe = universeOf(keyType);
        this.values = new Object[universe.length];
        putAll(m);
    }

    private static Object[] universeOf(Class<?> keyType) {
        Object[] universe = keyType.getEnumConstants();
        if (universe == null) {
            throw new ClassCastException(keyType + " not an enum");
        }
        return universe;
    }

    /** The ordinal of {@code key} if it is a constant of this map's enum, else -1. */
    private int ordinalOf(Object key) {
        if (!(key instanceof Enum<?> e)) {
            return -1;
        }
        Class<?> c = e.getClass();
        return c == keyType || c.getSuperclass() == keyType ? e.ordinal() : -1;
    }

    private static Object mask(Object value) {
        return value == null ? NULL : value;
    }

    @SuppressWarnings("unchecked")
    private V unmask(Object stored) {
        return stored == NULL ? null : (V) stored;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsValue(Object value) {
        Object masked = mask(value);
        for (Object v : values) {
            if (v != null && masked.equals(v)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean containsKey(Object key) {
        int i = ordinalOf(key);
        return i >= 0 && values[i] != null;
    }

    @Override
    public V get(Object key) {
        int i = ordinalOf(key);
        return i < 0 ? null : unmask(values[i]);
    }

    /** A key of another enum is a ClassCastException naming both classes, as in the JDK. */
    @Override
    public V put(K key, V value) {
        int i = ordinalOf(Objects.requireNonNull(key));
        if (i < 0) {
            throw new ClassCastException(key.getClass() + " != " + keyType);
        }
        Object old = values[i];
        values[i] = mask(value);
        if (old == null) {
            size++;
        }
        return unmask(old);
    }

    @Override
    public V remove(Object key) {
        int i = ordinalOf(key);
        if (i < 0 || values[i] == null) {
            return null;
        }
        Object old = values[i];
        values[i] = null;
        size--;
        return unmask(old);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        if (m instanceof EnumMap<?, ?> e && e.keyType != keyType) {
            if (e.isEmpty()) {
                return;
            }
            throw new ClassCastException(e.keyType + " != " + keyType);
        }
        super.putAll(m);
    }

    @Override
    public void clear() {
        Arrays.fill(values, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Slots();
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Map.Entry<?, ?> e
                        && containsKey(e.getKey())
                        && Objects.equals(get(e.getKey()), e.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!contains(o)) {
                    return false;
                }
                EnumMap.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            @Override
            public void clear() {
                EnumMap.this.clear();
            }
        };
    }

    /** Two EnumMaps compare slot by slot; maps of different enums are equal only when both are empty. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EnumMap<?, ?> other)) {
            return super.equals(o);
        }
        if (other.keyType != keyType) {
            return size == 0 && other.size == 0;
        }
        for (int i = 0; i < values.length; i++) {
            Object a = values[i];
            Object b = other.values[i];
            if (a == null ? b != null : b == null || !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                h += universe[i].hashCode() ^ Objects.hashCode(unmask(values[i]));
            }
        }
        return h;
    }

    @Override
    @SuppressWarnings("unchecked")
    public EnumMap<K, V> clone() {
        try {
            EnumMap<K, V> copy = (EnumMap<K, V>) super.clone();
            copy.values = values.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** Walks the live slots in ordinal order; its entries write through while their key is present. */
    private final class Slots implements Iterator<Map.Entry<K, V>> {
        private int next;
        private int last = -1;

        @Override
        public boolean hasNext() {
            while (next < values.length && values[next] == null) {
                next++;
            }
            return next < values.length;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Slot(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (values[last] != null) {
                values[last] = null;
                size--;
            }
            last = -1;
        }
    }

    private final class Slot implements Map.Entry<K, V> {
        private final int index;

        Slot(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) universe[index];
        }

        @Override
        public V getValue() {
            return unmask(values[index]);
        }

        @Override
        public V setValue(V value) {
            V old = unmask(values[index]);
            values[index] = mask(value);
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && getKey() == e.getKey() && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return getKey().hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
