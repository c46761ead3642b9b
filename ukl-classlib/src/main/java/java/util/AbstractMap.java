package java.util;

/**
 * Skeleton of a map over {@code entrySet()}, with equality, hash code and string form as Map's
 * javadoc specifies them, and the two entry classes the JDK makes public here.
 */
public abstract class AbstractMap<K, V> implements Map<K, V> {
    protected AbstractMap() {}

    @Override
    public abstract Set<Map.Entry<K, V>> entrySet();

    @Override
    public int size() {
        return entrySet().size();
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return entryFor(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Map.Entry<K, V> e : entrySet()) {
            if (Objects.equals(value, e.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Map.Entry<K, V> e = entryFor(key);
        return e == null ? null : e.getValue();
    }

    private Map.Entry<K, V> entryFor(Object key) {
        for (Map.Entry<K, V> e : entrySet()) {
            if (Objects.equals(key, e.getKey())) {
                return e;
            }
        }
        return null;
    }

    @Override
    public V put(K key, V value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public V remove(Object key) {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            if (Objects.equals(key, e.getKey())) {
                V old = e.getValue();
                it.remove();
                return old;
            }
        }
        return null;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public void clear() {
        entrySet().clear();
    }

    @Override
    public Set<K> keySet() {
        return new KeyView<>(this);
    }

    @Override
    public Collection<V> values() {
        return new ValueView<>(this);
    }

    /** Map.equals: the entry sets are equal. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> other) || other.size() != size()) {
            return false;
        }
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                K key = e.getKey();
                V value = e.getValue();
                if (value == null ? other.get(key) != null || !other.containsKey(key) : !value.equals(other.get(key))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    /** Map.hashCode: the sum of the entries' hash codes. */
    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) {
            h += e.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) {
            return "{}";
        }
        StringBuilder sb = new StringBuilder().append('{');
        while (true) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : String.valueOf(key)).append('=');
            sb.append(value == this ? "(this Map)" : String.valueOf(value));
            if (!it.hasNext()) {
                return sb.append('}').toString();
            }
            sb.append(',').append(' ');
        }
    }

    static boolean entryEquals(Map.Entry<?, ?> e, Object o) {
        return o instanceof Map.Entry<?, ?> other
                && Objects.equals(e.getKey(), other.getKey())
                && Objects.equals(e.getValue(), other.getValue());
    }

    static int entryHashCode(Object key, Object value) {
        return Objects.hashCode(key) ^ Objects.hashCode(value);
    }

    /** The key set of a map, as a view over its entry set. */
    static final class KeyView<K> extends AbstractSet<K> {
        private final Map<K, ?> map;

        KeyView(Map<K, ?> map) {
            this.map = map;
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator<>(map.entrySet().iterator());
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean contains(Object k) {
            return map.containsKey(k);
        }

        @Override
        public void clear() {
            map.clear();
        }
    }

    /** The values of a map, as a view over its entry set. */
    static final class ValueView<V> extends AbstractCollection<V> {
        private final Map<?, V> map;

        ValueView(Map<?, V> map) {
            this.map = map;
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<>(map.entrySet().iterator());
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean contains(Object v) {
            return map.containsValue(v);
        }

        @Override
        public void clear() {
            map.clear();
        }
    }

    static final class KeyIterator<K> implements Iterator<K> {
        private final Iterator<? extends Map.Entry<K, ?>> entries;

        KeyIterator(Iterator<? extends Map.Entry<K, ?>> entries) {
            this.entries = entries;
        }

        @Override
        public boolean hasNext() {
            return entries.hasNext();
        }

        @Override
        public K next() {
            return entries.next().getKey();
        }

        @Override
        public void remove() {
            entries.remove();
        }
    }

    static final class ValueIterator<V> implements Iterator<V> {
        private final Iterator<? extends Map.Entry<?, V>> entries;

        ValueIterator(Iterator<? extends Map.Entry<?, V>> entries) {
            this.entries = entries;
        }

        @Override
        public boolean hasNext() {
            return entries.hasNext();
        }

        @Override
        public V next() {
            return entries.next().getValue();
        }

        @Override
        public void remove() {
            entries.remove();
        }
    }

    /** A modifiable key-value pair. */
    public static class SimpleEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleEntry(Map.Entry<? extends K, ? extends V> entry) {
            this(entry.getKey(), entry.getValue());
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return entryEquals(this, o);
        }

        @Override
        public int hashCode() {
            return entryHashCode(key, value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** An unmodifiable key-value pair. */
    public static class SimpleImmutableEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private final K key;
        private final V value;

        public SimpleImmutableEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public SimpleImmutableEntry(Map.Entry<? extends K, ? extends V> entry) {
            this(entry.getKey(), entry.getValue());
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean equals(Object o) {
            return entryEquals(this, o);
        }

        @Override
        public int hashCode() {
            return entryHashCode(key, value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }
}
