package java.util;

/**
 * A collection without duplicates. {@code Set.of} and {@code copyOf} are unmodifiable and reject
 * nulls (and, for {@code of}, duplicates) like the JDK's; their iteration order is unspecified.
 */
public interface Set<E> extends Collection<E> {
    boolean equals(Object o);

    int hashCode();

    static <E> Set<E> of() {
        return ImmutableSet.of(new Object[0]);
    }

    static <E> Set<E> of(E e1) {
        return ImmutableSet.of(new Object[] {e1});
    }

    static <E> Set<E> of(E e1, E e2) {
        return ImmutableSet.of(new Object[] {e1, e2});
    }

    static <E> Set<E> of(E e1, E e2, E e3) {
        return ImmutableSet.of(new Object[] {e1, e2, e3});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4, e5});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4, e5, e6});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4, e5, e6, e7});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9});
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableSet.of(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10});
    }

    @SuppressWarnings({"unchecked", "varargs"})
    static <E> Set<E> of(E... elements) {
        return ImmutableSet.of(elements); // copied into the set's own table, so no clone needed
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> copyOf(Collection<? extends E> coll) {
        if (coll instanceof ImmutableSet) {
            return (Set<E>) coll;
        }
        return ImmutableSet.copyOf(coll.toArray());
    }
}
