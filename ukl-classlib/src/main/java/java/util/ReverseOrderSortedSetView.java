package java.util;

/**
 * {@link SortedSet#reversed()} for a sorted set that is not navigable (a navigable one answers
 * with its descending set): a live view in the opposite order. The iterator finds each next
 * element as the last of the head set before the previous one, so a step costs a search.
 * Range views of this view are not written (every sorted set in this library is navigable): they
 * throw UnsupportedOperationException naming the fix, where the JDK's filter the base.
 */
final class ReverseOrderSortedSetView<E> extends AbstractSet<E> implements SortedSet<E> {
    final SortedSet<E> base;
    private final Comparator<? super E> comparator;

    private ReverseOrderSortedSetView(SortedSet<E> base) {
        this.base = base;
        this.comparator = Collections.reverseOrder(base.comparator());
    }

    static <T> SortedSet<T> of(SortedSet<T> set) {
        return set instanceof ReverseOrderSortedSetView<T> view ? view.base : new ReverseOrderSortedSetView<>(set);
    }

    @Override
    public SortedSet<E> reversed() {
        return base;
    }

    @Override
    public Comparator<? super E> comparator() {
        return comparator;
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public boolean contains(Object o) {
        return base.contains(o);
    }

    @Override
    public boolean add(E e) {
        return base.add(e);
    }

    @Override
    public boolean remove(Object o) {
        return base.remove(o);
    }

    @Override
    public void clear() {
        base.clear();
    }

    @Override
    public E first() {
        return base.last();
    }

    @Override
    public E last() {
        return base.first();
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private boolean started;
            private E next;
            private boolean hasNext = !base.isEmpty();
            private E last;
            private boolean canRemove;

            @Override
            public boolean hasNext() {
                return hasNext;
            }

            @Override
            public E next() {
                if (!hasNext) {
                    throw new NoSuchElementException();
                }
                E e = started ? next : base.last();
                started = true;
                SortedSet<E> before = base.headSet(e);
                hasNext = !before.isEmpty();
                next = hasNext ? before.last() : null;
                last = e;
                canRemove = true;
                return e;
            }

            @Override
            public void remove() {
                if (!canRemove) {
                    throw new IllegalStateException();
                }
                canRemove = false;
                base.remove(last);
            }
        };
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
        throw ranges();
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
        throw ranges();
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
        throw ranges();
    }

    static UnsupportedOperationException ranges() {
        return new UnsupportedOperationException(
                "range views of the reversed view of a sorted set that is not navigable: use a NavigableSet"
                        + " (TreeSet) and its descendingSet()");
    }
}
