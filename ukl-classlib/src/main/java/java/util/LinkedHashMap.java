package java.util;

/**
 * A HashMap whose entries are also on a doubly linked list: insertion order, or access order
 * (least recently accessed first) when constructed with {@code accessOrder}. After each insertion
 * {@link #removeEldestEntry} may evict the first entry, which makes an LRU cache.
 */
public class LinkedHashMap<K, V> extends HashMap<K, V> implements Map<K, V> {
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

    // the ends of the order (SequencedMap in the JDK; results are snapshots, as there)

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
        Entry<K, V> last = tail;
        tail = p;
        if (last == null) {
            head = p;
        } else {
            p.before = last;
            last.after = p;
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
    @Override
    void afterNodeAccess(Node<K, V> e) {
        Entry<K, V> last = tail;
        if (accessOrder && last != e) {
            Entry<K, V> p = (Entry<K, V>) e;
            Entry<K, V> b = p.before;
            Entry<K, V> a = p.after;
            p.after = null;
            if (b == null) {
                head = a;
            } else {
                b.after = a;
            }
            a.before = b;
            p.before = last;
            last.after = p;
            tail = p;
            modCount++;
        }
    }

    @Override
    void reinitialize() {
        head = null;
        tail = null;
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
        return new LinkedKeyIterator();
    }

    @Override
    Iterator<V> valueIterator() {
        return new LinkedValueIterator();
    }

    @Override
    Iterator<Map.Entry<K, V>> entryIterator() {
        return new LinkedEntryIterator();
    }

    /** Iterates the linked list; fail-fast like HashMap's iterators. */
    abstract class LinkedHashIterator {
        Entry<K, V> next = head;
        Entry<K, V> current;
        int expectedModCount = modCount;

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
            next = e.after;
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
        @Override
        public K next() {
            return nextNode().getKey();
        }
    }

    final class LinkedValueIterator extends LinkedHashIterator implements Iterator<V> {
        @Override
        public V next() {
            return nextNode().value;
        }
    }

    final class LinkedEntryIterator extends LinkedHashIterator implements Iterator<Map.Entry<K, V>> {
        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }
}
