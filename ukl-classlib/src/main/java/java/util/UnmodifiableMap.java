package java.util;

/**
 * A read-only view of a map ({@code Collections.unmodifiableMap}): reads go through, every
 * mutator (including those of the views, their iterators and the entries) throws
 * UnsupportedOperationException.
 */
class UnmodifiableMap<K, V> extends AbstractImmutableMap<K, V> {
    private final Map<? extends K, ? extends V> map;

    UnmodifiableMap(Map<? extends K, ? extends V> map) {
        this.map = Objects.requireNonNull(map);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        return ((Map<K, V>) map).getOrDefault(key, defaultValue);
    }

    @Override
    public Set<K> keySet() {
        return Collections.unmodifiableSet(map.keySet());
    }

    @Override
    public Collection<V> values() {
        return new UnmodifiableSet<>(map.values());
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Set<Map.Entry<K, V>> entrySet() {
        return new Entries<>((Set) map.entrySet());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || map.equals(o);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return map.toString();
    }

    /** The entry set: entries come out wrapped so that setValue throws. */
    private static final class Entries<K, V> extends UnmodifiableSet<Map.Entry<K, V>> {
        private final Set<Map.Entry<K, V>> entries;

        Entries(Set<Map.Entry<K, V>> entries) {
            super(entries);
            this.entries = entries;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(entries.iterator());
        }

        @Override
        public Object[] toArray() {
            Object[] a = entries.toArray();
            for (int i = 0; i < a.length; i++) {
                a[i] = readOnly((Map.Entry<?, ?>) a[i]);
            }
            return a;
        }
    }

    private static <K, V> Map.Entry<K, V> readOnly(Map.Entry<K, V> e) {
        return new AbstractMap.SimpleImmutableEntry<>(e);
    }

    private static final class EntryIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        private final Iterator<Map.Entry<K, V>> it;

        EntryIterator(Iterator<Map.Entry<K, V>> it) {
            this.it = it;
        }

        @Override
        public boolean hasNext() {
            return it.hasNext();
        }

        @Override
        public Map.Entry<K, V> next() {
            return readOnly(it.next());
        }
    }
}
