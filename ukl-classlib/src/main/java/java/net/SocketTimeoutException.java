package java.net;

public class SocketTimeoutException extends java.io.InterruptedIOException {
    public SocketTimeoutException() {
        super();
    }

    public SocketTimeoutException(String message) {
        super(message);
    }
}
