package corpus.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Connecting to a port nobody listens on: the JDK's ConnectException, with and without a timeout. */
public final class ConnectRefused {
    private ConnectRefused() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        for (int timeout : new int[] {0, 2_000}) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(args[1], port), timeout);
                System.out.println("connected?");
            } catch (IOException e) {
                System.out.println("timeout " + timeout + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.exit(3);
    }
}
