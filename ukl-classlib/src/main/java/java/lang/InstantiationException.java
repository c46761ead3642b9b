package java.lang;

/** Reflection's failure; images answer reflection only where the closed world can (issue 11). */
public class InstantiationException extends ReflectiveOperationException {
    public InstantiationException() {
        super();
    }

    public InstantiationException(String message) {
        super(message);
    }
}
