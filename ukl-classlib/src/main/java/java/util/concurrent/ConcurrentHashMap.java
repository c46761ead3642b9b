package java.util.concurrent;

import java.util.AbstractMap;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongBinaryOperator;
import java.util.function.ToLongFunction;

/**
 * A hash table laid out like the JDK's ConcurrentHashMap, so that iteration order matches it for
 * keys with specified hash codes: hashes spread by {@code (h ^ (h >>> 16)) & 0x7fffffff}, a
 * power-of-two table sized from the constructor's argument as the JDK sizes it, new keys appended
 * to their bin (by {@code put} and the {@code compute} family alike), a resize when the count
 * reaches three quarters of the table, and the JDK's bin split on resize: the bin's last run of
 * nodes going to the same half is kept, the nodes before it are copied in front in reverse order.
 * A bin of 8+ nodes in a table smaller than 64 grows the table as the JDK's {@code tryPresize}
 * does; tree bins are not built (as in our HashMap, see there), which only changes the order of a
 * bin with 9+ colliding keys in a table of 64 or more.
 *
 * <p>Concurrency: writers hold one monitor per map; readers take none, as in the JDK, because a
 * writer never breaks a chain a reader may be walking (it appends, unlinks, or builds a new
 * table). Iterators are weakly consistent: they walk the table they started on and never throw
 * ConcurrentModificationException. Null keys and values are refused with NullPointerException.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    private static final int HASH_BITS = 0x7fffffff;

    static final class Node<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }
    }

    private volatile Node<K, V>[] table;
    /** Before the table exists: its initial size (0 for the default); after: the resize threshold. */
    private int sizeCtl;

    private long count;
    private final Object lock = new Object();

    private transient KeySetView<K, V> keySet;

    public ConcurrentHashMap() {}

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, 0.75f, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this(m.size());
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) {
            throw new IllegalArgumentException();
        }
        if (initialCapacity < concurrencyLevel) {
            initialCapacity = concurrencyLevel;
        }
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        sizeCtl = size >= (long) MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }

    // ---- table management (callers hold the lock)

    @SuppressWarnings("unchecked")
    private Node<K, V>[] initTable() {
        Node<K, V>[] tab = table;
        if (tab == null) {
            int n = sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY;
            tab = (Node<K, V>[]) new Node<?, ?>[n];
            table = tab;
            sizeCtl = n - (n >>> 2);
        }
        return tab;
    }

    /** After an insertion: resize while the count has reached the threshold (the JDK's addCount). */
    private void addedOne() {
        count++;
        Node<K, V>[] tab;
        while (count >= (long) sizeCtl && (tab = table) != null && tab.length < MAXIMUM_CAPACITY) {
            transfer(tab);
        }
    }

    /** A bin of 8+ nodes: the JDK grows a small table (tryPresize) and treeifies a large one. */
    private void longBin() {
        Node<K, V>[] tab = table;
        if (tab.length < MIN_TREEIFY_CAPACITY) {
            int size = tab.length << 1;
            int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
            while (c > sizeCtl && table.length < MAXIMUM_CAPACITY) {
                transfer(table);
            }
        }
    }

    /** Doubles the table, splitting each bin as the JDK's transfer does. */
    @SuppressWarnings("unchecked")
    private void transfer(Node<K, V>[] tab) {
        int n = tab.length;
        Node<K, V>[] next = (Node<K, V>[]) new Node<?, ?>[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                continue;
            }
            int runBit = f.hash & n;
            Node<K, V> lastRun = f;
            for (Node<K, V> p = f.next; p != null; p = p.next) {
                int b = p.hash & n;
                if (b != runBit) {
                    runBit = b;
                    lastRun = p;
                }
            }
            Node<K, V> ln = runBit == 0 ? lastRun : null;
            Node<K, V> hn = runBit == 0 ? null : lastRun;
            for (Node<K, V> p = f; p != lastRun; p = p.next) {
                if ((p.hash & n) == 0) {
                    ln = new Node<>(p.hash, p.key, p.val, ln);
                } else {
                    hn = new Node<>(p.hash, p.key, p.val, hn);
                }
            }
            next[i] = ln;
            next[i + n] = hn;
        }
        table = next;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    private static <K> boolean same(Node<K, ?> e, int hash, Object key) {
        K ek;
        return e.hash == hash && ((ek = e.key) == key || (ek != null && key.equals(ek)));
    }

    private Node<K, V> find(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null) {
            return null;
        }
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            if (same(e, h, key)) {
                return e;
            }
        }
        return null;
    }

    /** Nodes up to and including the last of the bin, for the JDK's "binCount". */
    private static int lengthThrough(Node<?, ?> first, Node<?, ?> last) {
        int n = 1;
        for (Node<?, ?> e = first; e != last; e = e.next) {
            n++;
        }
        return n;
    }

    // ---- Map

    @Override
    public int size() {
        long n = count;
        return n < 0L ? 0 : n > (long) Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    public long mappingCount() {
        return count < 0L ? 0L : count;
    }

    @Override
    public boolean isEmpty() {
        return count <= 0L;
    }

    @Override
    public V get(Object key) {
        Node<K, V> e = find(key);
        return e == null ? null : e.val;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        if (value == null) {
            throw new NullPointerException();
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            V v = w.next.val;
            if (v == value || (v != null && value.equals(v))) {
                return true;
            }
        }
        return false;
    }

    /** The legacy Hashtable name of containsValue. */
    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    private V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        int hash = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = initTable();
            int i = (tab.length - 1) & hash;
            Node<K, V> f = tab[i];
            if (f == null) {
                tab[i] = new Node<>(hash, key, value, null);
                addedOne();
                return null;
            }
            int binCount = 1;
            for (Node<K, V> e = f; ; ++binCount) {
                if (same(e, hash, key)) {
                    V old = e.val;
                    if (!onlyIfAbsent) {
                        e.val = value;
                    }
                    if (binCount >= TREEIFY_THRESHOLD) {
                        longBin();
                    }
                    return old;
                }
                if (e.next == null) {
                    e.next = new Node<>(hash, key, value, null);
                    break;
                }
                e = e.next;
            }
            if (binCount >= TREEIFY_THRESHOLD) {
                longBin();
            }
            addedOne();
            return null;
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (lock) {
            if (table != null) {
                int size = (int) Math.min((long) size() + m.size(), Integer.MAX_VALUE);
                int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
                while (c > sizeCtl && table.length < MAXIMUM_CAPACITY) {
                    transfer(table);
                }
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                putVal(e.getKey(), e.getValue(), false);
            }
        }
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    @Override
    public boolean remove(Object key, Object value) {
        if (key == null) {
            throw new NullPointerException();
        }
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null) {
            throw new NullPointerException();
        }
        return replaceNode(key, value, null);
    }

    /** Replaces (value non-null) or removes the mapping of key, if its value is cv (when non-null). */
    private V replaceNode(Object key, V value, Object cv) {
        int hash = spread(key.hashCode());
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab == null) {
                return null;
            }
            int i = (tab.length - 1) & hash;
            for (Node<K, V> e = tab[i], pred = null; e != null; pred = e, e = e.next) {
                if (same(e, hash, key)) {
                    V ev = e.val;
                    if (cv != null && cv != ev && !cv.equals(ev)) {
                        return null;
                    }
                    if (value != null) {
                        e.val = value;
                    } else {
                        unlink(tab, i, pred, e);
                    }
                    return ev;
                }
            }
            return null;
        }
    }

    private void unlink(Node<K, V>[] tab, int i, Node<K, V> pred, Node<K, V> e) {
        if (pred == null) {
            tab[i] = e.next;
        } else {
            pred.next = e.next;
        }
        count--;
    }

    @Override
    public void clear() {
        synchronized (lock) {
            Node<K, V>[] tab = table;
            if (tab != null) {
                for (int i = 0; i < tab.length; i++) {
                    for (Node<K, V> e = tab[i]; e != null; e = e.next) {
                        count--;
                    }
                    tab[i] = null;
                }
            }
        }
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return update(key, new AbsentOnly<K, V>(mappingFunction));
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return update(key, new PresentOnly<K, V>(remappingFunction));
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return update(key, new Remapping<K, V>(remappingFunction));
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        synchronized (lock) {
            return update(key, new Merging<K, V>(value, remappingFunction));
        }
    }

    /** How the compute family maps a key's current value (null when absent) to its new one. */
    private abstract static class Update<K, V> {
        /** Whether to call {@link #apply} for a key that is absent. */
        abstract boolean whenAbsent();

        /** Whether to call {@link #apply} for a key that is present. */
        abstract boolean whenPresent();

        abstract V apply(K key, V old);

        /** Whether a long bin grows the table afterwards (all but computeIfPresent, as in the JDK). */
        boolean treeifies() {
            return true;
        }
    }

    private static final class AbsentOnly<K, V> extends Update<K, V> {
        private final Function<? super K, ? extends V> f;

        AbsentOnly(Function<? super K, ? extends V> f) {
            this.f = f;
        }

        @Override
        boolean whenAbsent() {
            return true;
        }

        @Override
        boolean whenPresent() {
            return false;
        }

        @Override
        V apply(K key, V old) {
            return f.apply(key);
        }
    }

    private static final class PresentOnly<K, V> extends Update<K, V> {
        private final BiFunction<? super K, ? super V, ? extends V> f;

        PresentOnly(BiFunction<? super K, ? super V, ? extends V> f) {
            this.f = f;
        }

        @Override
        boolean treeifies() {
            return false;
        }

        @Override
        boolean whenAbsent() {
            return false;
        }

        @Override
        boolean whenPresent() {
            return true;
        }

        @Override
        V apply(K key, V old) {
            return f.apply(key, old);
        }
    }

    private static final class Remapping<K, V> extends Update<K, V> {
        private final BiFunction<? super K, ? super V, ? extends V> f;

        Remapping(BiFunction<? super K, ? super V, ? extends V> f) {
            this.f = f;
        }

        @Override
        boolean whenAbsent() {
            return true;
        }

        @Override
        boolean whenPresent() {
            return true;
        }

        @Override
        V apply(K key, V old) {
            return f.apply(key, old);
        }
    }

    private static final class Merging<K, V> extends Update<K, V> {
        private final V value;
        private final BiFunction<? super V, ? super V, ? extends V> f;

        Merging(V value, BiFunction<? super V, ? super V, ? extends V> f) {
            this.value = value;
            this.f = f;
        }

        @Override
        boolean whenAbsent() {
            return true;
        }

        @Override
        boolean whenPresent() {
            return true;
        }

        @Override
        V apply(K key, V old) {
            return old == null ? value : f.apply(old, value);
        }
    }

    /**
     * The compute family: a present key's node is updated or unlinked, an absent key's new node is
     * appended to its bin. A function that itself adds to the same bin or resizes the table makes
     * the JDK fail with "Recursive update"; so does this one.
     */
    private V update(K key, Update<K, V> u) {
        int hash = spread(key.hashCode());
        Node<K, V>[] tab = initTable();
        int i = (tab.length - 1) & hash;
        Node<K, V> pred = null;
        int binCount = 0;
        for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
            binCount++;
            if (same(e, hash, key)) {
                V val = e.val;
                if (u.whenPresent()) {
                    val = u.apply(key, val);
                    if (val != null) {
                        e.val = val;
                    } else if (table == tab && (pred == null ? tab[i] == e : pred.next == e)) {
                        unlink(tab, i, pred, e);
                    }
                }
                if (binCount >= TREEIFY_THRESHOLD && u.treeifies()) {
                    longBin();
                }
                return val;
            }
        }
        if (!u.whenAbsent()) {
            return null;
        }
        V val = u.apply(key, null);
        if (val != null) {
            if (table != tab || (pred == null ? tab[i] != null : pred.next != null)) {
                throw new IllegalStateException("Recursive update");
            }
            Node<K, V> node = new Node<>(hash, key, val, null);
            if (pred == null) {
                tab[i] = node;
            } else {
                pred.next = node;
            }
        }
        if (binCount >= TREEIFY_THRESHOLD && u.treeifies()) {
            longBin();
        }
        if (val != null) {
            addedOne();
        }
        return val;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            action.accept(w.next.key, w.next.val);
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) {
            throw new NullPointerException();
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            K key = w.next.key;
            V oldValue = w.next.val;
            while (true) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) {
                    throw new NullPointerException();
                }
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) {
                    break;
                }
            }
        }
    }

    // ---- bulk operations: the parallelism threshold is accepted and ignored (one vCPU)

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            action.accept(w.next.key);
        }
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null) {
            throw new NullPointerException();
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            action.accept(w.next.val);
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null) {
            throw new NullPointerException();
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            U u = searchFunction.apply(w.next.key, w.next.val);
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public <U> U reduce(
            long parallelismThreshold,
            BiFunction<? super K, ? super V, ? extends U> transformer,
            BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        U r = null;
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            U u = transformer.apply(w.next.key, w.next.val);
            if (u != null) {
                r = r == null ? u : reducer.apply(r, u);
            }
        }
        return r;
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        if (reducer == null) {
            throw new NullPointerException();
        }
        V r = null;
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            V v = w.next.val;
            r = r == null ? v : reducer.apply(r, v);
        }
        return r;
    }

    public long reduceValuesToLong(
            long parallelismThreshold, ToLongFunction<? super V> transformer, long basis, LongBinaryOperator reducer) {
        if (transformer == null || reducer == null) {
            throw new NullPointerException();
        }
        long r = basis;
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            r = reducer.applyAsLong(r, transformer.applyAsLong(w.next.val));
        }
        return r;
    }

    // ---- Object

    @Override
    public int hashCode() {
        int h = 0;
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            h += w.next.key.hashCode() ^ w.next.val.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append('{');
        Walker<K, V> w = new Walker<>(table);
        while (w.next != null) {
            K k = w.next.key;
            V v = w.next.val;
            sb.append(k == this ? "(this Map)" : k).append('=').append(v == this ? "(this Map)" : v);
            w.advance();
            if (w.next != null) {
                sb.append(',').append(' ');
            }
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Map<?, ?> m)) {
            return false;
        }
        for (Walker<K, V> w = new Walker<>(table); w.next != null; w.advance()) {
            V val = w.next.val;
            Object v = m.get(w.next.key);
            if (v == null || (v != val && !v.equals(val))) {
                return false;
            }
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk = e.getKey();
            Object mv = e.getValue();
            Object v;
            if (mk == null || mv == null || (v = get(mk)) == null || (mv != v && !mv.equals(v))) {
                return false;
            }
        }
        return true;
    }

    // ---- views

    @Override
    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return ks != null ? ks : (keySet = new KeySetView<>(this, null));
    }

    /** A key set view whose {@code add} maps added keys to {@code mappedValue}. */
    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) {
            throw new NullPointerException();
        }
        return new KeySetView<>(this, mappedValue);
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    @Override
    public java.util.Collection<V> values() {
        return new ValuesView<>(this);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySetView<>(this);
    }

    public Enumeration<K> keys() {
        return new KeyIterator<>(this);
    }

    public Enumeration<V> elements() {
        return new ValueIterator<>(this);
    }

    /** Walks a table's bins in index order, each bin from its head (the JDK's Traverser, without resizes). */
    static class Walker<K, V> {
        private final Node<K, V>[] tab;
        private int index;
        Node<K, V> next;

        Walker(Node<K, V>[] tab) {
            this.tab = tab;
            advance();
        }

        final void advance() {
            Node<K, V> e = next;
            if (e != null) {
                e = e.next;
            }
            while (e == null && tab != null && index < tab.length) {
                e = tab[index++];
            }
            next = e;
        }
    }

    abstract static class BaseIterator<K, V> extends Walker<K, V> {
        final ConcurrentHashMap<K, V> map;
        Node<K, V> lastReturned;

        BaseIterator(ConcurrentHashMap<K, V> map) {
            super(map.table);
            this.map = map;
        }

        public final boolean hasNext() {
            return next != null;
        }

        public final boolean hasMoreElements() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            lastReturned = e;
            advance();
            return e;
        }

        public final void remove() {
            Node<K, V> p = lastReturned;
            if (p == null) {
                throw new IllegalStateException();
            }
            lastReturned = null;
            map.replaceNode(p.key, null, null);
        }
    }

    static final class KeyIterator<K, V> extends BaseIterator<K, V> implements Iterator<K>, Enumeration<K> {
        KeyIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public K next() {
            return nextNode().key;
        }

        @Override
        public K nextElement() {
            return next();
        }
    }

    static final class ValueIterator<K, V> extends BaseIterator<K, V> implements Iterator<V>, Enumeration<V> {
        ValueIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public V next() {
            return nextNode().val;
        }

        @Override
        public V nextElement() {
            return next();
        }
    }

    static final class EntryIterator<K, V> extends BaseIterator<K, V> implements Iterator<Map.Entry<K, V>> {
        EntryIterator(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public Map.Entry<K, V> next() {
            Node<K, V> e = nextNode();
            return new MapEntry<>(e.key, e.val, map);
        }
    }

    /** An entry handed out by iteration: setValue writes through to the map, as the JDK's MapEntry. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V val;
        private final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return val;
        }

        @Override
        public V setValue(V value) {
            if (value == null) {
                throw new NullPointerException();
            }
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ val.hashCode();
        }

        @Override
        public String toString() {
            return key + "=" + val;
        }

        @Override
        public boolean equals(Object o) {
            Object k;
            Object v;
            return o instanceof Map.Entry<?, ?> e
                    && (k = e.getKey()) != null
                    && (v = e.getValue()) != null
                    && (k == key || k.equals(key))
                    && (v == val || v.equals(val));
        }
    }

    /** The key set of a map; with a mapped value, {@code add} puts keys with it. */
    public static final class KeySetView<K, V> extends java.util.AbstractSet<K>
            implements Set<K>, java.io.Serializable {
        private final ConcurrentHashMap<K, V> map;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        public V getMappedValue() {
            return value;
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
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator<>(map);
        }

        @Override
        public boolean add(K e) {
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            return map.putVal(e, v, true) == null;
        }

        @Override
        public boolean addAll(java.util.Collection<? extends K> c) {
            boolean added = false;
            V v = value;
            if (v == null) {
                throw new UnsupportedOperationException();
            }
            for (K e : c) {
                if (map.putVal(e, v, true) == null) {
                    added = true;
                }
            }
            return added;
        }
    }

    static final class ValuesView<K, V> extends java.util.AbstractCollection<V> {
        private final ConcurrentHashMap<K, V> map;

        ValuesView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator<>(map);
        }

        @Override
        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(java.util.Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }
    }

    static final class EntrySetView<K, V> extends java.util.AbstractSet<Map.Entry<K, V>> {
        private final ConcurrentHashMap<K, V> map;

        EntrySetView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public boolean contains(Object o) {
            Object k;
            Object v;
            Object r;
            return o instanceof Map.Entry<?, ?> e
                    && (k = e.getKey()) != null
                    && (r = map.get(k)) != null
                    && (v = e.getValue()) != null
                    && (v == r || v.equals(r));
        }

        @Override
        public boolean remove(Object o) {
            Object k;
            Object v;
            return o instanceof Map.Entry<?, ?> e
                    && (k = e.getKey()) != null
                    && (v = e.getValue()) != null
                    && map.remove(k, v);
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator<>(map);
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }
    }
}
