package java.nio.channels;

public class UnresolvedAddressException extends IllegalArgumentException {
    public UnresolvedAddressException() {
        super();
    }
}
