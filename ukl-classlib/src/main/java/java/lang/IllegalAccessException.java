package java.lang;

/** Reflection's failure; images answer reflection only where the closed world can (issue 11). */
public class IllegalAccessException extends ReflectiveOperationException {
    public IllegalAccessException() {
        super();
    }

    public IllegalAccessException(String message) {
        super(message);
    }
}
