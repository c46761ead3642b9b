package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted concurrent map with the JDK's ConcurrentSkipListMap API and behaviour, kept in a
 * TreeMap under one monitor rather than a lock-free skip list (one vCPU; what programs see is
 * the NavigableMap contract, not the structure). Null keys and values are refused; entries
 * handed out are immutable snapshots; iterators are weakly consistent: each step looks up the
 * next key after the last one returned, so changes made meanwhile never throw
 * ConcurrentModificationException. Sub-maps and the descending map are views sharing the monitor.
 */
public class ConcurrentSkipListMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    /** The whole TreeMap, or a view of it for a sub-map. */
    private final NavigableMap<K, V> m;

    private final Object lock;

    public ConcurrentSkipListMap() {
        this(new TreeMap<K, V>(), new Object());
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this(new TreeMap<K, V>(comparator), new Object());
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this();
        putAll(m);
    }

    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        this(new TreeMap<K, V>(m.comparator()), new Object());
        putAll(m);
    }

    private ConcurrentSkipListMap(NavigableMap<K, V> m, Object lock) {
        this.m = m;
        this.lock = lock;
    }

    static <K, V> Map.Entry<K, V> snapshot(Map.Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e.getKey(), e.getValue());
    }

    private static void check(Object o) {
        if (o == null) {
            throw new NullPointerException();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public ConcurrentSkipListMap<K, V> clone() {
        synchronized (lock) {
            TreeMap<K, V> copy = new TreeMap<K, V>((Comparator<? super K>) m.comparator());
            copy.putAll(m);
            return new ConcurrentSkipListMap<K, V>(copy, new Object());
        }
    }

    // ---- Map and ConcurrentMap

    @Override
    public boolean containsKey(Object key) {
        check(key);
        synchronized (lock) {
            return m.containsKey(key);
        }
    }

    @Override
    public V get(Object key) {
        check(key);
        synchronized (lock) {
            return m.get(key);
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public V put(K key, V value) {
        check(key);
        check(value);
        synchronized (lock) {
            return m.put(key, value);
        }
    }

    @Override
    public V remove(Object key) {
        check(key);
        synchronized (lock) {
            return m.remove(key);
        }
    }

    @Override
    public boolean containsValue(Object value) {
        check(value);
        synchronized (lock) {
            return m.containsValue(value);
        }
    }

    @Override
    public int size() {
        synchronized (lock) {
            return m.size();
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (lock) {
            return m.isEmpty();
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            m.clear();
        }
    }

    @Override
    public V putIfAbsent(K key, V value) {
        check(key);
        check(value);
        synchronized (lock) {
            V old = m.get(key);
            return old != null ? old : m.put(key, value);
        }
    }

    @Override
    public boolean remove(Object key, Object value) {
        check(key);
        synchronized (lock) {
            V old = m.get(key);
            if (value == null || old == null || !old.equals(value)) {
                return false;
            }
            m.remove(key);
            return true;
        }
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        check(key);
        check(oldValue);
        check(newValue);
        synchronized (lock) {
            V old = m.get(key);
            if (old == null || !old.equals(oldValue)) {
                return false;
            }
            m.put(key, newValue);
            return true;
        }
    }

    @Override
    public V replace(K key, V value) {
        check(key);
        check(value);
        synchronized (lock) {
            return m.containsKey(key) ? m.put(key, value) : null;
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        check(key);
        check(mappingFunction);
        synchronized (lock) {
            V v = m.get(key);
            if (v == null && (v = mappingFunction.apply(key)) != null) {
                m.put(key, v);
            }
            return v;
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        check(key);
        check(remappingFunction);
        synchronized (lock) {
            V old = m.get(key);
            if (old == null) {
                return null;
            }
            V v = remappingFunction.apply(key, old);
            if (v == null) {
                m.remove(key);
            } else {
                m.put(key, v);
            }
            return v;
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        check(key);
        check(remappingFunction);
        synchronized (lock) {
            V v = remappingFunction.apply(key, m.get(key));
            if (v == null) {
                m.remove(key);
            } else {
                m.put(key, v);
            }
            return v;
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        check(key);
        check(value);
        check(remappingFunction);
        synchronized (lock) {
            V old = m.get(key);
            V v = old == null ? value : remappingFunction.apply(old, value);
            if (v == null) {
                m.remove(key);
            } else {
                m.put(key, v);
            }
            return v;
        }
    }

    // ---- SortedMap and NavigableMap

    @Override
    public Comparator<? super K> comparator() {
        return m.comparator();
    }

    @Override
    public K firstKey() {
        synchronized (lock) {
            return m.firstKey();
        }
    }

    @Override
    public K lastKey() {
        synchronized (lock) {
            return m.lastKey();
        }
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        check(key);
        synchronized (lock) {
            return snapshot(m.lowerEntry(key));
        }
    }

    @Override
    public K lowerKey(K key) {
        check(key);
        synchronized (lock) {
            return m.lowerKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        check(key);
        synchronized (lock) {
            return snapshot(m.floorEntry(key));
        }
    }

    @Override
    public K floorKey(K key) {
        check(key);
        synchronized (lock) {
            return m.floorKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        check(key);
        synchronized (lock) {
            return snapshot(m.ceilingEntry(key));
        }
    }

    @Override
    public K ceilingKey(K key) {
        check(key);
        synchronized (lock) {
            return m.ceilingKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        check(key);
        synchronized (lock) {
            return snapshot(m.higherEntry(key));
        }
    }

    @Override
    public K higherKey(K key) {
        check(key);
        synchronized (lock) {
            return m.higherKey(key);
        }
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        synchronized (lock) {
            return snapshot(m.firstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        synchronized (lock) {
            return snapshot(m.lastEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        synchronized (lock) {
            return snapshot(m.pollFirstEntry());
        }
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        synchronized (lock) {
            return snapshot(m.pollLastEntry());
        }
    }

    /** A view of part of this map; the TreeMap's range errors carry the JDK's CSLM messages. */
    private ConcurrentSkipListMap<K, V> view(K from, boolean fromInclusive, K to, boolean toInclusive, int which) {
        try {
            NavigableMap<K, V> v =
                    switch (which) {
                        case 0 -> m.subMap(from, fromInclusive, to, toInclusive);
                        case 1 -> m.headMap(to, toInclusive);
                        default -> m.tailMap(from, fromInclusive);
                    };
            return new ConcurrentSkipListMap<K, V>(v, lock);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "fromKey > toKey".equals(e.getMessage()) ? "inconsistent range" : "key out of range");
        }
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        check(fromKey);
        check(toKey);
        return view(fromKey, fromInclusive, toKey, toInclusive, 0);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        check(toKey);
        return view(null, false, toKey, inclusive, 1);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        check(fromKey);
        return view(fromKey, inclusive, null, false, 2);
    }

    @Override
    public ConcurrentNavigableMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    @Override
    public ConcurrentNavigableMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    @Override
    public ConcurrentNavigableMap<K, V> descendingMap() {
        return new ConcurrentSkipListMap<K, V>(m.descendingMap(), lock);
    }

    // ---- views

    @Override
    public NavigableSet<K> keySet() {
        return new KeySet<K>(this);
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new KeySet<K>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return new KeySet<K>(descendingMap());
    }

    @Override
    public Collection<V> values() {
        return new Values<V>(this);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet<K, V>(this);
    }

    /** Walks the map in its order, looking up each next entry after the last key returned. */
    abstract static class Walk<K, V, T> implements Iterator<T> {
        private final ConcurrentSkipListMap<K, V> map;
        private Map.Entry<K, V> next;
        private K lastReturned;

        Walk(ConcurrentSkipListMap<K, V> map) {
            this.map = map;
            this.next = map.firstEntry();
        }

        abstract T project(Map.Entry<K, V> e);

        @Override
        public final boolean hasNext() {
            return next != null;
        }

        @Override
        public final T next() {
            Map.Entry<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            lastReturned = e.getKey();
            next = map.higherEntry(lastReturned);
            return project(e);
        }

        @Override
        public final void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            map.remove(lastReturned);
            lastReturned = null;
        }
    }

    private static final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
        private final ConcurrentSkipListMap<K, V> map;

        EntrySet(ConcurrentSkipListMap<K, V> map) {
            this.map = map;
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new Walk<K, V, Map.Entry<K, V>>(map) {
                @Override
                Map.Entry<K, V> project(Map.Entry<K, V> e) {
                    return e;
                }
            };
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry<?, ?> e)) {
                return false;
            }
            Object k = e.getKey();
            if (k == null) {
                return false;
            }
            @SuppressWarnings("unchecked")
            V v = map.get(k);
            return v != null && v.equals(e.getValue());
        }

        @Override
        public boolean remove(Object o) {
            return o instanceof Map.Entry<?, ?> e && e.getKey() != null && map.remove(e.getKey(), e.getValue());
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
        public void clear() {
            map.clear();
        }
    }

    private static final class Values<V> extends AbstractCollection<V> {
        private final ConcurrentSkipListMap<?, V> map;

        Values(ConcurrentSkipListMap<?, V> map) {
            this.map = map;
        }

        @Override
        public Iterator<V> iterator() {
            return walkValues(map);
        }

        private static <K, V> Iterator<V> walkValues(ConcurrentSkipListMap<K, V> map) {
            return new Walk<K, V, V>(map) {
                @Override
                V project(Map.Entry<K, V> e) {
                    return e.getValue();
                }
            };
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
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
        public void clear() {
            map.clear();
        }
    }

    static <K> Iterator<K> walkKeys(ConcurrentNavigableMap<K, ?> map) {
        return walkKeysOf((ConcurrentSkipListMap<K, ?>) map);
    }

    private static <K, V> Iterator<K> walkKeysOf(ConcurrentSkipListMap<K, V> map) {
        return new Walk<K, V, K>(map) {
            @Override
            K project(Map.Entry<K, V> e) {
                return e.getKey();
            }
        };
    }
}
