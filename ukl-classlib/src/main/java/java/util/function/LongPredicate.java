package java.util.function;

public interface LongPredicate {
    boolean test(long value);

    default LongPredicate and(LongPredicate other) {
        java.util.Objects.requireNonNull(other);
        LongPredicate self = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return self.test(value) && other.test(value);
            }
        };
    }

    default LongPredicate negate() {
        LongPredicate self = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return !self.test(value);
            }
        };
    }

    default LongPredicate or(LongPredicate other) {
        java.util.Objects.requireNonNull(other);
        LongPredicate self = this;
        return new LongPredicate() {
            @Override
            public boolean test(long value) {
                return self.test(value) || other.test(value);
            }
        };
    }
}
