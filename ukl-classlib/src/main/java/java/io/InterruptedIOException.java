package java.io;

/** An I/O operation ended early; the JDK's parent of {@code java.net.SocketTimeoutException}. */
public class InterruptedIOException extends IOException {
    /** How many bytes were transferred before the operation ended. */
    public int bytesTransferred;

    public InterruptedIOException() {
        super();
    }

    public InterruptedIOException(String message) {
        super(message);
    }
}
