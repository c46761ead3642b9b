package java.lang;

/** Reflection's failure; images answer reflection only where the closed world can (issue 11). */
public class NoSuchMethodException extends ReflectiveOperationException {
    public NoSuchMethodException() {
        super();
    }

    public NoSuchMethodException(String message) {
        super(message);
    }
}
