package java.nio.channels;

public class IllegalSelectorException extends IllegalArgumentException {
    public IllegalSelectorException() {
        super();
    }
}
