package java.nio.channels;

public class AlreadyBoundException extends IllegalStateException {
    public AlreadyBoundException() {
        super();
    }
}
