package java.util;

/**
 * A HashMap whose entries are also on a doubly linked list: insertion order, or access order
 * (least recently accessed first) when constructed with {@code accessOrder}. After each insertion
 * {@link #removeEldestEntry} may evict the first entry, which makes an LRU cache. It is a
 * {@link SequencedMap} (JDK 21): {@link #putFirst}/{@link #putLast} place a mapping at an end, and
 * the key set, values and entry set are sequenced views whose reversed views walk the list from
 * its tail, as does {@link #reversed()}.
 */
public class LinkedHashMap<K, V> extends HashMap<K, V> implements SequencedMap<K, V> {
    static final class Entry<K, V> extends HashMap.Node<K, V> {
        Entry<K, V> before;
        Entry<K, V> after;

        Entry(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    transient Entry<K, V> head;
    transient Entry<K, V> tail;
    final boolean accessOrder;

    /** Where the next put places its mapping: the JDK's three modes, set only inside putFirst/putLast. */
    private static final int PUT_NORM = 0;

    private static final int PUT_FIRST = 1;
    private static final int PUT_LAST = 2;
    private transient int putMode = PUT_NORM;

    // the sequenced views, made once each (a clone drops them in reinitialize)
    private transient SequencedSet<K> keys;
    private transient SequencedCollection<V> values;
    private transient SequencedSet<Map.Entry<K, V>> entries;

    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public LinkedHashMap() {
        accessOrder = false;
    }

    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        accessOrder = false;
        putMapEntries(m, false);
    }

    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    public static <K, V> LinkedHashMap<K, V> newLinkedHashMap(int numMappings) {
        return new LinkedHashMap<>(capacityFor(numMappings));
    }

    /** Called after each insertion; returning true removes the eldest entry. */
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    // the ends of the order (SequencedMap; the entries returned are snapshots, as the JDK's)

    public Map.Entry<K, V> firstEntry() {
        return head == null ? null : new AbstractMap.SimpleImmutableEntry<>(head.key, head.value);
    }

    public Map.Entry<K, V> lastEntry() {
        return tail == null ? null : new AbstractMap.SimpleImmutableEntry<>(tail.key, tail.value);
    }

    /** The first key; NoSuchElementException when empty (for LinkedHashSet.getFirst). */
    final K firstKey() {
        if (head == null) {
            throw new NoSuchElementException();
        }
        return head.key;
    }

    final K lastKey() {
        if (tail == null) {
            throw new NoSuchElementException();
        }
        return tail.key;
    }

    public Map.Entry<K, V> pollFirstEntry() {
        return poll(head);
    }

    public Map.Entry<K, V> pollLastEntry() {
        return poll(tail);
    }

    /**
     * Puts the mapping and moves it first, whether it was new or not (JDK 21). An access-ordered map
     * places it first too: the explicit position wins over the access.
     */
    @Override
    public V putFirst(K k, V v) {
        try {
            putMode = PUT_FIRST;
            return put(k, v);
        } finally {
            putMode = PUT_NORM;
        }
    }

    @Override
    public V putLast(K k, V v) {
        try {
            putMode = PUT_LAST;
            return put(k, v);
        } finally {
            putMode = PUT_NORM;
        }
    }

    private Map.Entry<K, V> poll(Entry<K, V> e) {
        if (e == null) {
            return null;
        }
        removeNode(e.hash, e.key, null, false);
        return new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    @Override
    Node<K, V> newNode(int h, K key, V value, Node<K, V> next) {
        Entry<K, V> p = new Entry<>(h, key, value, next);
        if (putMode == PUT_FIRST) {
            Entry<K, V> first = head;
            head = p;
            if (first == null) {
                tail = p;
            } else {
                p.after = first;
                first.before = p;
            }
        } else {
            Entry<K, V> last = tail;
            tail = p;
            if (last == null) {
                head = p;
            } else {
                p.before = last;
                last.after = p;
            }
        }
        return p;
    }

    @Override
    void afterNodeRemoval(Node<K, V> e) {
        Entry<K, V> p = (Entry<K, V>) e;
        Entry<K, V> b = p.before;
        Entry<K, V> a = p.after;
        p.before = null;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    @Override
    void afterNodeInsertion(boolean evict) {
        Entry<K, V> first = head;
        if (evict && first != null && removeEldestEntry(first)) {
            removeNode(first.hash, first.key, null, false);
        }
    }

    /** In access order, moves the accessed entry to the end (a structural change, as in the JDK). */
    /** Moves an entry that was read or put again: last in access order or for putLast, first for putFirst. */
    @Override
    void afterNodeAccess(Node<K, V> e) {
        Entry<K, V> p = (Entry<K, V>) e;
        if ((putMode == PUT_LAST || (putMode == PUT_NORM && accessOrder)) && tail != p) {
            unlinkEntry(p);
            Entry<K, V> last = tail;
            p.before = last;
            if (last == null) {
                head = p;
            } else {
                last.after = p;
            }
            tail = p;
            modCount++;
        } else if (putMode == PUT_FIRST && head != p) {
            unlinkEntry(p);
            Entry<K, V> first = head;
            p.after = first;
            if (first == null) {
                tail = p;
            } else {
                first.before = p;
            }
            head = p;
            modCount++;
        }
    }

    private void unlinkEntry(Entry<K, V> p) {
        Entry<K, V> b = p.before;
        Entry<K, V> a = p.after;
        p.before = null;
        p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    @Override
    void reinitialize() {
        head = null;
        tail = null;
        keys = null;
        values = null;
        entries = null;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        afterNodeAccess(e);
        return e.value;
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        if (e == null) {
            return defaultValue;
        }
        afterNodeAccess(e);
        return e.value;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Entry<K, V> e = head; e != null; e = e.after) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        super.clear();
        head = null;
        tail = null;
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (Entry<K, V> e = head; e != null; e = e.after) {
            action.accept(e.key, e.value);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        for (Entry<K, V> e = head; e != null; e = e.after) {
            e.value = function.apply(e.key, e.value);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    Iterator<K> keyIterator() {
        return new LinkedKeyIterator(false);
    }

    @Override
    Iterator<V> valueIterator() {
        return new LinkedValueIterator(false);
    }

    @Override
    Iterator<Map.Entry<K, V>> entryIterator() {
        return new LinkedEntryIterator(false);
    }

    /** Walks the list from the head, or from the tail for a reversed view; fail-fast like HashMap's. */
    abstract class LinkedHashIterator {
        final boolean reversed;
        Entry<K, V> next;
        Entry<K, V> current;
        int expectedModCount = modCount;

        LinkedHashIterator(boolean reversed) {
            this.reversed = reversed;
            next = reversed ? tail : head;
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Entry<K, V> nextNode() {
            Entry<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = reversed ? e.before : e.after;
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false);
            expectedModCount = modCount;
        }
    }

    final class LinkedKeyIterator extends LinkedHashIterator implements Iterator<K> {
        LinkedKeyIterator(boolean reversed) {
            super(reversed);
        }

        @Override
        public K next() {
            return nextNode().getKey();
        }
    }

    final class LinkedValueIterator extends LinkedHashIterator implements Iterator<V> {
        LinkedValueIterator(boolean reversed) {
            super(reversed);
        }

        @Override
        public V next() {
            return nextNode().value;
        }
    }

    final class LinkedEntryIterator extends LinkedHashIterator implements Iterator<Map.Entry<K, V>> {
        LinkedEntryIterator(boolean reversed) {
            super(reversed);
        }

        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    // the sequenced views (JDK 21)

    @Override
    public Set<K> keySet() {
        return sequencedKeySet();
    }

    @Override
    public Collection<V> values() {
        return sequencedValues();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return sequencedEntrySet();
    }

    @Override
    public SequencedSet<K> sequencedKeySet() {
        SequencedSet<K> ks = keys;
        return ks != null ? ks : (keys = new LinkedKeySet(false));
    }

    @Override
    public SequencedCollection<V> sequencedValues() {
        SequencedCollection<V> vs = values;
        return vs != null ? vs : (values = new LinkedValues(false));
    }

    @Override
    public SequencedSet<Map.Entry<K, V>> sequencedEntrySet() {
        SequencedSet<Map.Entry<K, V>> es = entries;
        return es != null ? es : (entries = new LinkedEntrySet(false));
    }

    /** A live view of this map in the opposite order; putFirst on it is putLast here. */
    @Override
    public SequencedMap<K, V> reversed() {
        return new ReversedLinkedHashMap<>(this);
    }

    private Entry<K, V> end(boolean reversed, boolean first) {
        Entry<K, V> e = reversed == first ? tail : head;
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    private Entry<K, V> removeEnd(boolean reversed, boolean first) {
        Entry<K, V> e = end(reversed, first);
        removeNode(e.hash, e.key, null, false);
        return e;
    }

    final class LinkedKeySet extends AbstractSet<K> implements SequencedSet<K> {
        private final boolean reversed;

        LinkedKeySet(boolean reversed) {
            this.reversed = reversed;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            LinkedHashMap.this.clear();
        }

        @Override
        public Iterator<K> iterator() {
            return new LinkedKeyIterator(reversed);
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false) != null;
        }

        @Override
        public K getFirst() {
            return end(reversed, true).key;
        }

        @Override
        public K getLast() {
            return end(reversed, false).key;
        }

        @Override
        public K removeFirst() {
            return removeEnd(reversed, true).key;
        }

        @Override
        public K removeLast() {
            return removeEnd(reversed, false).key;
        }

        @Override
        public SequencedSet<K> reversed() {
            return reversed ? sequencedKeySet() : new LinkedKeySet(true);
        }
    }

    final class LinkedValues extends AbstractCollection<V> implements SequencedCollection<V> {
        private final boolean reversed;

        LinkedValues(boolean reversed) {
            this.reversed = reversed;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            LinkedHashMap.this.clear();
        }

        @Override
        public Iterator<V> iterator() {
            return new LinkedValueIterator(reversed);
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override
        public V getFirst() {
            return end(reversed, true).value;
        }

        @Override
        public V getLast() {
            return end(reversed, false).value;
        }

        @Override
        public V removeFirst() {
            return removeEnd(reversed, true).value;
        }

        @Override
        public V removeLast() {
            return removeEnd(reversed, false).value;
        }

        @Override
        public SequencedCollection<V> reversed() {
            return reversed ? sequencedValues() : new LinkedValues(true);
        }
    }

    /** The entries themselves, as the JDK's: setValue through them writes the map. */
    final class LinkedEntrySet extends AbstractSet<Map.Entry<K, V>> implements SequencedSet<Map.Entry<K, V>> {
        private final boolean reversed;

        LinkedEntrySet(boolean reversed) {
            this.reversed = reversed;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            LinkedHashMap.this.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new LinkedEntryIterator(reversed);
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            Node<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            if (o instanceof Map.Entry<?, ?> e) {
                return removeNode(hash(e.getKey()), e.getKey(), e.getValue(), true) != null;
            }
            return false;
        }

        @Override
        public Map.Entry<K, V> getFirst() {
            return end(reversed, true);
        }

        @Override
        public Map.Entry<K, V> getLast() {
            return end(reversed, false);
        }

        @Override
        public Map.Entry<K, V> removeFirst() {
            return removeEnd(reversed, true);
        }

        @Override
        public Map.Entry<K, V> removeLast() {
            return removeEnd(reversed, false);
        }

        @Override
        public SequencedSet<Map.Entry<K, V>> reversed() {
            return reversed ? sequencedEntrySet() : new LinkedEntrySet(true);
        }
    }
}
