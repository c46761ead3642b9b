package java.lang;

/** Thrown when a thread releases or waits on a lock or monitor it does not hold. */
public class IllegalMonitorStateException extends RuntimeException {
    public IllegalMonitorStateException() {}

    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
