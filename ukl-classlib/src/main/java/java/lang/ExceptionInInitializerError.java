package java.lang;

/** What a failing {@code <clinit>} becomes (JVMS §5.5 step 11); the thrown exception is the cause. */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        super();
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String message) {
        super(message);
    }

    public Throwable getException() {
        return getCause();
    }
}
