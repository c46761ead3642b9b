package java.util;

/**
 * {@code Map.of}, {@code ofEntries} and {@code copyOf}: unmodifiable, null-hostile (also in
 * queries), duplicate keys rejected, like the JDK's. Backed by a HashMap sized for its content.
 * The views are AbstractMap's, so their failures read as the JDK's: removing through a view
 * throws from the iterator ("remove"), and entries reject setValue ("not supported").
 */
final class ImmutableMap<K, V> extends AbstractImmutableMap<K, V> {
    private final HashMap<K, V> map;

    private ImmutableMap(HashMap<K, V> map) {
        this.map = map;
    }

    /** pairs holds key, value, key, value, ... */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> of(Object[] pairs) {
        HashMap<K, V> map = HashMap.newHashMap(pairs.length / 2);
        for (int i = 0; i < pairs.length; i += 2) {
            K k = (K) Objects.requireNonNull(pairs[i]);
            V v = (V) Objects.requireNonNull(pairs[i + 1]);
            if (map.putIfAbsent(k, v) != null) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
        }
        return new ImmutableMap<>(map);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(Objects.requireNonNull(key));
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(Objects.requireNonNull(value));
    }

    @Override
    public V get(Object key) {
        return map.get(Objects.requireNonNull(key));
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public int size() {
                return map.size();
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Entries<>(map.entryIterator());
            }
        };
    }

    /** The map's entries as immutable pairs; remove() is Iterator's default, which throws. */
    private static final class Entries<K, V> implements Iterator<Map.Entry<K, V>> {
        private final Iterator<Map.Entry<K, V>> it;

        Entries(Iterator<Map.Entry<K, V>> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public Map.Entry<K, V> next() {
            Map.Entry<K, V> e = it.next();
            return new Pair<>(e.getKey(), e.getValue());
        }
    }

    /** The JDK's KeyValueHolder: the entries of Map.of and Map.entry. */
    static final class Pair<K, V> implements Map.Entry<K, V> {
        private final K key;
        private final V value;

        Pair(K key, V value) {
            this.key = Objects.requireNonNull(key);
            this.value = Objects.requireNonNull(value);
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
            throw new UnsupportedOperationException("not supported");
        }

        @Override
        public boolean equals(Object o) {
            return entryEquals(this, o);
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ value.hashCode();
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }
}
