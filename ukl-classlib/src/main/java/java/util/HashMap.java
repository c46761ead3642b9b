package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A hash table with separate chaining, laid out exactly like the JDK's so that iteration order
 * matches it for keys with specified hash codes (String, Integer, ...): the same hash spreading
 * {@code h ^ (h >>> 16)}, power-of-two tables from 16, resize at {@code capacity * loadFactor}
 * with the order-preserving lo/hi split, {@code put} appending to its bucket while the
 * {@code compute}/{@code merge} family prepends, and a bucket of 8+ nodes forcing a resize while
 * the table is smaller than 64 (where the JDK would build a tree bin). Tree bins themselves are
 * not built: buckets stay lists, which only differs from the JDK in the iteration order of a
 * bucket that has reached 9 nodes through {@code put} (8 through {@code compute}/{@code merge})
 * in a table of 64 or more (the JDK then moves the tree's root to the bucket's front). Keys with
 * specified, well-spread hash codes practically never do that.
 *
 * <p>Iterators are fail-fast: a structural change not made through the iterator makes its next
 * {@code next()} or {@code remove()} throw ConcurrentModificationException.
 *
 * <p>Longer than most files here on purpose: the table code, the compute family (whose bucket
 * bookkeeping differs from put's) and the views that iterate the table are one hot path, and the
 * views are inner classes of the table they walk.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** A bucket this long would be treeified by the JDK; below MIN_TREEIFY_CAPACITY it resizes. */
    static final int TREEIFY_THRESHOLD = 8;

    static final int MIN_TREEIFY_CAPACITY = 64;

    /** A chained bucket node, the map's entry. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return value;
        }

        @Override
        public final V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        @Override
        public final boolean equals(Object o) {
            return o == this || entryEquals(this, o);
        }

        @Override
        public final int hashCode() {
            return entryHashCode(key, value);
        }

        @Override
        public final String toString() {
            return key + "=" + value;
        }
    }

    transient Node<K, V>[] table;
    transient int size;
    transient int modCount;
    /** The next size at which to resize; before the table exists, its initial capacity (0: default). */
    int threshold;

    final float loadFactor;

    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(Math.min(initialCapacity, MAXIMUM_CAPACITY));
    }

    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    /** The capacity for {@code numMappings} without a resize: ceil(n / 0.75), as HashMap.newHashMap. */
    public static <K, V> HashMap<K, V> newHashMap(int numMappings) {
        return new HashMap<>(capacityFor(numMappings));
    }

    static int capacityFor(int numMappings) {
        if (numMappings < 0) {
            throw new IllegalArgumentException("Negative number of mappings: " + numMappings);
        }
        // ceil(n / 0.75) == ceil(4n / 3): the double quotient never rounds across an integer here
        return (int) ((4L * numMappings + 2) / 3);
    }

    /** The JDK's spreading of the high bits of a hash code into the bucket index bits. */
    static int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ h >>> 16;
    }

    static int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    /** evict is false while constructing or cloning: LinkedHashMap then asks no removeEldestEntry. */
    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                double dt = s / (double) loadFactor;
                int t = dt < MAXIMUM_CAPACITY ? (int) dt : MAXIMUM_CAPACITY;
                if (t < dt) {
                    t++; // ceil(s / loadFactor), as the JDK pre-sizes
                }
                if (t > threshold) {
                    threshold = tableSizeFor(t);
                }
            } else {
                while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                    resize();
                }
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                putVal(hash(e.getKey()), e.getKey(), e.getValue(), false, evict);
            }
        }
    }

    /** Allocates the table or doubles it, splitting each bucket into lo and hi in order. */
    @SuppressWarnings("unchecked")
    final Node<K, V>[] resize() {
        Node<K, V>[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return old;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = newCap * loadFactor;
            newThr = newCap < MAXIMUM_CAPACITY && ft < MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        Node<K, V>[] tab = (Node<K, V>[]) new Node<?, ?>[newCap];
        table = tab;
        for (int j = 0; j < oldCap; j++) {
            Node<K, V> e = old[j];
            if (e == null) {
                continue;
            }
            Node<K, V> loHead = null;
            Node<K, V> loTail = null;
            Node<K, V> hiHead = null;
            Node<K, V> hiTail = null;
            for (; e != null; e = e.next) {
                if ((e.hash & oldCap) == 0) {
                    if (loTail == null) {
                        loHead = e;
                    } else {
                        loTail.next = e;
                    }
                    loTail = e;
                } else {
                    if (hiTail == null) {
                        hiHead = e;
                    } else {
                        hiTail.next = e;
                    }
                    hiTail = e;
                }
            }
            if (loTail != null) {
                loTail.next = null;
                tab[j] = loHead;
            }
            if (hiTail != null) {
                hiTail.next = null;
                tab[j + oldCap] = hiHead;
            }
        }
        return tab;
    }

    /** Where the JDK would treeify a long bucket, a small table is resized instead. */
    private void longBucket() {
        if (table.length < MIN_TREEIFY_CAPACITY) {
            resize();
        }
    }

    final Node<K, V> getNode(Object key) {
        return getNode(hash(key), key);
    }

    final Node<K, V> getNode(int h, Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        for (Node<K, V> e = tab[h & tab.length - 1]; e != null; e = e.next) {
            Object k;
            if (e.hash == h && ((k = e.key) == key || key != null && key.equals(k))) {
                return e;
            }
        }
        return null;
    }

    /** Appends a new node to its bucket (JDK putVal), or replaces the value unless onlyIfAbsent. */
    final V putVal(int h, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int i = h & tab.length - 1;
        Node<K, V> p = tab[i];
        if (p == null) {
            tab[i] = newNode(h, key, value, null);
        } else {
            Node<K, V> e;
            for (int binCount = 0; ; binCount++) {
                Object k;
                if (p.hash == h && ((k = p.key) == key || key != null && key.equals(k))) {
                    e = p;
                    break;
                }
                if (p.next == null) {
                    p.next = newNode(h, key, value, null);
                    if (binCount >= TREEIFY_THRESHOLD - 1) {
                        longBucket();
                    }
                    e = null;
                    break;
                }
                p = p.next;
            }
            if (e != null) {
                V old = e.value;
                if (!onlyIfAbsent || old == null) {
                    e.value = value;
                }
                afterNodeAccess(e);
                return old;
            }
        }
        modCount++;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion(evict);
        return null;
    }

    /** Unlinks the node for key (and value, if matchValue); null if there is none. */
    final Node<K, V> removeNode(int h, Object key, Object value, boolean matchValue) {
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        int i = h & tab.length - 1;
        Node<K, V> prev = null;
        for (Node<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            Object k;
            if (e.hash == h && ((k = e.key) == key || key != null && key.equals(k))) {
                if (matchValue && !Objects.equals(value, e.value)) {
                    return null;
                }
                if (prev == null) {
                    tab[i] = e.next;
                } else {
                    prev.next = e.next;
                }
                modCount++;
                size--;
                afterNodeRemoval(e);
                return e;
            }
        }
        return null;
    }

    Node<K, V> newNode(int h, K key, V value, Node<K, V> next) {
        return new Node<>(h, key, value, next);
    }

    // hooks for LinkedHashMap
    void afterNodeAccess(Node<K, V> p) {}

    void afterNodeInsertion(boolean evict) {}

    void afterNodeRemoval(Node<K, V> p) {}

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false);
        return e == null ? null : e.value;
    }

    @Override
    public void clear() {
        modCount++;
        if (table != null && size > 0) {
            size = 0;
            Arrays.fill(table, null);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        if (table != null && size > 0) {
            for (Node<K, V> head : table) {
                for (Node<K, V> e = head; e != null; e = e.next) {
                    if (Objects.equals(value, e.value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // the views are stateless, so each is made once (a clone drops them: they belong to the original)
    private transient Set<K> keySet;
    private transient Collection<V> values;
    private transient Set<Map.Entry<K, V>> entrySet;

    @Override
    public Set<K> keySet() {
        Set<K> ks = keySet;
        return ks != null ? ks : (keySet = new KeySet());
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = values;
        return vs != null ? vs : (values = new Values());
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        return es != null ? es : (entrySet = new EntrySet());
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        V old = e.value;
        e.value = value;
        afterNodeAccess(e);
        return old;
    }

    /**
     * Prepares a compute-family call as the JDK does: the pending resize happens first (these
     * calls do not resize after inserting), then the key's node is looked up and its bucket
     * counted for the long-bucket rule.
     */
    private Node<K, V>[] tableForCompute() {
        Node<K, V>[] tab = table;
        return size > threshold || tab == null || tab.length == 0 ? resize() : tab;
    }

    private int bucketLength(Node<K, V> first) {
        int n = 0;
        for (Node<K, V> e = first; e != null; e = e.next) {
            n++;
        }
        return n;
    }

    /** Inserts a new node at the front of bucket i (the compute family), with the JDK's bookkeeping. */
    private void insertFirst(Node<K, V>[] tab, int i, int h, K key, V value, int expectedModCount) {
        Node<K, V> first = tab[i];
        int bucket = bucketLength(first);
        tab[i] = newNode(h, key, value, first);
        if (bucket >= TREEIFY_THRESHOLD - 1) {
            longBucket();
        }
        modCount = expectedModCount + 1;
        size++;
        afterNodeInsertion(true);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        int h = hash(key);
        Node<K, V>[] tab = tableForCompute();
        Node<K, V> old = getNode(h, key);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertFirst(tab, h & tab.length - 1, h, key, v, mc);
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Node<K, V> e = getNode(key);
        if (e == null || e.value == null) {
            return null;
        }
        int mc = modCount;
        V v = remappingFunction.apply(key, e.value);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            removeNode(e.hash, key, null, false);
        } else {
            e.value = v;
            afterNodeAccess(e);
        }
        return v;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        int h = hash(key);
        Node<K, V>[] tab = tableForCompute();
        Node<K, V> old = getNode(h, key);
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(h, key, null, false);
            }
        } else if (v != null) {
            insertFirst(tab, h & tab.length - 1, h, key, v, mc);
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int h = hash(key);
        Node<K, V>[] tab = tableForCompute();
        Node<K, V> old = getNode(h, key);
        if (old == null) {
            insertFirst(tab, h & tab.length - 1, h, key, value, modCount);
            return value;
        }
        V v;
        if (old.value != null) {
            int mc = modCount;
            v = remappingFunction.apply(old.value, value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
        } else {
            v = value;
        }
        if (v != null) {
            old.value = v;
            afterNodeAccess(old);
        } else {
            removeNode(h, key, null, false);
        }
        return v;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        if (size > 0 && table != null) {
            int mc = modCount;
            for (Node<K, V> head : table) {
                for (Node<K, V> e = head; e != null; e = e.next) {
                    action.accept(e.key, e.value);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        if (size > 0 && table != null) {
            int mc = modCount;
            for (Node<K, V> head : table) {
                for (Node<K, V> e = head; e != null; e = e.next) {
                    e.value = function.apply(e.key, e.value);
                }
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /** A shallow copy: the keys and values themselves are not cloned. */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        HashMap<K, V> copy;
        try {
            copy = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.table = null;
        copy.keySet = null;
        copy.values = null;
        copy.entrySet = null;
        copy.size = 0;
        copy.modCount = 0;
        copy.threshold = 0;
        copy.reinitialize();
        copy.putMapEntries(this, false);
        return copy;
    }

    /** Resets LinkedHashMap's links in a clone. */
    void reinitialize() {}

    /** The node iterator: table order, bucket order; fail-fast. */
    abstract class HashIterator {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount = modCount;
        int index;

        HashIterator() {
            Node<K, V>[] t = table;
            if (t != null && size > 0) {
                advance(t);
            }
        }

        private void advance(Node<K, V>[] t) {
            while (index < t.length && (next = t[index++]) == null) {
                // skip empty buckets
            }
        }

        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = e.next;
            if (next == null && table != null) {
                advance(table);
            }
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

    final class KeyIterator extends HashIterator implements Iterator<K> {
        @Override
        public K next() {
            return nextNode().key;
        }
    }

    final class ValueIterator extends HashIterator implements Iterator<V> {
        @Override
        public V next() {
            return nextNode().value;
        }
    }

    final class EntryIterator extends HashIterator implements Iterator<Map.Entry<K, V>> {
        @Override
        public Map.Entry<K, V> next() {
            return nextNode();
        }
    }

    Iterator<K> keyIterator() {
        return new KeyIterator();
    }

    Iterator<V> valueIterator() {
        return new ValueIterator();
    }

    Iterator<Map.Entry<K, V>> entryIterator() {
        return new EntryIterator();
    }

    final class KeySet extends AbstractSet<K> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<K> iterator() {
            return keyIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false) != null;
        }
    }

    final class Values extends AbstractCollection<V> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<V> iterator() {
            return valueIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return entryIterator();
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
    }
}
