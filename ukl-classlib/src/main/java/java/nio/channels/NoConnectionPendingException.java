package java.nio.channels;

public class NoConnectionPendingException extends IllegalStateException {
    public NoConnectionPendingException() {
        super();
    }
}
