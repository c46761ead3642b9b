package java.util;

/** A HashSet that iterates in insertion order (backed by a LinkedHashMap). */
public class LinkedHashSet<E> extends HashSet<E> implements Set<E>, Cloneable, java.io.Serializable {
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
        return new LinkedHashSet<>(HashMap.capacityFor(numElements));
    }

    // the ends of the order (SequencedCollection in the JDK)

    public E getFirst() {
        return ends().firstKey();
    }

    public E getLast() {
        return ends().lastKey();
    }

    public E removeFirst() {
        E e = getFirst();
        remove(e);
        return e;
    }

    public E removeLast() {
        E e = getLast();
        remove(e);
        return e;
    }

    private LinkedHashMap<E, Object> ends() {
        return (LinkedHashMap<E, Object>) map;
    }
}
