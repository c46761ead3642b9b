package java.security;

/** An invalid parameter passed to a method; libraries throw it for bad arguments too. */
public class InvalidParameterException extends IllegalArgumentException {
    public InvalidParameterException() {
        super();
    }

    public InvalidParameterException(String msg) {
        super(msg);
    }

    public InvalidParameterException(String msg, Throwable cause) {
        super(msg, cause);
    }

    public InvalidParameterException(Throwable cause) {
        super(cause);
    }
}
