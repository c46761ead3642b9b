package java.nio.channels;

public class NotYetBoundException extends IllegalStateException {
    public NotYetBoundException() {
        super();
    }
}
