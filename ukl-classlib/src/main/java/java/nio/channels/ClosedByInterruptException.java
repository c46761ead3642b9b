package java.nio.channels;

/** A blocking channel operation ended because its thread was interrupted, which closed the channel. */
public class ClosedByInterruptException extends AsynchronousCloseException {
    public ClosedByInterruptException() {}
}
