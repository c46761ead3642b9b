package java.util;

/**
 * {@link SortedMap#reversed()} for a sorted map that is not navigable (a navigable one answers
 * with its descending map): a live view in the opposite order, iterated as
 * {@link ReverseOrderSortedSetView} is, by searching the head map before each key. Range views
 * are not written and say so, as there.
 */
final class ReverseOrderSortedMapView<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {
    final SortedMap<K, V> base;
    private final Comparator<? super K> comparator;

    private ReverseOrderSortedMapView(SortedMap<K, V> base) {
        this.base = base;
        this.comparator = Collections.reverseOrder(base.comparator());
    }

    static <K, V> SortedMap<K, V> of(SortedMap<K, V> map) {
        return map instanceof ReverseOrderSortedMapView<K, V> view ? view.base : new ReverseOrderSortedMapView<>(map);
    }

    @Override
    public SortedMap<K, V> reversed() {
        return base;
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return base.containsKey(key);
    }

    @Override
    public V get(Object key) {
        return base.get(key);
    }

    @Override
    public V put(K key, V value) {
        return base.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return base.remove(key);
    }

    @Override
    public void clear() {
        base.clear();
    }

    @Override
    public K firstKey() {
        return base.lastKey();
    }

    @Override
    public K lastKey() {
        return base.firstKey();
    }

    @Override
    public Set<K> keySet() {
        return new AbstractMap.KeyView<>(this);
    }

    @Override
    public Collection<V> values() {
        return new AbstractMap.ValueView<>(this);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public int size() {
                return base.size();
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Descending();
            }
        };
    }

    private final class Descending implements Iterator<Map.Entry<K, V>> {
        private boolean started;
        private K next;
        private boolean hasNext = !base.isEmpty();
        private K last;
        private boolean canRemove;

        @Override
        public boolean hasNext() {
            return hasNext;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (!hasNext) {
                throw new NoSuchElementException();
            }
            K k = started ? next : base.lastKey();
            started = true;
            SortedMap<K, V> before = base.headMap(k);
            hasNext = !before.isEmpty();
            next = hasNext ? before.lastKey() : null;
            last = k;
            canRemove = true;
            return new AbstractMap.SimpleImmutableEntry<>(k, base.get(k));
        }

        @Override
        public void remove() {
            if (!canRemove) {
                throw new IllegalStateException();
            }
            canRemove = false;
            base.remove(last);
        }
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        throw ReverseOrderSortedSetView.ranges();
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        throw ReverseOrderSortedSetView.ranges();
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        throw ReverseOrderSortedSetView.ranges();
    }
}
