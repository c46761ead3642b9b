package java.util;

import java.io.Serializable;

/**
 * A map that compares keys (and, in {@code containsValue}, {@code equals} and the entries, values)
 * by reference and hashes them by {@link System#identityHashCode}. Laid out as the JDK's: keys and
 * values side by side in one array probed linearly, the same hash spread, sizes and growth, and
 * deletion that closes the probe chain up; so on the JVM the iteration order is the JDK's. In an
 * image identity hashes differ from the JVM's, so only the order of a map of one entry is the same
 * there (as for any program that iterates an IdentityHashMap).
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Serializable, Cloneable {
    /** Stands for the null key, so that an empty slot stays {@code null}. */
    private static final Object NULL_KEY = new Object();

    private static final int DEFAULT_CAPACITY = 32;
    private static final int MINIMUM_CAPACITY = 4;
    private static final int MAXIMUM_CAPACITY = 1 << 29;

    /** Key at even index, its value right after it. */
    private Object[] table;

    private int size;
    private transient int modCount;

    public IdentityHashMap() {
        table = new Object[2 * DEFAULT_CAPACITY];
    }

    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        table = new Object[2 * capacity(expectedMaxSize)];
    }

    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    /** The power of two of slots that holds {@code expected} entries at most two-thirds full. */
    private static int capacity(int expected) {
        if (expected > MAXIMUM_CAPACITY / 3) {
            return MAXIMUM_CAPACITY;
        }
        if (expected <= 2 * MINIMUM_CAPACITY / 3) {
            return MINIMUM_CAPACITY;
        }
        return Integer.highestOneBit(expected + (expected << 1));
    }

    private static Object mask(Object key) {
        return key == null ? NULL_KEY : key;
    }

    @SuppressWarnings("unchecked")
    private static <K> K unmask(Object key) {
        return key == NULL_KEY ? null : (K) key;
    }

    /** The home slot's key index: the identity hash times -127 (spreads consecutive hashes), even. */
    private static int hash(Object key, int length) {
        int h = System.identityHashCode(key);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int nextKeyIndex(int i, int length) {
        return i + 2 < length ? i + 2 : 0;
    }

    /** The key index of {@code key} (masked), or -1. */
    private int indexOf(Object key) {
        Object[] tab = table;
        for (int i = hash(key, tab.length); tab[i] != null; i = nextKeyIndex(i, tab.length)) {
            if (tab[i] == key) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(mask(key));
        return i < 0 ? null : (V) table[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(mask(key)) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != null && table[i + 1] == value) {
                return true;
            }
        }
        return false;
    }

    private boolean containsMapping(Object key, Object value) {
        int i = indexOf(mask(key));
        return i >= 0 && table[i + 1] == value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = mask(key);
        while (true) {
            Object[] tab = table;
            int i = hash(k, tab.length);
            for (; tab[i] != null; i = nextKeyIndex(i, tab.length)) {
                if (tab[i] == k) {
                    V old = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return old;
                }
            }
            int s = size + 1;
            // grow when more than a third of the array's slots (two-thirds of the pairs) would be used
            if (s + (s << 1) > tab.length && resize(tab.length)) {
                continue;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size = s;
            return null;
        }
    }

    /** Rehashes into {@code 2 * capacity} array slots; false when the table cannot grow. */
    private boolean resize(int capacity) {
        int newLength = capacity * 2;
        Object[] old = table;
        if (old.length == 2 * MAXIMUM_CAPACITY) {
            if (size == MAXIMUM_CAPACITY - 1) {
                throw new IllegalStateException("Capacity exhausted.");
            }
            return false;
        }
        if (old.length >= newLength) {
            return false;
        }
        Object[] tab = new Object[newLength];
        for (int j = 0; j < old.length; j += 2) {
            Object key = old[j];
            if (key != null) {
                int i = hash(key, newLength);
                while (tab[i] != null) {
                    i = nextKeyIndex(i, newLength);
                }
                tab[i] = key;
                tab[i + 1] = old[j + 1];
            }
        }
        table = tab;
        return true;
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        int n = m.size();
        if (n == 0) {
            return;
        }
        if (n > size) {
            resize(capacity(n));
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(mask(key));
        if (i < 0) {
            return null;
        }
        V old = (V) table[i + 1];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        modCount++;
        size--;
        table[i] = null;
        table[i + 1] = null;
        closeDeletion(i);
    }

    /**
     * Moves up the entries after the emptied slot {@code d} that would no longer be found (Knuth,
     * TAOCP vol. 3, 6.4, algorithm R): an entry at {@code i} whose home is {@code r} moves into the
     * hole when the hole lies cyclically in {@code [r, i)}.
     */
    private void closeDeletion(int d) {
        Object[] tab = table;
        int len = tab.length;
        for (int i = nextKeyIndex(d, len); tab[i] != null; i = nextKeyIndex(i, len)) {
            int r = hash(tab[i], len);
            boolean holeReachable = r <= i ? r <= d && d < i : d >= r || d < i;
            if (holeReachable) {
                tab[d] = tab[i];
                tab[d + 1] = tab[i + 1];
                tab[i] = null;
                tab[i + 1] = null;
                d = i;
            }
        }
    }

    @Override
    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    /** Equal to another IdentityHashMap with the same key-value reference pairs, else as entry sets. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap<?, ?> m) {
            if (m.size != size) {
                return false;
            }
            for (int i = 0; i < table.length; i += 2) {
                if (table[i] != null && !m.containsMapping(unmask(table[i]), table[i + 1])) {
                    return false;
                }
            }
            return true;
        }
        return o instanceof Map<?, ?> m && entrySet().equals(m.entrySet());
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != null) {
                h += System.identityHashCode(unmask(table[i])) ^ System.identityHashCode(table[i + 1]);
            }
        }
        return h;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        try {
            IdentityHashMap<K, V> copy = (IdentityHashMap<K, V>) super.clone();
            copy.table = table.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Slots();
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof Map.Entry<?, ?> e && containsMapping(e.getKey(), e.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry<?, ?> e) || !containsMapping(e.getKey(), e.getValue())) {
                    return false;
                }
                IdentityHashMap.this.remove(e.getKey());
                return true;
            }

            @Override
            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }

    /**
     * Walks the slots in array order, failing fast, as the JDK's does. Removing through it empties
     * the slot and closes the probe chain up; the walk then resumes at the emptied slot, which may
     * have received a later entry. Only when an entry already passed (from a slot before the
     * removed one, by wrap-around) would move to a slot still ahead does it go on over a copy of
     * the rest of the table as it was, so that no entry is seen twice.
     */
    private final class Slots implements Iterator<Map.Entry<K, V>> {
        private Object[] walked = table;
        private int index;
        private int last = -1;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            while (index < walked.length && walked[index] == null) {
                index += 2;
            }
            return index < walked.length;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = index;
            index += 2;
            return new Slot(walked[last]);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            int deleted = last;
            last = -1;
            if (walked != table) {
                IdentityHashMap.this.remove(unmask(walked[deleted]));
                expectedModCount = modCount;
                return;
            }
            expectedModCount = ++modCount;
            size--;
            index = deleted;
            Object[] tab = table;
            int len = tab.length;
            int d = deleted;
            tab[d] = null;
            tab[d + 1] = null;
            for (int i = nextKeyIndex(d, len); tab[i] != null; i = nextKeyIndex(i, len)) {
                int r = hash(tab[i], len);
                if (r <= i ? r <= d && d < i : d >= r || d < i) {
                    if (i < deleted && d >= deleted && walked == table) {
                        walked = Arrays.copyOfRange(tab, deleted, len);
                        index = 0;
                    }
                    tab[d] = tab[i];
                    tab[d + 1] = tab[i + 1];
                    tab[i] = null;
                    tab[i + 1] = null;
                    d = i;
                }
            }
        }
    }

    /** An entry as its key (masked), found again in the live table on each read or write. */
    private final class Slot implements Map.Entry<K, V> {
        private final Object key;

        Slot(Object key) {
            this.key = key;
        }

        @Override
        public K getKey() {
            return unmask(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getValue() {
            int i = indexOf(key);
            if (i < 0) {
                throw new IllegalStateException();
            }
            return (V) table[i + 1];
        }

        @Override
        @SuppressWarnings("unchecked")
        public V setValue(V value) {
            int i = indexOf(key);
            if (i < 0) {
                throw new IllegalStateException();
            }
            V old = (V) table[i + 1];
            table[i + 1] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && e.getKey() == getKey() && e.getValue() == getValue();
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(getKey()) ^ System.identityHashCode(getValue());
        }

        @Override
        public String toString() {
            return getKey() + "=" + getValue();
        }
    }
}
