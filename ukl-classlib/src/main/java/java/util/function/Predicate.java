package java.util.function;

public interface Predicate<T> {
    boolean test(T t);

    default Predicate<T> and(Predicate<? super T> other) {
        java.util.Objects.requireNonNull(other);
        Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return self.test(t) && other.test(t);
            }
        };
    }

    default Predicate<T> negate() {
        Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return !self.test(t);
            }
        };
    }

    default Predicate<T> or(Predicate<? super T> other) {
        java.util.Objects.requireNonNull(other);
        Predicate<T> self = this;
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return self.test(t) || other.test(t);
            }
        };
    }

    /** Tests {@code Objects.equals(targetRef, t)}. */
    static <T> Predicate<T> isEqual(Object targetRef) {
        return new Predicate<T>() {
            @Override
            public boolean test(T t) {
                return java.util.Objects.equals(targetRef, t);
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> Predicate<T> not(Predicate<? super T> target) {
        java.util.Objects.requireNonNull(target);
        return (Predicate<T>) target.negate();
    }
}
