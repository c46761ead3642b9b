package java.util;

/**
 * {@code Collections.unmodifiableSequencedCollection/Set/Map} (JDK 21): read-only views whose
 * ends read through and whose reversed view is read-only too. Every mutator, the ends' included,
 * throws UnsupportedOperationException.
 */
final class UnmodifiableSequenced {
    private UnmodifiableSequenced() {}

    static final class Collection<E> extends AbstractCollection<E> implements SequencedCollection<E> {
        private final SequencedCollection<E> c;

        @SuppressWarnings("unchecked")
        Collection(SequencedCollection<? extends E> c) {
            this.c = (SequencedCollection<E>) Objects.requireNonNull(c);
        }

        @Override
        public int size() {
            return c.size();
        }

        @Override
        public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override
        public Iterator<E> iterator() {
            return readOnly(c.iterator());
        }

        @Override
        public boolean add(E e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(java.util.Collection<? extends E> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean remove(Object o) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(java.util.Collection<?> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(java.util.Collection<?> other) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return c.toString();
        }

        @Override
        public SequencedCollection<E> reversed() {
            return new Collection<>(c.reversed());
        }

        @Override
        public E getFirst() {
            return c.getFirst();
        }

        @Override
        public E getLast() {
            return c.getLast();
        }

        @Override
        public E removeFirst() {
            throw new UnsupportedOperationException();
        }

        @Override
        public E removeLast() {
            throw new UnsupportedOperationException();
        }
    }

    static final class Set<E> extends UnmodifiableSet<E> implements SequencedSet<E> {
        private final SequencedSet<E> s;

        @SuppressWarnings("unchecked")
        Set(SequencedSet<? extends E> s) {
            super(s);
            this.s = (SequencedSet<E>) s;
        }

        @Override
        public SequencedSet<E> reversed() {
            return new Set<>(s.reversed());
        }

        @Override
        public E getFirst() {
            return s.getFirst();
        }

        @Override
        public E getLast() {
            return s.getLast();
        }

        @Override
        public E removeFirst() {
            throw new UnsupportedOperationException();
        }

        @Override
        public E removeLast() {
            throw new UnsupportedOperationException();
        }
    }

    static final class Map<K, V> extends UnmodifiableMap<K, V> implements SequencedMap<K, V> {
        private final SequencedMap<K, V> m;

        @SuppressWarnings("unchecked")
        Map(SequencedMap<? extends K, ? extends V> m) {
            super(m);
            this.m = (SequencedMap<K, V>) m;
        }

        @Override
        public SequencedMap<K, V> reversed() {
            return new Map<>(m.reversed());
        }

        @Override
        public java.util.Map.Entry<K, V> pollFirstEntry() {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Map.Entry<K, V> pollLastEntry() {
            throw new UnsupportedOperationException();
        }

        @Override
        public V putFirst(K k, V v) {
            throw new UnsupportedOperationException();
        }

        @Override
        public V putLast(K k, V v) {
            throw new UnsupportedOperationException();
        }
    }

    private static <E> Iterator<E> readOnly(Iterator<E> it) {
        return new Iterator<E>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                return it.next();
            }

            @Override
            public void remove() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
