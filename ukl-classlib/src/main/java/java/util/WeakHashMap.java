package java.util;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A hash map whose entries hold their keys through weak references: once the collector clears a
 * key, its entry leaves the map at the next operation, which first takes the cleared entries from
 * the map's queue ({@link #expungeStaleEntries()}). Laid out like the JDK's, so that iteration
 * order matches it: the JDK's supplemental hash, power-of-two tables from 16, new entries at the
 * front of their bucket, a doubling resize once the size exceeds {@code capacity * loadFactor}
 * (undone if expunging during it leaves fewer than half that many entries), and iteration from
 * the last bucket to the first. A null key is stored as a private non-null object.
 *
 * <p>Iterators are fail-fast, and each holds the key of the entry it will return next strongly,
 * so an entry that {@code hasNext()} promised is not cleared before {@code next()}.
 */
public class WeakHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V> {
    private static final int DEFAULT_CAPACITY = 16;
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final float DEFAULT_LOAD_FACTOR = 0.75f;
    /** The key of the entry for null. */
    private static final Object NULL_KEY = new Object();

    private Entry<K, V>[] table;
    private int size;
    private int threshold;
    private final float loadFactor;
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private int modCount;
    private Set<Map.Entry<K, V>> entrySet;

    public WeakHashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Initial Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load factor: " + loadFactor);
        }
        int capacity = 1;
        while (capacity < Math.min(initialCapacity, MAXIMUM_CAPACITY)) {
            capacity <<= 1;
        }
        table = newTable(capacity);
        this.loadFactor = loadFactor;
        threshold = (int) (capacity * loadFactor);
    }

    public WeakHashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    public WeakHashMap() {
        this(DEFAULT_CAPACITY, DEFAULT_LOAD_FACTOR);
    }

    public WeakHashMap(Map<? extends K, ? extends V> m) {
        this(Math.max((int) Math.ceil(m.size() / (double) DEFAULT_LOAD_FACTOR), DEFAULT_CAPACITY), DEFAULT_LOAD_FACTOR);
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> Entry<K, V>[] newTable(int n) {
        return (Entry<K, V>[]) new Entry<?, ?>[n];
    }

    private static Object maskNull(Object key) {
        return key == null ? NULL_KEY : key;
    }

    private static Object unmaskNull(Object key) {
        return key == NULL_KEY ? null : key;
    }

    /** The JDK's supplemental hash: low bits that depend on every bit of the key's hash code. */
    private static int hash(Object k) {
        int h = k.hashCode();
        h ^= (h >>> 20) ^ (h >>> 12);
        return h ^ (h >>> 7) ^ (h >>> 4);
    }

    private static int indexFor(int h, int length) {
        return h & (length - 1);
    }

    /** Removes the entries whose keys the collector cleared (their references are in the queue). */
    private void expungeStaleEntries() {
        for (Object x; (x = queue.poll()) != null; ) {
            @SuppressWarnings("unchecked")
            Entry<K, V> e = (Entry<K, V>) x;
            int i = indexFor(e.hash, table.length);
            Entry<K, V> prev = null;
            for (Entry<K, V> p = table[i]; p != null; prev = p, p = p.next) {
                if (p == e) {
                    if (prev == null) {
                        table[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    e.value = null; // the value may refer back to the key
                    size--;
                    break;
                }
            }
        }
    }

    private Entry<K, V>[] getTable() {
        expungeStaleEntries();
        return table;
    }

    @Override
    public int size() {
        if (size == 0) {
            return 0;
        }
        expungeStaleEntries();
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    @Override
    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    private Entry<K, V> getEntry(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        for (Entry<K, V> e = tab[indexFor(h, tab.length)]; e != null; e = e.next) {
            if (e.hash == h && matches(k, e.get())) {
                return e;
            }
        }
        return null;
    }

    private static boolean matches(Object k, Object stored) {
        return k == stored || k.equals(stored);
    }

    @Override
    public V put(K key, V value) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
            if (h == e.hash && matches(k, e.get())) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        modCount++;
        tab[i] = new Entry<>(k, value, queue, h, tab[i]);
        if (++size > threshold) {
            resize(tab.length * 2);
        }
        return null;
    }

    private void resize(int newCapacity) {
        Entry<K, V>[] old = getTable();
        if (old.length == MAXIMUM_CAPACITY) {
            threshold = Integer.MAX_VALUE;
            return;
        }
        Entry<K, V>[] grown = newTable(newCapacity);
        transfer(old, grown);
        table = grown;
        if (size >= threshold / 2) {
            threshold = (int) Math.min(newCapacity * loadFactor, MAXIMUM_CAPACITY + 1);
        } else {
            // expunging during the transfer left few entries: stay at the old size
            expungeStaleEntries();
            transfer(grown, old);
            table = old;
        }
    }

    /** Moves every live entry of src to the front of its bucket in dest, dropping cleared ones. */
    private void transfer(Entry<K, V>[] src, Entry<K, V>[] dest) {
        for (int j = 0; j < src.length; j++) {
            Entry<K, V> e = src[j];
            src[j] = null;
            while (e != null) {
                Entry<K, V> next = e.next;
                if (e.get() == null) {
                    e.next = null;
                    e.value = null;
                    size--;
                } else {
                    int i = indexFor(e.hash, dest.length);
                    e.next = dest[i];
                    dest[i] = e;
                }
                e = next;
            }
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > threshold) {
            // grow once to what m needs, as the JDK does, rather than doubling repeatedly
            int target = (int) Math.ceil(n / (double) loadFactor);
            int capacity = table.length;
            while (capacity < Math.min(target, MAXIMUM_CAPACITY)) {
                capacity <<= 1;
            }
            if (capacity > table.length) {
                resize(capacity);
            }
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public V remove(Object key) {
        Object k = maskNull(key);
        int h = hash(k);
        Entry<K, V>[] tab = getTable();
        int i = indexFor(h, tab.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            if (h == e.hash && matches(k, e.get())) {
                unlink(tab, i, prev, e);
                return e.value;
            }
        }
        return null;
    }

    private void unlink(Entry<K, V>[] tab, int i, Entry<K, V> prev, Entry<K, V> e) {
        modCount++;
        size--;
        if (prev == null) {
            tab[i] = e.next;
        } else {
            prev.next = e.next;
        }
    }

    /** Removes the entry equal to o (a Map.Entry), for the entry set. */
    private boolean removeMapping(Object o) {
        if (!(o instanceof Map.Entry<?, ?> entry)) {
            return false;
        }
        Entry<K, V>[] tab = getTable();
        Object k = maskNull(entry.getKey());
        int h = hash(k);
        int i = indexFor(h, tab.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            if (h == e.hash && e.equals(entry)) {
                unlink(tab, i, prev, e);
                return true;
            }
        }
        return false;
    }

    @Override
    public void clear() {
        while (queue.poll() != null) {
            // entries cleared before: dropped with the table
        }
        modCount++;
        Arrays.fill(table, null);
        size = 0;
        while (queue.poll() != null) {
            // and those cleared meanwhile
        }
    }

    @Override
    public boolean containsValue(Object value) {
        Entry<K, V>[] tab = getTable();
        for (int i = tab.length; i-- > 0; ) {
            for (Entry<K, V> e = tab[i]; e != null; e = e.next) {
                if (Objects.equals(value, e.value)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        return es != null ? es : (entrySet = new EntrySet());
    }

    /** An entry: a weak reference to the (masked) key, registered with the map's queue. */
    private static final class Entry<K, V> extends WeakReference<Object> implements Map.Entry<K, V> {
        V value;
        final int hash;
        Entry<K, V> next;

        Entry(Object key, V value, ReferenceQueue<Object> queue, int hash, Entry<K, V> next) {
            super(key, queue);
            this.value = value;
            this.hash = hash;
            this.next = next;
        }

        @Override
        @SuppressWarnings("unchecked")
        public K getKey() {
            return (K) unmaskNull(get());
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && Objects.equals(getKey(), e.getKey())
                    && Objects.equals(value, e.getValue());
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(getKey()) ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return getKey() + "=" + value;
        }
    }

    private final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator();
        }

        @Override
        public int size() {
            return WeakHashMap.this.size();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            Entry<K, V> candidate = getEntry(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            return removeMapping(o);
        }

        @Override
        public void clear() {
            WeakHashMap.this.clear();
        }
    }

    /** From the last bucket to the first, skipping entries whose keys are gone. */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private final Entry<K, V>[] tab = getTable();
        private int index;
        private Entry<K, V> entry;
        private Entry<K, V> lastReturned;
        private int expectedModCount = modCount;
        /** The key of entry, held strongly from hasNext() to next(). */
        private Object nextKey;
        /** The key of lastReturned, held strongly until remove(). */
        private Object currentKey;

        EntryIterator() {
            index = size() == 0 ? 0 : tab.length;
        }

        @Override
        public boolean hasNext() {
            while (nextKey == null) {
                Entry<K, V> e = entry;
                int i = index;
                while (e == null && i > 0) {
                    e = tab[--i];
                }
                entry = e;
                index = i;
                if (e == null) {
                    currentKey = null;
                    return false;
                }
                nextKey = e.get(); // null if the collector cleared it: skip the entry
                if (nextKey == null) {
                    entry = entry.next;
                }
            }
            return true;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (nextKey == null && !hasNext()) {
                throw new NoSuchElementException();
            }
            lastReturned = entry;
            entry = entry.next;
            currentKey = nextKey;
            nextKey = null;
            return lastReturned;
        }

        @Override
        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            WeakHashMap.this.remove(unmaskNull(currentKey));
            expectedModCount = modCount;
            lastReturned = null;
            currentKey = null;
        }
    }
}
