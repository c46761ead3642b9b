package java.util.concurrent;

/** Thrown when the result of a cancelled task is asked for. */
public class CancellationException extends IllegalStateException {
    public CancellationException() {}

    public CancellationException(String message) {
        super(message);
    }

    /** A report of a cancelled CompletableFuture: "get", "join" or "getNow", caused by the cancellation. */
    CancellationException(String message, CancellationException cause) {
        super(message, cause);
    }
}
