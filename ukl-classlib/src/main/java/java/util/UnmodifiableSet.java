package java.util;

import java.util.function.Predicate;

/**
 * A read-only view of a collection, used for {@code Collections.unmodifiableSet} and for the
 * values of an unmodifiable map: reads go through, mutators throw UnsupportedOperationException.
 * Equality and hash code are the wrapped collection's (for a set, Set's contract).
 */
class UnmodifiableSet<E> extends AbstractSet<E> {
    private final Collection<? extends E> c;

    UnmodifiableSet(Collection<? extends E> c) {
        this.c = Objects.requireNonNull(c);
    }

    @Override
    public int size() {
        return c.size();
    }

    @Override
    public boolean isEmpty() {
        return c.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return c.contains(o);
    }

    @Override
    public boolean containsAll(Collection<?> other) {
        return c.containsAll(other);
    }

    @Override
    public Object[] toArray() {
        return c.toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return c.toArray(a);
    }

    @Override
    public Iterator<E> iterator() {
        return new ReadOnlyIterator<>(c.iterator());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || c.equals(o);
    }

    @Override
    public int hashCode() {
        return c.hashCode();
    }

    @Override
    public String toString() {
        return c.toString();
    }

    @Override
    public boolean add(E e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends E> other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    private static final class ReadOnlyIterator<E> implements Iterator<E> {
        private final Iterator<? extends E> it;

        ReadOnlyIterator(Iterator<? extends E> it) {
            this.it = it;
        }

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
    }
}
