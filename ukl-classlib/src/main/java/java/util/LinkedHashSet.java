package java.util;

/** A HashSet that iterates in insertion order (backed by a LinkedHashMap). */
public class LinkedHashSet<E> extends HashSet<E> implements SequencedSet<E>, Cloneable, java.io.Serializable {
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor, true);
    }

    public LinkedHashSet(int initialCapacity) {
        super(initialCapacity, .75f, true);
    }

    public LinkedHashSet() {
        super(16, .75f, true);
    }

    /** Sized as the JDK 25 does: room for max(size, 12) mappings. */
    @SuppressWarnings("this-escape") // fills itself through overridable methods, as the JDK's does
    public LinkedHashSet(Collection<? extends E> c) {
        super(HashMap.capacityFor(Math.max(c.size(), 12)), .75f, true);
        addAll(c);
    }

    public static <T> LinkedHashSet<T> newLinkedHashSet(int numElements) {
        if (numElements < 0) {
            throw new IllegalArgumentException("Negative number of elements: " + numElements);
        }
        return new LinkedHashSet<>(HashMap.capacityFor(numElements));
    }

    // the ends of the order (SequencedSet, JDK 21): the backing map's key set at its ends

    /** Adds the element first, or moves it first if present. */
    @Override
    public void addFirst(E e) {
        ends().putFirst(e, PRESENT);
    }

    @Override
    public void addLast(E e) {
        ends().putLast(e, PRESENT);
    }

    @Override
    public E getFirst() {
        return ends().sequencedKeySet().getFirst();
    }

    @Override
    public E getLast() {
        return ends().sequencedKeySet().getLast();
    }

    @Override
    public E removeFirst() {
        return ends().sequencedKeySet().removeFirst();
    }

    @Override
    public E removeLast() {
        return ends().sequencedKeySet().removeLast();
    }

    /** A live view in the opposite order: adding to it adds at this set's end (JDK 21). */
    @Override
    public SequencedSet<E> reversed() {
        return new Reversed();
    }

    private LinkedHashMap<E, Object> ends() {
        return (LinkedHashMap<E, Object>) map;
    }

    private final class Reversed extends AbstractSet<E> implements SequencedSet<E> {
        @Override
        public int size() {
            return LinkedHashSet.this.size();
        }

        @Override
        public Iterator<E> iterator() {
            return ends().sequencedKeySet().reversed().iterator();
        }

        @Override
        public boolean add(E e) {
            return LinkedHashSet.this.add(e);
        }

        @Override
        public void addFirst(E e) {
            LinkedHashSet.this.addLast(e);
        }

        @Override
        public void addLast(E e) {
            LinkedHashSet.this.addFirst(e);
        }

        @Override
        public E getFirst() {
            return LinkedHashSet.this.getLast();
        }

        @Override
        public E getLast() {
            return LinkedHashSet.this.getFirst();
        }

        @Override
        public E removeFirst() {
            return LinkedHashSet.this.removeLast();
        }

        @Override
        public E removeLast() {
            return LinkedHashSet.this.removeFirst();
        }

        @Override
        public SequencedSet<E> reversed() {
            return LinkedHashSet.this;
        }
    }
}
