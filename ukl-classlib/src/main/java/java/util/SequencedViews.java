package java.util;

import java.util.function.Predicate;

/**
 * The default sequenced views of a {@link SequencedMap}: its key set, values and entry set seen
 * through the map's own {@code keySet()}, {@code values()} and {@code entrySet()}, with the ends
 * through the map's first and last entries, as the JDK's defaults do. Adding is unsupported.
 */
final class SequencedViews {
    private SequencedViews() {}

    /** Removes and returns a snapshot of the iterator's next entry, or null at the end. */
    static <K, V> Map.Entry<K, V> poll(Iterator<Map.Entry<K, V>> it) {
        if (!it.hasNext()) {
            return null;
        }
        Map.Entry<K, V> e = new AbstractMap.SimpleImmutableEntry<>(it.next());
        it.remove();
        return e;
    }

    static <T> T nsee(T entry) {
        if (entry == null) {
            throw new NoSuchElementException();
        }
        return entry;
    }

    /** Everything but the ends and the reversal forwarded to the map's own view. */
    abstract static class View<K, V, E> implements SequencedCollection<E> {
        final SequencedMap<K, V> map;

        View(SequencedMap<K, V> map) {
            this.map = map;
        }

        abstract Collection<E> view();

        @Override
        public int size() {
            return view().size();
        }

        @Override
        public boolean isEmpty() {
            return view().isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return view().contains(o);
        }

        @Override
        public Object[] toArray() {
            return view().toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return view().toArray(a);
        }

        @Override
        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            return view().remove(o);
        }

        @Override
        public boolean containsAll(Collection<?> c) {
            return view().containsAll(c);
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return view().removeAll(c);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return view().retainAll(c);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            return view().removeIf(filter);
        }

        @Override
        public void clear() {
            view().clear();
        }

        @Override
        public Iterator<E> iterator() {
            return view().iterator();
        }

        @Override
        public void addFirst(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addLast(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return view().toString();
        }
    }

    static final class Keys<K, V> extends View<K, V, K> implements SequencedSet<K> {
        Keys(SequencedMap<K, V> map) {
            super(map);
        }

        @Override
        Collection<K> view() {
            return map.keySet();
        }

        @Override
        public SequencedSet<K> reversed() {
            return map.reversed().sequencedKeySet();
        }

        @Override
        public boolean equals(Object o) {
            return view().equals(o);
        }

        @Override
        public int hashCode() {
            return view().hashCode();
        }

        @Override
        public K getFirst() {
            return nsee(map.firstEntry()).getKey();
        }

        @Override
        public K getLast() {
            return nsee(map.lastEntry()).getKey();
        }

        @Override
        public K removeFirst() {
            return nsee(map.pollFirstEntry()).getKey();
        }

        @Override
        public K removeLast() {
            return nsee(map.pollLastEntry()).getKey();
        }
    }

    static final class Values<K, V> extends View<K, V, V> {
        Values(SequencedMap<K, V> map) {
            super(map);
        }

        @Override
        Collection<V> view() {
            return map.values();
        }

        @Override
        public SequencedCollection<V> reversed() {
            return map.reversed().sequencedValues();
        }

        @Override
        public V getFirst() {
            return nsee(map.firstEntry()).getValue();
        }

        @Override
        public V getLast() {
            return nsee(map.lastEntry()).getValue();
        }

        @Override
        public V removeFirst() {
            return nsee(map.pollFirstEntry()).getValue();
        }

        @Override
        public V removeLast() {
            return nsee(map.pollLastEntry()).getValue();
        }
    }

    static final class Entries<K, V> extends View<K, V, Map.Entry<K, V>> implements SequencedSet<Map.Entry<K, V>> {
        Entries(SequencedMap<K, V> map) {
            super(map);
        }

        @Override
        Collection<Map.Entry<K, V>> view() {
            return map.entrySet();
        }

        @Override
        public SequencedSet<Map.Entry<K, V>> reversed() {
            return map.reversed().sequencedEntrySet();
        }

        @Override
        public boolean equals(Object o) {
            return view().equals(o);
        }

        @Override
        public int hashCode() {
            return view().hashCode();
        }

        @Override
        public Map.Entry<K, V> getFirst() {
            return nsee(map.firstEntry());
        }

        @Override
        public Map.Entry<K, V> getLast() {
            return nsee(map.lastEntry());
        }

        @Override
        public Map.Entry<K, V> removeFirst() {
            return nsee(map.pollFirstEntry());
        }

        @Override
        public Map.Entry<K, V> removeLast() {
            return nsee(map.pollLastEntry());
        }
    }
}
