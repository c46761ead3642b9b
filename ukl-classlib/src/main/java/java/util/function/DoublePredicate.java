package java.util.function;

public interface DoublePredicate {
    boolean test(double value);

    default DoublePredicate and(DoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        DoublePredicate self = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return self.test(value) && other.test(value);
            }
        };
    }

    default DoublePredicate negate() {
        DoublePredicate self = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return !self.test(value);
            }
        };
    }

    default DoublePredicate or(DoublePredicate other) {
        java.util.Objects.requireNonNull(other);
        DoublePredicate self = this;
        return new DoublePredicate() {
            @Override
            public boolean test(double value) {
                return self.test(value) || other.test(value);
            }
        };
    }
}
