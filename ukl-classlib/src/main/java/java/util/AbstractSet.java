package java.util;

/** Skeleton of a set: equality and hash code as Set's javadoc specifies them. */
public abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
    protected AbstractSet() {}

    /** Set.equals: same size and every element of the other set is contained here. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Set<?> other) || other.size() != size()) {
            return false;
        }
        try {
            return containsAll(other);
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
    }

    /** Set.hashCode: the sum of the elements' hash codes (null counts 0). */
    @Override
    public int hashCode() {
        int h = 0;
        for (E e : this) {
            h += Objects.hashCode(e);
        }
        return h;
    }

    /** As the JDK: iterate whichever of the two is smaller. */
    @Override
    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        boolean modified = false;
        if (size() > c.size()) {
            for (Object e : c) {
                modified |= remove(e);
            }
        } else {
            Iterator<E> it = iterator();
            while (it.hasNext()) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
        }
        return modified;
    }
}
