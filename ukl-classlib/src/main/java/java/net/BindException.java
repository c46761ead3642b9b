package java.net;

public class BindException extends SocketException {
    public BindException() {
        super();
    }

    public BindException(String message) {
        super(message);
    }
}
