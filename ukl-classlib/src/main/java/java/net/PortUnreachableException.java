package java.net;

public class PortUnreachableException extends SocketException {
    public PortUnreachableException() {
        super();
    }

    public PortUnreachableException(String message) {
        super(message);
    }
}
