package java.util;

/**
 * {@link Deque#reversed()}: a live view of a deque in the opposite order, as the JDK's. Every
 * operation is the base's mirror operation (first ↔ last), so the base's own rules (capacity,
 * null elements, blocking queues' locking) apply unchanged. Equality is identity, as there.
 */
final class ReverseOrderDequeView<E> extends AbstractCollection<E> implements Deque<E> {
    final Deque<E> base;

    private ReverseOrderDequeView(Deque<E> base) {
        this.base = base;
    }

    static <T> Deque<T> of(Deque<T> deque) {
        return deque instanceof ReverseOrderDequeView<T> view ? view.base : new ReverseOrderDequeView<>(deque);
    }

    @Override
    public Deque<E> reversed() {
        return base;
    }

    @Override
    public Iterator<E> iterator() {
        return base.descendingIterator();
    }

    @Override
    public Iterator<E> descendingIterator() {
        return base.iterator();
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
    public void clear() {
        base.clear();
    }

    @Override
    public Object[] toArray() {
        Object[] a = base.toArray();
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    @Override
    public boolean add(E e) {
        base.addFirst(e);
        return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        boolean modified = false;
        for (E e : c) {
            base.addFirst(e);
            modified = true;
        }
        return modified;
    }

    @Override
    public void addFirst(E e) {
        base.addLast(e);
    }

    @Override
    public void addLast(E e) {
        base.addFirst(e);
    }

    @Override
    public boolean offer(E e) {
        return base.offerFirst(e);
    }

    @Override
    public boolean offerFirst(E e) {
        return base.offerLast(e);
    }

    @Override
    public boolean offerLast(E e) {
        return base.offerFirst(e);
    }

    @Override
    public E element() {
        return base.getLast();
    }

    @Override
    public E getFirst() {
        return base.getLast();
    }

    @Override
    public E getLast() {
        return base.getFirst();
    }

    @Override
    public E peek() {
        return base.peekLast();
    }

    @Override
    public E peekFirst() {
        return base.peekLast();
    }

    @Override
    public E peekLast() {
        return base.peekFirst();
    }

    @Override
    public E poll() {
        return base.pollLast();
    }

    @Override
    public E pollFirst() {
        return base.pollLast();
    }

    @Override
    public E pollLast() {
        return base.pollFirst();
    }

    @Override
    public E pop() {
        return base.removeLast();
    }

    @Override
    public void push(E e) {
        base.addLast(e);
    }

    @Override
    public E remove() {
        return base.removeLast();
    }

    @Override
    public E removeFirst() {
        return base.removeLast();
    }

    @Override
    public E removeLast() {
        return base.removeFirst();
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        return base.removeLastOccurrence(o);
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        return base.removeFirstOccurrence(o);
    }
}
