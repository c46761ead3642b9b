package java.util;

/**
 * A navigable set backed by a NavigableMap (a TreeMap, or a view of one). The same class serves
 * as the key set of a TreeMap or of its views: then it is a view too and cannot add elements.
 */
public class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E>, Cloneable, java.io.Serializable {
    private NavigableMap<E, Object> m;
    /** True when this is a map's key set: removal works, insertion throws (as the JDK's KeySet). */
    private boolean keyView;

    @SuppressWarnings("unchecked")
    TreeSet(NavigableMap<E, ?> m, boolean keyView) {
        this.m = (NavigableMap<E, Object>) m;
        this.keyView = keyView;
    }

    public TreeSet() {
        this(new TreeMap<E, Object>(), false);
    }

    public TreeSet(Comparator<? super E> comparator) {
        this(new TreeMap<E, Object>(comparator), false);
    }

    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public TreeSet(Collection<? extends E> c) {
        this();
        addAll(c);
    }

    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public TreeSet(SortedSet<E> s) {
        this(s.comparator());
        addAll(s);
    }

    @Override
    public Iterator<E> iterator() {
        return new AbstractMap.KeyIterator<>(m.entrySet().iterator());
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new AbstractMap.KeyIterator<>(m.descendingMap().entrySet().iterator());
    }

    @Override
    public int size() {
        return m.size();
    }

    @Override
    public boolean isEmpty() {
        return m.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    @Override
    public boolean add(E e) {
        if (keyView) {
            throw new UnsupportedOperationException();
        }
        return m.put(e, HashSet.PRESENT) == null;
    }

    @Override
    public boolean remove(Object o) {
        if (!keyView) {
            return m.remove(o) == HashSet.PRESENT;
        }
        if (!m.containsKey(o)) {
            return false;
        }
        m.remove(o);
        return true;
    }

    @Override
    public void clear() {
        m.clear();
    }

    /** A shallow copy over a new TreeMap with the same order (a copy of a view is a plain set). */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeSet<E> copy;
        try {
            copy = (TreeSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        TreeMap<E, Object> map = new TreeMap<>(m.comparator());
        for (E e : this) {
            map.put(e, HashSet.PRESENT);
        }
        copy.m = map;
        copy.keyView = false;
        return copy;
    }

    @Override
    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    @Override
    public E first() {
        return m.firstKey();
    }

    @Override
    public E last() {
        return m.lastKey();
    }

    @Override
    public E lower(E e) {
        return m.lowerKey(e);
    }

    @Override
    public E floor(E e) {
        return m.floorKey(e);
    }

    @Override
    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    @Override
    public E higher(E e) {
        return m.higherKey(e);
    }

    @Override
    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return e == null ? null : e.getKey();
    }

    @Override
    public NavigableSet<E> descendingSet() {
        return new TreeSet<>(m.descendingMap(), keyView);
    }

    @Override
    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeSet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive), keyView);
    }

    @Override
    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeSet<>(m.headMap(toElement, inclusive), keyView);
    }

    @Override
    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeSet<>(m.tailMap(fromElement, inclusive), keyView);
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }
}
