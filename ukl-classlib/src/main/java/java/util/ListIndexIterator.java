package java.util;

/**
 * A list iterator over a list's positional operations ({@code get}, {@code set}, {@code add},
 * {@code remove} by index): the one behind {@link List#listIterator(int)} for lists that bring no
 * better one. Running off either end is NoSuchElementException, as in the JDK; {@link AbstractList}
 * extends it to fail fast on concurrent modification.
 */
class ListIndexIterator<E> implements ListIterator<E> {
    private final List<E> list;
    private int cursor;
    private int lastReturned = -1;

    ListIndexIterator(List<E> list, int index) {
        this.list = list;
        this.cursor = index;
    }

    /** Throws ConcurrentModificationException when the list changed behind this iterator. */
    void checkForComodification() {}

    /** Called after this iterator changed the list itself. */
    void changed() {}

    @Override
    public boolean hasNext() {
        return cursor != list.size();
    }

    @Override
    public E next() {
        checkForComodification();
        try {
            E e = list.get(cursor);
            lastReturned = cursor++;
            return e;
        } catch (IndexOutOfBoundsException e) {
            checkForComodification();
            throw new NoSuchElementException();
        }
    }

    @Override
    public boolean hasPrevious() {
        return cursor != 0;
    }

    @Override
    public E previous() {
        checkForComodification();
        try {
            E e = list.get(cursor - 1);
            lastReturned = --cursor;
            return e;
        } catch (IndexOutOfBoundsException e) {
            checkForComodification();
            throw new NoSuchElementException();
        }
    }

    @Override
    public int nextIndex() {
        return cursor;
    }

    @Override
    public int previousIndex() {
        return cursor - 1;
    }

    @Override
    public void remove() {
        if (lastReturned < 0) {
            throw new IllegalStateException();
        }
        checkForComodification();
        try {
            list.remove(lastReturned);
        } catch (IndexOutOfBoundsException e) {
            throw new ConcurrentModificationException();
        }
        if (lastReturned < cursor) {
            cursor--;
        }
        lastReturned = -1;
        changed();
    }

    @Override
    public void set(E e) {
        if (lastReturned < 0) {
            throw new IllegalStateException();
        }
        checkForComodification();
        try {
            list.set(lastReturned, e);
        } catch (IndexOutOfBoundsException ex) {
            throw new ConcurrentModificationException();
        }
        changed();
    }

    @Override
    public void add(E e) {
        checkForComodification();
        try {
            list.add(cursor++, e);
        } catch (IndexOutOfBoundsException ex) {
            throw new ConcurrentModificationException();
        }
        lastReturned = -1;
        changed();
    }
}
