package java.net;

public class ConnectException extends SocketException {
    public ConnectException() {
        super();
    }

    public ConnectException(String message) {
        super(message);
    }
}
