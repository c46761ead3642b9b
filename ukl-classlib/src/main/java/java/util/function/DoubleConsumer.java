package java.util.function;

public interface DoubleConsumer {
    void accept(double value);

    default DoubleConsumer andThen(DoubleConsumer after) {
        java.util.Objects.requireNonNull(after);
        DoubleConsumer self = this;
        return new DoubleConsumer() {
            @Override
            public void accept(double value) {
                self.accept(value);
                after.accept(value);
            }
        };
    }
}
