package java.util;

/** Skeleton of a random-access list over {@code get} and {@code size}, with fail-fast iterators. */
public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    /** Structural modifications so far; iterators compare it to detect concurrent modification. */
    protected transient int modCount;

    protected AbstractList() {}

    @Override
    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    @Override
    public E set(int index, E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < size(); i++) {
            if (Objects.equals(o, get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        for (int i = size() - 1; i >= 0; i--) {
            if (Objects.equals(o, get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void clear() {
        for (int i = size() - 1; i >= 0; i--) {
            remove(i);
        }
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        int i = index;
        for (E e : c) {
            add(i++, e);
        }
        return !c.isEmpty();
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr(0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    /** An index past the end is the JDK's {@code "Index: i, Size: n"}. */
    @Override
    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size());
        }
        return new Itr(index);
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size());
        return new SubList<>(this, fromIndex, toIndex);
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
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }

    /** A list iterator that fails fast when the list changes other than through it. */
    private final class Itr extends ListIndexIterator<E> {
        private int expectedModCount = modCount;

        Itr(int index) {
            super(AbstractList.this, index);
        }

        @Override
        void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        void changed() {
            expectedModCount = modCount;
        }
    }

    /** A view of {@code [from, to)} of a list; writes go through to it. */
    private static final class SubList<E> extends AbstractList<E> {
        private final AbstractList<E> root;
        private final int offset;
        private int size;

        SubList(AbstractList<E> root, int from, int to) {
            this.root = root;
            this.offset = from;
            this.size = to - from;
            this.modCount = root.modCount;
        }

        @Override
        public E get(int index) {
            Objects.checkIndex(index, size);
            return root.get(offset + index);
        }

        @Override
        public E set(int index, E element) {
            Objects.checkIndex(index, size);
            return root.set(offset + index, element);
        }

        @Override
        public void add(int index, E element) {
            if (index < 0 || index > size) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
            }
            root.add(offset + index, element);
            size++;
            modCount++;
        }

        @Override
        public E remove(int index) {
            Objects.checkIndex(index, size);
            E old = root.remove(offset + index);
            size--;
            modCount++;
            return old;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
