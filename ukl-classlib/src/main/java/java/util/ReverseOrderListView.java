package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * {@link List#reversed()}: a live view of a list in the opposite order, as the JDK's. Index
 * {@code i} of the view is index {@code size - 1 - i} of the base; adding at the view's end adds at
 * the base's front. An unmodifiable view (of an immutable list) refuses every change before it
 * looks at the arguments, as the JDK's does; a modifiable one leaves refusing to the base.
 */
class ReverseOrderListView<E> extends AbstractCollection<E> implements List<E> {
    final List<E> base;
    final boolean modifiable;

    static <T> List<T> of(List<T> list, boolean modifiable) {
        return list instanceof RandomAccess
                ? new Rand<>(list, modifiable)
                : new ReverseOrderListView<>(list, modifiable);
    }

    static final class Rand<E> extends ReverseOrderListView<E> implements RandomAccess {
        Rand(List<E> list, boolean modifiable) {
            super(list, modifiable);
        }
    }

    ReverseOrderListView(List<E> base, boolean modifiable) {
        this.base = base;
        this.modifiable = modifiable;
    }

    private void checkModifiable() {
        if (!modifiable) {
            throw new UnsupportedOperationException();
        }
    }

    private static void checkPosition(int index, int size) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    @Override
    public int size() {
        return base.size();
    }

    @Override
    public boolean isEmpty() {
        return base.isEmpty();
    }

    @Override
    public boolean contains(Object o) {
        return base.contains(o);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return base.containsAll(c);
    }

    @Override
    public Iterator<E> iterator() {
        return new Descending(base.size(), 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Descending(base.size(), 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        int size = base.size();
        checkPosition(index, size);
        return new Descending(size, index);
    }

    @Override
    public Object[] toArray() {
        return reverse(base.toArray());
    }

    private static Object[] reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    @Override
    public boolean add(E e) {
        checkModifiable();
        base.add(0, e);
        return true;
    }

    @Override
    public void add(int index, E element) {
        checkModifiable();
        int size = base.size();
        checkPosition(index, size);
        base.add(size - index, element);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        checkModifiable();
        return addReversed(0, c);
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        checkModifiable();
        int size = base.size();
        checkPosition(index, size);
        return addReversed(size - index, c);
    }

    @SuppressWarnings("unchecked")
    private boolean addReversed(int at, Collection<? extends E> c) {
        Object[] adds = reverse(c.toArray());
        if (adds.length == 0) {
            return false;
        }
        base.addAll(at, (List<E>) Arrays.asList(adds));
        return true;
    }

    @Override
    public E get(int index) {
        int size = base.size();
        Objects.checkIndex(index, size);
        return base.get(size - 1 - index);
    }

    @Override
    public E set(int index, E element) {
        checkModifiable();
        int size = base.size();
        Objects.checkIndex(index, size);
        return base.set(size - 1 - index, element);
    }

    @Override
    public E remove(int index) {
        checkModifiable();
        int size = base.size();
        Objects.checkIndex(index, size);
        return base.remove(size - 1 - index);
    }

    @Override
    public boolean remove(Object o) {
        checkModifiable();
        return super.remove(o);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        checkModifiable();
        return super.removeAll(c);
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        checkModifiable();
        return super.retainAll(c);
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        checkModifiable();
        return base.removeIf(filter);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        checkModifiable();
        base.replaceAll(operator);
    }

    @Override
    public void sort(Comparator<? super E> c) {
        checkModifiable();
        base.sort(Collections.reverseOrder(c));
    }

    @Override
    public void clear() {
        checkModifiable();
        base.clear();
    }

    @Override
    public int indexOf(Object o) {
        int i = base.lastIndexOf(o);
        return i < 0 ? -1 : base.size() - 1 - i;
    }

    @Override
    public int lastIndexOf(Object o) {
        int i = base.indexOf(o);
        return i < 0 ? -1 : base.size() - 1 - i;
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        int size = base.size();
        Objects.checkFromToIndex(fromIndex, toIndex, size);
        return new ReverseOrderListView<>(base.subList(size - toIndex, size - fromIndex), modifiable);
    }

    @Override
    public List<E> reversed() {
        return base;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List<?> other)) {
            return false;
        }
        Iterator<E> a = iterator();
        Iterator<?> b = other.iterator();
        while (a.hasNext() && b.hasNext()) {
            if (!Objects.equals(a.next(), b.next())) {
                return false;
            }
        }
        return !(a.hasNext() || b.hasNext());
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (E e : this) {
            h = 31 * h + Objects.hashCode(e);
        }
        return h;
    }

    /** The base's list iterator walked backwards. */
    private final class Descending implements ListIterator<E> {
        private final ListIterator<E> it;

        Descending(int size, int pos) {
            it = base.listIterator(size - pos);
        }

        @Override
        public boolean hasNext() {
            return it.hasPrevious();
        }

        @Override
        public E next() {
            return it.previous();
        }

        @Override
        public boolean hasPrevious() {
            return it.hasNext();
        }

        @Override
        public E previous() {
            return it.next();
        }

        @Override
        public int nextIndex() {
            return base.size() - it.nextIndex();
        }

        @Override
        public int previousIndex() {
            return nextIndex() - 1;
        }

        @Override
        public void remove() {
            checkModifiable();
            it.remove();
        }

        @Override
        public void set(E e) {
            checkModifiable();
            it.set(e);
        }

        @Override
        public void add(E e) {
            checkModifiable();
            it.add(e);
            it.previous();
        }
    }
}
