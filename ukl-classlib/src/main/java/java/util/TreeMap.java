package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A red-black tree (Cormen, Leiserson, Rivest, Stein, "Introduction to Algorithms", ch. 13),
 * ordered by the keys' natural order or a comparator. Navigation queries are O(log n); range and
 * descending views ({@link TreeSubMap}) are live views over the same tree. Iterators are
 * fail-fast.
 *
 * <p>Longer than most files here: the tree's queries, the compute family with the JDK's
 * ConcurrentModificationException checks, and the CLRS insert/delete fix-ups share the private
 * node links and belong together.
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    /** A tree node, the map's entry. */
    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left;
        Entry<K, V> right;
        Entry<K, V> parent;
        boolean black = true;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
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
            this.value = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return entryEquals(this, o);
        }

        @Override
        public int hashCode() {
            return entryHashCode(key, value);
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size;
    transient int modCount;

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    final int compare(Object a, Object b) {
        return comparator == null ? ((Comparable<Object>) a).compareTo(b) : comparator.compare((K) a, (K) b);
    }

    final Entry<K, V> getEntry(Object key) {
        Entry<K, V> p = root;
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    /** The least entry whose key is greater than (or equal to, if inclusive) key, or null. */
    final Entry<K, V> ceiling(Object key, boolean inclusive) {
        Entry<K, V> best = null;
        Entry<K, V> p = root;
        while (p != null) {
            int c = compare(key, p.key);
            if (c == 0 && inclusive) {
                return p;
            }
            if (c < 0) {
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The greatest entry whose key is less than (or equal to, if inclusive) key, or null. */
    final Entry<K, V> floor(Object key, boolean inclusive) {
        Entry<K, V> best = null;
        Entry<K, V> p = root;
        while (p != null) {
            int c = compare(key, p.key);
            if (c == 0 && inclusive) {
                return p;
            }
            if (c > 0) {
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Entry<K, V> first() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Entry<K, V> last() {
        Entry<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Entry<K, V> p = t.parent;
        Entry<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        for (Entry<K, V> e = first(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public V get(Object key) {
        Entry<K, V> p = getEntry(key);
        return p == null ? null : p.value;
    }

    @Override
    public V put(K key, V value) {
        Entry<K, V> t = root;
        if (t == null) {
            compare(key, key); // the JDK's type (and null) check of the first key
            root = new Entry<>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        int c;
        Entry<K, V> parent;
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                return t.setValue(value);
            }
        } while (t != null);
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (c < 0) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    @Override
    public V remove(Object key) {
        Entry<K, V> p = getEntry(key);
        if (p == null) {
            return null;
        }
        V old = p.value;
        deleteEntry(p);
        return old;
    }

    @Override
    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    /** As the JDK's: a mapping function that modifies this map fails the call. */
    private void checkUnmodified(int expectedModCount) {
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        Entry<K, V> e = getEntry(key);
        if (e != null && e.value != null) {
            return e.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        checkUnmodified(mc);
        if (e != null) {
            e.value = v;
        } else if (v != null) {
            put(key, v);
        }
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = getEntry(key);
        if (e == null || e.value == null) {
            return null;
        }
        int mc = modCount;
        V v = remappingFunction.apply(key, e.value);
        checkUnmodified(mc);
        if (v == null) {
            deleteEntry(e);
        } else {
            e.value = v;
        }
        return v;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Entry<K, V> e = getEntry(key);
        int mc = modCount;
        V v = remappingFunction.apply(key, e == null ? null : e.value);
        checkUnmodified(mc);
        if (e == null) {
            if (v != null) {
                put(key, v);
            }
        } else if (v == null) {
            deleteEntry(e);
        } else {
            e.value = v;
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Objects.requireNonNull(value);
        Entry<K, V> e = getEntry(key);
        if (e == null) {
            put(key, value);
            return value;
        }
        V v = value;
        if (e.value != null) {
            int mc = modCount;
            v = remappingFunction.apply(e.value, value);
            checkUnmodified(mc);
        }
        if (v == null) {
            deleteEntry(e);
        } else {
            e.value = v;
        }
        return v;
    }

    /** Fails as soon as an action modifies the map, as the JDK's TreeMap.forEach does. */
    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (Entry<K, V> e = first(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            checkUnmodified(mc);
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        for (Entry<K, V> e = first(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            checkUnmodified(mc);
        }
    }

    @Override
    public Comparator<? super K> comparator() {
        return comparator;
    }

    /** A shallow copy: the keys and values themselves are not cloned. */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> copy;
        try {
            copy = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        copy.root = null;
        copy.size = 0;
        copy.modCount = 0;
        for (Entry<K, V> e = first(); e != null; e = successor(e)) {
            copy.put(e.key, e.value);
        }
        return copy;
    }

    private TreeSubMap<K, V> all() {
        return new TreeSubMap<>(this, true, null, true, true, null, true, false);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return all().entrySet();
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
        return new TreeSubMap<>(this, true, null, true, true, null, true, true);
    }

    @Override
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TreeSubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    @Override
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TreeSubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    @Override
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TreeSubMap<>(this, false, fromKey, inclusive, true, null, true, false);
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
        return key(first());
    }

    @Override
    public K lastKey() {
        return key(last());
    }

    static <K> K key(Entry<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    static <K> K keyOrNull(Entry<K, ?> e) {
        return e == null ? null : e.key;
    }

    /** Query results are snapshots, as in the JDK (exportEntry). */
    static <K, V> Map.Entry<K, V> export(Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e.key, e.value);
    }

    @Override
    public Map.Entry<K, V> firstEntry() {
        return export(first());
    }

    @Override
    public Map.Entry<K, V> lastEntry() {
        return export(last());
    }

    @Override
    public Map.Entry<K, V> pollFirstEntry() {
        return poll(first());
    }

    @Override
    public Map.Entry<K, V> pollLastEntry() {
        return poll(last());
    }

    final Map.Entry<K, V> poll(Entry<K, V> e) {
        Map.Entry<K, V> out = export(e);
        if (e != null) {
            deleteEntry(e);
        }
        return out;
    }

    @Override
    public Map.Entry<K, V> lowerEntry(K key) {
        return export(floor(key, false));
    }

    @Override
    public K lowerKey(K key) {
        return keyOrNull(floor(key, false));
    }

    @Override
    public Map.Entry<K, V> floorEntry(K key) {
        return export(floor(key, true));
    }

    @Override
    public K floorKey(K key) {
        return keyOrNull(floor(key, true));
    }

    @Override
    public Map.Entry<K, V> ceilingEntry(K key) {
        return export(ceiling(key, true));
    }

    @Override
    public K ceilingKey(K key) {
        return keyOrNull(ceiling(key, true));
    }

    @Override
    public Map.Entry<K, V> higherEntry(K key) {
        return export(ceiling(key, false));
    }

    @Override
    public K higherKey(K key) {
        return keyOrNull(ceiling(key, false));
    }

    // Red-black balancing, CLRS ch. 13: a null child is black.

    private static <K, V> boolean isBlack(Entry<K, V> p) {
        return p == null || p.black;
    }

    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) {
        return p == null ? null : p.parent;
    }

    private static <K, V> void setBlack(Entry<K, V> p, boolean black) {
        if (p != null) {
            p.black = black;
        }
    }

    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) {
        return p == null ? null : p.left;
    }

    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) {
        return p == null ? null : p.right;
    }

    private void rotateLeft(Entry<K, V> p) {
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        r.parent = p.parent;
        if (p.parent == null) {
            root = r;
        } else if (p.parent.left == p) {
            p.parent.left = r;
        } else {
            p.parent.right = r;
        }
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Entry<K, V> p) {
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        l.parent = p.parent;
        if (p.parent == null) {
            root = l;
        } else if (p.parent.right == p) {
            p.parent.right = l;
        } else {
            p.parent.left = l;
        }
        l.right = p;
        p.parent = l;
    }

    /** CLRS RB-INSERT-FIXUP. */
    private void fixAfterInsertion(Entry<K, V> x) {
        x.black = false;
        while (x != null && x != root && !x.parent.black) {
            Entry<K, V> grand = parentOf(parentOf(x));
            if (parentOf(x) == leftOf(grand)) {
                Entry<K, V> uncle = rightOf(grand);
                if (!isBlack(uncle)) {
                    setBlack(parentOf(x), true);
                    setBlack(uncle, true);
                    setBlack(grand, false);
                    x = grand;
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setBlack(parentOf(x), true);
                    setBlack(parentOf(parentOf(x)), false);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> uncle = leftOf(grand);
                if (!isBlack(uncle)) {
                    setBlack(parentOf(x), true);
                    setBlack(uncle, true);
                    setBlack(grand, false);
                    x = grand;
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setBlack(parentOf(x), true);
                    setBlack(parentOf(parentOf(x)), false);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.black = true;
    }

    /**
     * Unlinks p. A node with two children takes its successor's key and value and the successor
     * node is unlinked instead (iterators account for that).
     */
    final void deleteEntry(Entry<K, V> p) {
        modCount++;
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) {
                root = replacement;
            } else if (p == p.parent.left) {
                p.parent.left = replacement;
            } else {
                p.parent.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
            if (p.black) {
                fixAfterDeletion(replacement);
            }
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.black) {
                fixAfterDeletion(p);
            }
            if (p.parent != null) {
                if (p == p.parent.left) {
                    p.parent.left = null;
                } else if (p == p.parent.right) {
                    p.parent.right = null;
                }
                p.parent = null;
            }
        }
    }

    /** CLRS RB-DELETE-FIXUP. */
    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && isBlack(x)) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (!isBlack(sib)) {
                    setBlack(sib, true);
                    setBlack(parentOf(x), false);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (isBlack(leftOf(sib)) && isBlack(rightOf(sib))) {
                    setBlack(sib, false);
                    x = parentOf(x);
                } else {
                    if (isBlack(rightOf(sib))) {
                        setBlack(leftOf(sib), true);
                        setBlack(sib, false);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setBlack(sib, isBlack(parentOf(x)));
                    setBlack(parentOf(x), true);
                    setBlack(rightOf(sib), true);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (!isBlack(sib)) {
                    setBlack(sib, true);
                    setBlack(parentOf(x), false);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (isBlack(rightOf(sib)) && isBlack(leftOf(sib))) {
                    setBlack(sib, false);
                    x = parentOf(x);
                } else {
                    if (isBlack(leftOf(sib))) {
                        setBlack(rightOf(sib), true);
                        setBlack(sib, false);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setBlack(sib, isBlack(parentOf(x)));
                    setBlack(parentOf(x), true);
                    setBlack(leftOf(sib), true);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setBlack(x, true);
    }
}
