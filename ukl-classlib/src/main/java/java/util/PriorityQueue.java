package java.util;

import java.io.Serializable;
import java.util.function.Predicate;

/**
 * A priority queue on a binary heap in an array: the parent of slot k is slot (k - 1) / 2. The
 * sift steps, the growth-independent slot of every element, {@code removeAt} and the iterator
 * follow the JDK's, so iteration order, {@code toString} and {@code toArray} (heap order, not
 * sorted) match it element for element.
 */
public class PriorityQueue<E> extends AbstractQueue<E> implements Serializable {
    private static final int DEFAULT_CAPACITY = 11;

    private Object[] queue;
    private int size;
    private final Comparator<? super E> comparator;
    private int modCount;

    public PriorityQueue() {
        this(DEFAULT_CAPACITY, null);
    }

    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityQueue(Comparator<? super E> comparator) {
        this(DEFAULT_CAPACITY, comparator);
    }

    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    /**
     * As the JDK: a sorted set's or another priority queue's order is kept (with its comparator),
     * anything else is heapified in place under natural order.
     */
    @SuppressWarnings("unchecked")
    public PriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet<?> ss) {
            this.comparator = (Comparator<? super E>) ss.comparator();
            initElements(c);
        } else if (c instanceof PriorityQueue<?> pq) {
            this.comparator = (Comparator<? super E>) pq.comparator();
            initElements(c);
        } else {
            this.comparator = null;
            initElements(c);
            heapify();
        }
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(PriorityQueue<? extends E> c) {
        this.comparator = (Comparator<? super E>) c.comparator();
        initElements(c);
    }

    @SuppressWarnings("unchecked")
    public PriorityQueue(SortedSet<? extends E> c) {
        this.comparator = (Comparator<? super E>) c.comparator();
        initElements(c);
    }

    private void initElements(Collection<? extends E> c) {
        Object[] es = c.toArray();
        for (Object e : es) {
            Objects.requireNonNull(e);
        }
        this.queue = es.length == 0 ? new Object[1] : es;
        this.size = es.length;
    }

    private void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, queue[i]);
        }
    }

    public Comparator<? super E> comparator() {
        return comparator;
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        modCount++;
        if (size >= queue.length) {
            grow();
        }
        siftUp(size, e);
        size++;
        return true;
    }

    /** Doubles while small, then grows by half, as the JDK does (invisible but for memory). */
    private void grow() {
        int old = queue.length;
        Object[] grown = new Object[old + (old < 64 ? old + 2 : old >> 1)];
        System.arraycopy(queue, 0, grown, 0, size);
        queue = grown;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        if (size == 0) {
            return null;
        }
        E result = (E) queue[0];
        modCount++;
        int n = --size;
        Object last = queue[n];
        queue[n] = null;
        if (n > 0) {
            siftDown(0, last);
        }
        return result;
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(queue[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        removeAt(i);
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /**
     * Removes slot i by moving the last element there and sifting it down, or up if it did not
     * move down. Returns that moved element when it went up past i: an iterator has then already
     * passed its slot and must still visit it.
     */
    private Object removeAt(int i) {
        modCount++;
        int s = --size;
        if (s == i) {
            queue[i] = null;
            return null;
        }
        Object moved = queue[s];
        queue[s] = null;
        siftDown(i, moved);
        if (queue[i] == moved) {
            siftUp(i, moved);
            if (queue[i] != moved) {
                return moved;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private int compare(Object a, Object b) {
        return comparator == null ? ((Comparable<? super E>) a).compareTo((E) b) : comparator.compare((E) a, (E) b);
    }

    private void siftUp(int k, Object x) {
        if (comparator == null && !(x instanceof Comparable)) {
            // the JDK casts before comparing, so even the first element must be Comparable
            throw RuntimeSupport.classCast(x, Comparable.class);
        }
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (compare(x, e) >= 0) {
                break;
            }
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && compare(c, queue[right]) > 0) {
                child = right;
                c = queue[child];
            }
            if (compare(x, c) <= 0) {
                break;
            }
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    /**
     * The JDK removes in bulk by compacting the survivors in slot order and heapifying again, so
     * the resulting heap differs from one removal at a time: done the same way here.
     */
    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return bulkRemove(new Membership(Objects.requireNonNull(c), true));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return bulkRemove(new Membership(Objects.requireNonNull(c), false));
    }

    @SuppressWarnings("unchecked")
    private boolean bulkRemove(Predicate<? super E> filter) {
        int expectedModCount = ++modCount;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Object e = queue[i];
            if (!filter.test((E) e)) {
                queue[kept++] = e;
            }
        }
        if (modCount != expectedModCount) {
            throw new ConcurrentModificationException();
        }
        if (kept == size) {
            return false;
        }
        for (int i = kept; i < size; i++) {
            queue[i] = null;
        }
        size = kept;
        heapify();
        return true;
    }

    /** Matches the elements of c (removeAll) or those not in c (retainAll). */
    private static final class Membership implements Predicate<Object> {
        private final Collection<?> c;
        private final boolean inside;

        Membership(Collection<?> c, boolean inside) {
            this.c = c;
            this.inside = inside;
        }

        @Override
        public boolean test(Object e) {
            return c.contains(e) == inside;
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            queue[i] = null;
        }
        size = 0;
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        System.arraycopy(queue, 0, out, 0, size);
        return out;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    /**
     * Walks the array in slot order. When a removal sifts the last element up into slots already
     * passed, that element is remembered in {@code forgetMeNot} and returned after the array.
     */
    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        private ArrayDeque<Object> forgetMeNot;
        private Object lastRetElt;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                lastRet = cursor;
                return (E) queue[cursor++];
            }
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) {
                    return (E) lastRetElt;
                }
            }
            throw new NoSuchElementException();
        }

        @Override
        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                Object moved = removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) {
                        forgetMeNot = new ArrayDeque<>();
                    }
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                removeEq(lastRetElt);
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }

    private void removeEq(Object o) {
        for (int i = 0; i < size; i++) {
            if (o == queue[i]) {
                removeAt(i);
                return;
            }
        }
    }
}
