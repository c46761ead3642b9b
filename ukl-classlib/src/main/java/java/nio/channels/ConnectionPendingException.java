package java.nio.channels;

public class ConnectionPendingException extends IllegalStateException {
    public ConnectionPendingException() {
        super();
    }
}
