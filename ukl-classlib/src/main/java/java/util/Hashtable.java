package java.util;

import java.io.Serializable;

/**
 * The synchronized hash map from before the collections framework, laid out as the JDK's so that
 * iteration order matches it: a table of prime-ish length (11 by default, then 2n + 1) indexed by
 * {@code (hashCode & 0x7fffffff) % length}, new entries at the head of their chain, a rehash when
 * the count reaches the threshold before an insertion, and iteration from the last slot to the
 * first. Null keys and values are NullPointerException. Iterators fail fast; the enumerations of
 * {@link #keys} and {@link #elements} do not, as in the JDK.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, Serializable {
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private Entry<?, ?>[] table;
    private int count;
    private int threshold;
    private float loadFactor;
    private transient int modCount;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        }
        int capacity = initialCapacity == 0 ? 1 : initialCapacity;
        this.loadFactor = loadFactor;
        this.table = new Entry<?, ?>[capacity];
        this.threshold = (int) Math.min(capacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    /** For {@link Properties}, which keeps its entries elsewhere and overrides every method. */
    Hashtable(Void unused) {}

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
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
            this.value = Objects.requireNonNull(value);
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e
                    && key.equals(e.getKey())
                    && (value == null ? e.getValue() == null : value.equals(e.getValue()));
        }

        @Override
        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    private int indexFor(int hash) {
        return (hash & 0x7fffffff) % table.length;
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> find(Object key) {
        int hash = key.hashCode();
        for (Entry<?, ?> e = table[indexFor(hash)]; e != null; e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                return (Entry<K, V>) e;
            }
        }
        return null;
    }

    @Override
    public synchronized int size() {
        return count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return count == 0;
    }

    @Override
    public synchronized Enumeration<K> keys() {
        return new Walk<K>(KEYS, false);
    }

    @Override
    public synchronized Enumeration<V> elements() {
        return new Walk<V>(VALUES, false);
    }

    /** Whether some key maps to {@code value}; a null value is NullPointerException. */
    public synchronized boolean contains(Object value) {
        Objects.requireNonNull(value);
        for (int i = table.length; i-- > 0; ) {
            for (Entry<?, ?> e = table[i]; e != null; e = e.next) {
                if (e.value.equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean containsValue(Object value) {
        return contains(value);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return find(key) != null;
    }

    @Override
    public synchronized V get(Object key) {
        Entry<K, V> e = find(key);
        return e == null ? null : e.value;
    }

    /** Grows the table to {@code 2 * length + 1} and rehashes, walking the old slots from the last. */
    protected void rehash() {
        Entry<?, ?>[] old = table;
        int capacity = (old.length << 1) + 1;
        if (capacity - MAX_ARRAY_SIZE > 0) {
            if (old.length == MAX_ARRAY_SIZE) {
                return;
            }
            capacity = MAX_ARRAY_SIZE;
        }
        Entry<?, ?>[] grown = new Entry<?, ?>[capacity];
        modCount++;
        threshold = (int) Math.min(capacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = grown;
        for (int i = old.length; i-- > 0; ) {
            Entry<?, ?> e = old[i];
            while (e != null) {
                Entry<?, ?> next = e.next;
                int index = indexFor(e.hash);
                reattach(e, grown[index]);
                grown[index] = e;
                e = next;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <K, V> void reattach(Entry<K, V> e, Entry<?, ?> next) {
        e.next = (Entry<K, V>) next;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized V put(K key, V value) {
        Objects.requireNonNull(value);
        Entry<K, V> e = find(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            return old;
        }
        if (count >= threshold) {
            rehash();
        }
        int hash = key.hashCode();
        int index = indexFor(hash);
        table[index] = new Entry<>(hash, key, value, (Entry<K, V>) table[index]);
        count++;
        modCount++;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized V remove(Object key) {
        int hash = key.hashCode();
        int index = indexFor(hash);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = (Entry<K, V>) table[index]; e != null; prev = e, e = e.next) {
            if (e.hash == hash && e.key.equals(key)) {
                if (prev == null) {
                    table[index] = e.next;
                } else {
                    prev.next = e.next;
                }
                modCount++;
                count--;
                V old = e.value;
                e.value = null;
                return old;
            }
        }
        return null;
    }

    /** Takes {@code e} out of its chain; unlike {@link #remove} it leaves the entry's value. */
    private void unlink(Entry<?, ?> e) {
        int index = indexFor(e.hash);
        if (table[index] == e) {
            table[index] = e.next;
        } else {
            Entry<?, ?> p = table[index];
            while (p.next != e) {
                p = p.next;
            }
            reattach(p, e.next);
        }
        modCount++;
        count--;
    }

    @Override
    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public synchronized void clear() {
        Arrays.fill(table, null);
        modCount++;
        count = 0;
    }

    /** A copy of the table with copies of its entries; keys and values are shared. */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> copy = (Hashtable<K, V>) super.clone();
            copy.table = new Entry<?, ?>[table.length];
            for (int i = table.length; i-- > 0; ) {
                copy.table[i] = copyChain((Entry<K, V>) table[i]);
            }
            copy.modCount = 0;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** Object's copy of the fields alone, for {@link Properties#clone}. */
    final Object cloneWithoutTable() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private static <K, V> Entry<K, V> copyChain(Entry<K, V> e) {
        return e == null ? null : new Entry<>(e.hash, e.key, e.value, copyChain(e.next));
    }

    @Override
    public synchronized String toString() {
        StringBuilder b = new StringBuilder("{");
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            b.append(e.getKey() == this ? "(this Map)" : String.valueOf(e.getKey()));
            b.append('=');
            b.append(e.getValue() == this ? "(this Map)" : String.valueOf(e.getValue()));
            if (it.hasNext()) {
                b.append(", ");
            }
        }
        return b.append('}').toString();
    }

    @Override
    public Set<K> keySet() {
        return new AbstractSet<K>() {
            @Override
            public Iterator<K> iterator() {
                return new Walk<K>(KEYS, true);
            }

            @Override
            public int size() {
                return count;
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public boolean remove(Object o) {
                return Hashtable.this.remove(o) != null;
            }

            @Override
            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Walk<Map.Entry<K, V>>(ENTRIES, true);
            }

            @Override
            public int size() {
                return count;
            }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e)) {
                    return false;
                }
                Entry<K, V> found = find(e.getKey());
                return found != null && found.equals(e);
            }

            @Override
            public boolean remove(Object o) {
                if (!contains(o)) {
                    return false;
                }
                Hashtable.this.remove(((Map.Entry<?, ?>) o).getKey());
                return true;
            }

            @Override
            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            @Override
            public Iterator<V> iterator() {
                return new Walk<V>(VALUES, true);
            }

            @Override
            public int size() {
                return count;
            }

            @Override
            public boolean contains(Object o) {
                return containsValue(o);
            }

            @Override
            public void clear() {
                Hashtable.this.clear();
            }
        };
    }

    @Override
    public synchronized boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> t) || t.size() != size()) {
            return false;
        }
        try {
            for (Map.Entry<K, V> e : entrySet()) {
                if (!e.getValue().equals(t.get(e.getKey()))) {
                    return false;
                }
            }
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }

    @Override
    public synchronized int hashCode() {
        int h = 0;
        for (int i = table.length; i-- > 0; ) {
            for (Entry<?, ?> e = table[i]; e != null; e = e.next) {
                h += e.hashCode();
            }
        }
        return h;
    }

    private static final int KEYS = 0;
    private static final int VALUES = 1;
    private static final int ENTRIES = 2;

    /** Walks the table from the last slot to the first, each chain from its head. */
    private final class Walk<T> implements Enumeration<T>, Iterator<T> {
        private final int type;
        private final boolean failFast;
        private final Entry<?, ?>[] walked = table;
        private int index = walked.length;
        private Entry<?, ?> entry;
        private Entry<?, ?> last;
        private int expectedModCount = modCount;

        Walk(int type, boolean failFast) {
            this.type = type;
            this.failFast = failFast;
        }

        @Override
        public boolean hasMoreElements() {
            while (entry == null && index > 0) {
                entry = walked[--index];
            }
            return entry != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T nextElement() {
            if (!hasMoreElements()) {
                throw new NoSuchElementException("Hashtable Enumerator");
            }
            last = entry;
            entry = entry.next;
            return (T) (type == KEYS ? last.key : type == VALUES ? last.value : last);
        }

        @Override
        public boolean hasNext() {
            return hasMoreElements();
        }

        @Override
        public T next() {
            if (failFast && modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            return nextElement();
        }

        @Override
        public void remove() {
            if (!failFast) {
                throw new UnsupportedOperationException();
            }
            if (last == null) {
                throw new IllegalStateException("Hashtable Enumerator");
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            synchronized (Hashtable.this) {
                unlink(last);
                expectedModCount = modCount;
                last = null;
            }
        }
    }
}
