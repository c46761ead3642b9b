package corpus.net;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Many short connections, one after another: each sends a number, gets the running sum back and
 * closes.
 */
public final class SequentialServer {
    private SequentialServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int connections = Integer.parseInt(args[1]);
        long sum = 0;
        try (ServerSocket server = new ServerSocket(port, 100)) {
            System.out.println("listening on " + port);
            for (int i = 0; i < connections; i++) {
                try (Socket s = server.accept()) {
                    s.setTcpNoDelay(true);
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    sum += in.readInt();
                    new DataOutputStream(s.getOutputStream()).writeLong(sum);
                    // the client closes first, so TIME-WAIT stays on its side (RFC 9293 §3.6)
                    if (in.read() != -1) {
                        throw new IllegalStateException("connection " + i + " sent more than its number");
                    }
                }
            }
        }
        System.out.println(connections + " connections, sum " + sum);
    }
}
