package java.nio.channels;

public class UnsupportedAddressTypeException extends IllegalArgumentException {
    public UnsupportedAddressTypeException() {
        super();
    }
}
