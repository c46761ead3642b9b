package java.net;

public class UnknownHostException extends java.io.IOException {
    public UnknownHostException() {
        super();
    }

    public UnknownHostException(String message) {
        super(message);
    }
}
