package java.util.function;

public interface LongConsumer {
    void accept(long value);

    default LongConsumer andThen(LongConsumer after) {
        java.util.Objects.requireNonNull(after);
        LongConsumer self = this;
        return new LongConsumer() {
            @Override
            public void accept(long value) {
                self.accept(value);
                after.accept(value);
            }
        };
    }
}
