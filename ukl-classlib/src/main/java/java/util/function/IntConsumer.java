package java.util.function;

public interface IntConsumer {
    void accept(int value);

    default IntConsumer andThen(IntConsumer after) {
        java.util.Objects.requireNonNull(after);
        IntConsumer self = this;
        return new IntConsumer() {
            @Override
            public void accept(int value) {
                self.accept(value);
                after.accept(value);
            }
        };
    }
}
