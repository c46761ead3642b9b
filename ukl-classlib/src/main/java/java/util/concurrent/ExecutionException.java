package java.util.concurrent;

/** Thrown when the result of a task that ended with an exception is asked for; the cause is that exception. */
public class ExecutionException extends Exception {
    protected ExecutionException() {}

    protected ExecutionException(String message) {
        super(message);
    }

    public ExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExecutionException(Throwable cause) {
        super(cause);
    }
}
