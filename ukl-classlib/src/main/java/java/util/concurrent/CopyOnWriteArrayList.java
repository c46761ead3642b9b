package java.util.concurrent;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list whose every change copies its array, so that readers and iterators work on an immutable
 * snapshot without locking; writers hold a monitor. Index errors and messages are the JDK's: a
 * bad index of get/set/remove is the array's own ArrayIndexOutOfBoundsException, that of add or
 * addAll an IndexOutOfBoundsException "Index: i, Size: n". Iterators do not support remove.
 */
public class CopyOnWriteArrayList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    private final transient Object lock = new Object();
    private transient volatile Object[] array;

    public CopyOnWriteArrayList() {
        array = new Object[0];
    }

    public CopyOnWriteArrayList(Collection<? extends E> c) {
        array = plainCopy(c.toArray());
    }

    public CopyOnWriteArrayList(E[] toCopyIn) {
        array = plainCopy(toCopyIn);
    }

    /** A copy typed Object[], so that any element may be stored later (toArray may return a narrower type). */
    private static Object[] plainCopy(Object[] es) {
        Object[] copy = new Object[es.length];
        System.arraycopy(es, 0, copy, 0, es.length);
        return copy;
    }

    final Object[] getArray() {
        return array;
    }

    @Override
    public int size() {
        return array.length;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    private static int indexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Objects.equals(o, es[i])) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Objects.equals(o, es[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        Object[] es = array;
        return indexOfRange(o, es, 0, es.length);
    }

    public int indexOf(E e, int index) {
        Object[] es = array;
        return indexOfRange(e, es, index, es.length);
    }

    @Override
    public int lastIndexOf(Object o) {
        Object[] es = array;
        return lastIndexOfRange(o, es, 0, es.length);
    }

    public int lastIndexOf(E e, int index) {
        Object[] es = array;
        return lastIndexOfRange(e, es, 0, index + 1);
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError();
        }
    }

    @Override
    public Object[] toArray() {
        return array.clone();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        Object[] es = array;
        int len = es.length;
        if (a.length < len) {
            T[] r = Arrays.copyOf(a, len);
            System.arraycopy(es, 0, r, 0, len);
            return r;
        }
        System.arraycopy(es, 0, a, 0, len);
        if (a.length > len) {
            a[len] = null;
        }
        return a;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) array[index];
    }

    @Override
    public E getFirst() {
        Object[] es = array;
        if (es.length == 0) {
            throw new NoSuchElementException();
        }
        return elementAt(es, 0);
    }

    @Override
    public E getLast() {
        Object[] es = array;
        if (es.length == 0) {
            throw new NoSuchElementException();
        }
        return elementAt(es, es.length - 1);
    }

    @SuppressWarnings("unchecked")
    private static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    @Override
    public E set(int index, E element) {
        synchronized (lock) {
            Object[] es = array;
            E old = elementAt(es, index);
            if (old != element) {
                es = es.clone();
                es[index] = element;
            }
            array = es;
            return old;
        }
    }

    @Override
    public boolean add(E e) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            es = Arrays.copyOf(es, len + 1);
            es[len] = e;
            array = es;
            return true;
        }
    }

    @Override
    public void add(int index, E element) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            if (index > len || index < 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
            }
            Object[] next = new Object[len + 1];
            System.arraycopy(es, 0, next, 0, index);
            System.arraycopy(es, index, next, index + 1, len - index);
            next[index] = element;
            array = next;
        }
    }

    @Override
    public void addFirst(E e) {
        add(0, e);
    }

    @Override
    public void addLast(E e) {
        add(e);
    }

    @Override
    public E remove(int index) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            E old = elementAt(es, index);
            Object[] next = new Object[len - 1];
            System.arraycopy(es, 0, next, 0, index);
            System.arraycopy(es, index + 1, next, index, len - index - 1);
            array = next;
            return old;
        }
    }

    @Override
    public E removeFirst() {
        synchronized (lock) {
            if (array.length == 0) {
                throw new NoSuchElementException();
            }
            return remove(0);
        }
    }

    @Override
    public E removeLast() {
        synchronized (lock) {
            int size = array.length;
            if (size == 0) {
                throw new NoSuchElementException();
            }
            return remove(size - 1);
        }
    }

    @Override
    public boolean remove(Object o) {
        synchronized (lock) {
            int i = indexOf(o);
            if (i < 0) {
                return false;
            }
            remove(i);
            return true;
        }
    }

    void removeRange(int fromIndex, int toIndex) {
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            if (fromIndex < 0 || toIndex > len || toIndex < fromIndex) {
                throw new IndexOutOfBoundsException();
            }
            Object[] next = new Object[len - (toIndex - fromIndex)];
            System.arraycopy(es, 0, next, 0, fromIndex);
            System.arraycopy(es, toIndex, next, fromIndex, len - toIndex);
            array = next;
        }
    }

    public boolean addIfAbsent(E e) {
        synchronized (lock) {
            if (contains(e)) {
                return false;
            }
            return add(e);
        }
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        Object[] es = array;
        for (Object e : c) {
            if (indexOfRange(e, es, 0, es.length) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(new Membership(c, true));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(new Membership(c, false));
    }

    /** Tests membership of a collection (or its absence), for removeAll and retainAll. */
    private static final class Membership implements Predicate<Object> {
        private final Collection<?> c;
        private final boolean in;

        Membership(Collection<?> c, boolean in) {
            this.c = c;
            this.in = in;
        }

        @Override
        public boolean test(Object o) {
            return c.contains(o) == in;
        }
    }

    public int addAllAbsent(Collection<? extends E> c) {
        synchronized (lock) {
            int added = 0;
            for (E e : c) {
                if (addIfAbsent(e)) {
                    added++;
                }
            }
            return added;
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            array = new Object[0];
        }
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        if (cs.length == 0) {
            return false;
        }
        synchronized (lock) {
            Object[] es = array;
            Object[] next = Arrays.copyOf(es, es.length + cs.length);
            System.arraycopy(cs, 0, next, es.length, cs.length);
            array = next;
            return true;
        }
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        Object[] cs = c.toArray();
        synchronized (lock) {
            Object[] es = array;
            int len = es.length;
            if (index > len || index < 0) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
            }
            if (cs.length == 0) {
                return false;
            }
            Object[] next = new Object[len + cs.length];
            System.arraycopy(es, 0, next, 0, index);
            System.arraycopy(cs, 0, next, index, cs.length);
            System.arraycopy(es, index, next, index + cs.length, len - index);
            array = next;
            return true;
        }
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = array;
        for (int i = 0; i < es.length; i++) {
            action.accept(elementAt(es, i));
        }
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        synchronized (lock) {
            Object[] es = array;
            Object[] kept = new Object[es.length];
            int n = 0;
            for (int i = 0; i < es.length; i++) {
                if (!filter.test(elementAt(es, i))) {
                    kept[n++] = es[i];
                }
            }
            if (n == es.length) {
                return false;
            }
            array = Arrays.copyOf(kept, n);
            return true;
        }
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        synchronized (lock) {
            Object[] es = array.clone();
            for (int i = 0; i < es.length; i++) {
                es[i] = operator.apply(elementAt(es, i));
            }
            array = es;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void sort(Comparator<? super E> c) {
        synchronized (lock) {
            Object[] es = array.clone();
            Arrays.sort(es, (Comparator<Object>) c);
            array = es;
        }
    }

    @Override
    public String toString() {
        return Arrays.toString(array);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List<?> list)) {
            return false;
        }
        Object[] es = array;
        Iterator<?> it = list.iterator();
        for (Object element : es) {
            if (!it.hasNext() || !Objects.equals(element, it.next())) {
                return false;
            }
        }
        return !it.hasNext();
    }

    @Override
    public int hashCode() {
        int hashCode = 1;
        for (Object x : array) {
            hashCode = 31 * hashCode + (x == null ? 0 : x.hashCode());
        }
        return hashCode;
    }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot<E>(array, 0);
    }

    /** Iterates the array as it was when the iterator was made. */
    static final class Snapshot<E> implements Iterator<E> {
        private final Object[] snapshot;
        private int cursor;

        Snapshot(Object[] es, int initialCursor) {
            snapshot = es;
            cursor = initialCursor;
        }

        @Override
        public boolean hasNext() {
            return cursor < snapshot.length;
        }

        @Override
        public E next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return elementAt(snapshot, cursor++);
        }

        @Override
        public void remove() {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        synchronized (lock) {
            Object[] es = array;
            if (fromIndex < 0 || toIndex > es.length || fromIndex > toIndex) {
                throw new IndexOutOfBoundsException();
            }
            return new SubList<E>(this, es, fromIndex, toIndex - fromIndex);
        }
    }

    /** A view of a range; any change of the list not made through it makes it throw CME, as the JDK's. */
    private static final class SubList<E> extends AbstractList<E> implements RandomAccess {
        private final CopyOnWriteArrayList<E> list;
        private final int offset;
        private int size;
        private Object[] expected;

        SubList(CopyOnWriteArrayList<E> list, Object[] es, int offset, int size) {
            this.list = list;
            this.expected = es;
            this.offset = offset;
            this.size = size;
        }

        private void check() {
            if (list.array != expected) {
                throw new ConcurrentModificationException();
            }
        }

        private void rangeCheck(int index, int bound) {
            if (index < 0 || index >= bound) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
            }
        }

        @Override
        public E get(int index) {
            synchronized (list.lock) {
                rangeCheck(index, size);
                check();
                return list.get(offset + index);
            }
        }

        @Override
        public E set(int index, E element) {
            synchronized (list.lock) {
                rangeCheck(index, size);
                check();
                E old = list.set(offset + index, element);
                expected = list.array;
                return old;
            }
        }

        @Override
        public int size() {
            synchronized (list.lock) {
                check();
                return size;
            }
        }

        @Override
        public void add(int index, E element) {
            synchronized (list.lock) {
                check();
                rangeCheck(index, size + 1);
                list.add(offset + index, element);
                expected = list.array;
                size++;
            }
        }

        @Override
        public E remove(int index) {
            synchronized (list.lock) {
                rangeCheck(index, size);
                check();
                E old = list.remove(offset + index);
                expected = list.array;
                size--;
                return old;
            }
        }

        @Override
        public void clear() {
            synchronized (list.lock) {
                check();
                list.removeRange(offset, offset + size);
                expected = list.array;
                size = 0;
            }
        }
    }
}
