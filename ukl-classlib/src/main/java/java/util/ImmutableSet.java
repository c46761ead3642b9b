package java.util;

/**
 * {@code Set.of} and {@code Set.copyOf}: unmodifiable, null-hostile (also in {@code contains},
 * like the JDK's). {@code of} rejects duplicates; {@code copyOf} drops them.
 */
final class ImmutableSet<E> extends UnmodifiableSet<E> {
    private ImmutableSet(Set<E> set) {
        super(set);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> of(Object[] elements) {
        HashSet<E> set = HashSet.newHashSet(elements.length);
        for (Object e : elements) {
            if (!set.add((E) Objects.requireNonNull(e))) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return new ImmutableSet<>(set);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> copyOf(Object[] elements) {
        HashSet<E> set = HashSet.newHashSet(elements.length);
        for (Object e : elements) {
            set.add((E) Objects.requireNonNull(e));
        }
        return new ImmutableSet<>(set);
    }

    @Override
    public boolean contains(Object o) {
        return super.contains(Objects.requireNonNull(o));
    }
}
