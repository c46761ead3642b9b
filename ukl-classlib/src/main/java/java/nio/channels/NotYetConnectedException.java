package java.nio.channels;

public class NotYetConnectedException extends IllegalStateException {
    public NotYetConnectedException() {
        super();
    }
}
