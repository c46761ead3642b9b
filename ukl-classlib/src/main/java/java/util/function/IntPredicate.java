package java.util.function;

public interface IntPredicate {
    boolean test(int value);

    default IntPredicate and(IntPredicate other) {
        java.util.Objects.requireNonNull(other);
        IntPredicate self = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return self.test(value) && other.test(value);
            }
        };
    }

    default IntPredicate negate() {
        IntPredicate self = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return !self.test(value);
            }
        };
    }

    default IntPredicate or(IntPredicate other) {
        java.util.Objects.requireNonNull(other);
        IntPredicate self = this;
        return new IntPredicate() {
            @Override
            public boolean test(int value) {
                return self.test(value) || other.test(value);
            }
        };
    }
}
