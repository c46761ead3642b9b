package corpus.net;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;

/** SO_TIMEOUT on accept, and a second ServerSocket on a port in use. */
public final class AcceptTimeout {
    private AcceptTimeout() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket server = new ServerSocket(port)) {
            server.setSoTimeout(200);
            try {
                server.accept();
            } catch (SocketTimeoutException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            try (ServerSocket again = new ServerSocket(port)) {
                System.out.println("bound twice?");
            } catch (java.net.BindException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            System.out.println("closed: " + server.isClosed() + ", bound: " + server.isBound());
        }
    }
}
