package java.lang;

/** Reflection's failure; images answer reflection only where the closed world can (issue 11). */
public class NoSuchFieldException extends ReflectiveOperationException {
    public NoSuchFieldException() {
        super();
    }

    public NoSuchFieldException(String message) {
        super(message);
    }
}
