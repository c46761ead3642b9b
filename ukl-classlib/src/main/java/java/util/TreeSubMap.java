package java.util;

/**
 * A live view of a TreeMap: the keys between two optional bounds, in ascending or descending
 * order. The whole map is the view with neither bound. Queries work on absolute (ascending)
 * bounds and a descending view swaps them: its first is the tree's highest key in range, its
 * ceiling the tree's floor, and so on. Keys outside the range cannot be inserted
 * (IllegalArgumentException "key out of range", as in the JDK).
 */
final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    private final TreeMap<K, V> m;
    private final boolean fromStart;
    private final K lo;
    private final boolean loInclusive;
    private final boolean toEnd;
    private final K hi;
    private final boolean hiInclusive;
    private final boolean descending;

    TreeSubMap(
            TreeMap<K, V> m,
            boolean fromStart,
            K lo,
            boolean loInclusive,
            boolean toEnd,
            K hi,
            boolean hiInclusive,
            boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            // the JDK's type (and null) checks of the bounds
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    boolean tooLow(Object key) {
        if (fromStart) {
            return false;
        }
        int c = m.compare(key, lo);
        return c < 0 || c == 0 && !loInclusive;
    }

    boolean tooHigh(Object key) {
        if (toEnd) {
            return false;
        }
        int c = m.compare(key, hi);
        return c > 0 || c == 0 && !hiInclusive;
    }

    private boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    /** A bound of a new view may sit on an exclusive bound of this one only if it is exclusive too. */
    private boolean inRange(Object key, boolean inclusive) {
        if (inclusive) {
            return inRange(key);
        }
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    private TreeMap.Entry<K, V> inBounds(TreeMap.Entry<K, V> e) {
        return e == null || tooLow(e.key) || tooHigh(e.key) ? null : e;
    }

    private TreeMap.Entry<K, V> absLowest() {
        return inBounds(fromStart ? m.first() : m.ceiling(lo, loInclusive));
    }

    private TreeMap.Entry<K, V> absHighest() {
        return inBounds(toEnd ? m.last() : m.floor(hi, hiInclusive));
    }

    private TreeMap.Entry<K, V> absCeiling(Object key, boolean inclusive) {
        return tooLow(key) ? absLowest() : inBounds(m.ceiling(key, inclusive));
    }

    private TreeMap.Entry<K, V> absFloor(Object key, boolean inclusive) {
        return tooHigh(key) ? absHighest() : inBounds(m.floor(key, inclusive));
    }

    // the view's order: descending swaps every query with its mirror image

    private TreeMap.Entry<K, V> first() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Entry<K, V> last() {
        return descending ? absLowest() : absHighest();
    }

    private TreeMap.Entry<K, V> ceiling(Object key, boolean inclusive) {
        return descending ? absFloor(key, inclusive) : absCeiling(key, inclusive);
    }

    private TreeMap.Entry<K, V> floor(Object key, boolean inclusive) {
        return descending ? absCeiling(key, inclusive) : absFloor(key, inclusive);
    }

    @Override
    public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int n = 0;
        for (TreeMap.Entry<K, V> e = absLowest(); e != null && !tooHigh(e.key); e = TreeMap.successor(e)) {
            n++;
        }
        return n;
    }

    @Override
    public boolean isEmpty() {
        return absLowest() == null;
    }

    @Override
    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    @Override
    public V get(Object key) {
        return inRange(key) ? m.get(key) : null;
    }

    @Override
    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    @Override
    public V remove(Object key) {
        return inRange(key) ? m.remove(key) : null;
    }

    @Override
    public Comparator<? super K> comparator() {
        Comparator<? super K> c = m.comparator();
        if (!descending) {
            return c;
        }
        return c == null ? Collections.reverseOrder() : c.reversed();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet();
    }

    @Override
    public Set<K> keySet() {
        return navigableKeySet();
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new TreeSet<>(this, true);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    @Override
    public NavigableMap<K, V> descendingMap() {
        return new TreeSubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TreeSubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true)
                : new TreeSubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        return descending
                ? new TreeSubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true)
                : new TreeSubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        return descending
                ? new TreeSubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true)
                : new TreeSubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    @Override
    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override
    public K firstKey() {
        return TreeMap.key(first());
    }

    @Override
    public K lastKey() {
        return TreeMap.key(last());
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return TreeMap.export(first());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return TreeMap.export(last());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return m.poll(first());
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return m.poll(last());
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.export(floor(key, false));
    }

    @Override
    public K lowerKey(K key) {
        return TreeMap.keyOrNull(floor(key, false));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.export(floor(key, true));
    }

    @Override
    public K floorKey(K key) {
        return TreeMap.keyOrNull(floor(key, true));
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.export(ceiling(key, true));
    }

    @Override
    public K ceilingKey(K key) {
        return TreeMap.keyOrNull(ceiling(key, true));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.export(ceiling(key, false));
    }

    @Override
    public K higherKey(K key) {
        return TreeMap.keyOrNull(ceiling(key, false));
    }

    /** The view's entries in its order; the entries are the tree's own (setValue writes through). */
    private final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator(first());
        }

        @Override
        public int size() {
            return TreeSubMap.this.size();
        }

        @Override
        public boolean isEmpty() {
            return TreeSubMap.this.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e) || !inRange(e.getKey())) {
                return false;
            }
            TreeMap.Entry<K, V> node = m.getEntry(e.getKey());
            return node != null && Objects.equals(node.value, e.getValue());
        }

        @Override
        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e) || !inRange(e.getKey())) {
                return false;
            }
            TreeMap.Entry<K, V> node = m.getEntry(e.getKey());
            if (node != null && Objects.equals(node.value, e.getValue())) {
                m.deleteEntry(node);
                return true;
            }
            return false;
        }

        @Override
        public void clear() {
            if (fromStart && toEnd) {
                m.clear();
            } else {
                super.clear();
            }
        }
    }

    /** Walks the tree in the view's order up to its far bound; fail-fast. */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private TreeMap.Entry<K, V> next;
        private TreeMap.Entry<K, V> lastReturned;
        private int expectedModCount = m.modCount;

        EntryIterator(TreeMap.Entry<K, V> first) {
            next = first;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<K, V> next() {
            TreeMap.Entry<K, V> e = next;
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            lastReturned = e;
            next = descending ? TreeMap.predecessor(e) : TreeMap.successor(e);
            if (next != null && (descending ? tooLow(next.key) : tooHigh(next.key))) {
                next = null;
            }
            return e;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            // deleteEntry moves the successor's contents into a node with two children
            if (!descending && lastReturned.left != null && lastReturned.right != null) {
                next = lastReturned;
            }
            m.deleteEntry(lastReturned);
            expectedModCount = m.modCount;
            lastReturned = null;
        }
    }
}
