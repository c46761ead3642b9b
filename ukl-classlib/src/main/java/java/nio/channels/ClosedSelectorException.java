package java.nio.channels;

public class ClosedSelectorException extends IllegalStateException {
    public ClosedSelectorException() {
        super();
    }
}
