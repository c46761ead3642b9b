package java.util;

import java.io.Serializable;

/**
 * A set of the constants of one enum class, as bits by ordinal: iteration in ordinal order, and
 * its iterator, like the JDK's, sees the set as it was when the iterator was made (it never
 * throws ConcurrentModificationException) yet removes from the live set. One class serves every
 * size (the JDK's has a one-word and a many-word variant); the public API is the JDK's.
 */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, Serializable {
    final Class<E> elementType;
    /** The enum's constants by ordinal (Object[]: the translator's values() array). */
    final Object[] universe;

    private long[] bits;
    private int size;

    EnumSet(Class<E> elementType, Object[] universe) {
        this.elementType = elementType;
        this.universe = universe;
        this.bits = new long[(universe.length + 63) >>> 6];
    }

    /** The one concrete kind. */
    private static final class Bits<E extends Enum<E>> extends EnumSet<E> {
        Bits(Class<E> elementType, Object[] universe) {
            super(elementType, universe);
        }
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        Object[] universe = elementType.getEnumConstants();
        if (universe == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        return new Bits<>(elementType, universe);
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> s = noneOf(elementType);
        s.fill();
        return s;
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet<E> s) {
            return s.clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        EnumSet<E> result = of(i.next());
        while (i.hasNext()) {
            result.add(i.next());
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = s.clone();
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> s = noneOf(e.getDeclaringClass());
        s.add(e);
        return s;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> s = of(e1);
        s.add(e2);
        return s;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> s = of(e1, e2);
        s.add(e3);
        return s;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> s = of(e1, e2, e3);
        s.add(e4);
        return s;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> s = of(e1, e2, e3, e4);
        s.add(e5);
        return s;
    }

    @SuppressWarnings({"unchecked", "varargs"})
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> s = of(first);
        for (E e : rest) {
            s.add(e);
        }
        return s;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> s = noneOf(from.getDeclaringClass());
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            s.bits[i >>> 6] |= 1L << i;
        }
        s.size = to.ordinal() - from.ordinal() + 1;
        return s;
    }

    private void fill() {
        for (int i = 0; i < universe.length; i++) {
            bits[i >>> 6] |= 1L << i;
        }
        size = universe.length;
    }

    private void complement() {
        long[] old = bits;
        bits = new long[old.length];
        fill();
        for (int w = 0; w < bits.length; w++) {
            bits[w] &= ~old[w];
        }
        size = 0;
        for (long w : bits) {
            size += Long.bitCount(w);
        }
    }

    /** The ordinal of {@code o} if it is a constant of this set's enum, else -1. */
    private int ordinalOf(Object o) {
        if (!(o instanceof Enum<?> e)) {
            return -1;
        }
        Class<?> c = e.getClass();
        return c == elementType || c.getSuperclass() == elementType ? e.ordinal() : -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean contains(Object o) {
        int i = ordinalOf(o);
        return i >= 0 && (bits[i >>> 6] & 1L << i) != 0;
    }

    /** A constant of another enum is a ClassCastException naming both classes, as in the JDK. */
    @Override
    public boolean add(E e) {
        int i = ordinalOf(Objects.requireNonNull(e));
        if (i < 0) {
            throw new ClassCastException(e.getClass() + " != " + elementType);
        }
        long before = bits[i >>> 6];
        bits[i >>> 6] = before | 1L << i;
        if (before == bits[i >>> 6]) {
            return false;
        }
        size++;
        return true;
    }

    @Override
    public boolean remove(Object o) {
        int i = ordinalOf(o);
        if (i < 0 || (bits[i >>> 6] & 1L << i) == 0) {
            return false;
        }
        bits[i >>> 6] &= ~(1L << i);
        size--;
        return true;
    }

    @Override
    public void clear() {
        Arrays.fill(bits, 0L);
        size = 0;
    }

    @Override
    public Iterator<E> iterator() {
        long[] unseen = bits.clone();
        return new Iterator<E>() {
            private int word;
            private int last = -1;

            @Override
            public boolean hasNext() {
                while (word < unseen.length && unseen[word] == 0) {
                    word++;
                }
                return word < unseen.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                long bit = unseen[word] & -unseen[word];
                unseen[word] -= bit;
                last = (word << 6) + Long.numberOfTrailingZeros(bit);
                return (E) universe[last];
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                EnumSet.this.remove(universe[last]);
                last = -1;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            EnumSet<E> copy = (EnumSet<E>) super.clone();
            copy.bits = bits.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
