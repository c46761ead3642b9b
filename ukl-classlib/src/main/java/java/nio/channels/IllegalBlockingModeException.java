package java.nio.channels;

public class IllegalBlockingModeException extends IllegalStateException {
    public IllegalBlockingModeException() {
        super();
    }
}
