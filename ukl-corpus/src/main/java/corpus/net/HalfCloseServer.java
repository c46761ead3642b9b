package corpus.net;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client that half-closes: the server reads to end of stream, then answers on the open half. */
public final class HalfCloseServer {
    private HalfCloseServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket server = new ServerSocket(port)) {
            System.out.println("listening on " + port);
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                byte[] all = in.readAllBytes();
                long sum = 0;
                for (byte b : all) {
                    sum += b & 0xff;
                }
                System.out.println("end of stream after " + all.length + " bytes; read again: " + in.read());
                OutputStream out = s.getOutputStream();
                out.write(("received " + all.length + " bytes, sum " + sum + "\n").getBytes(StandardCharsets.UTF_8));
                s.shutdownOutput();
            }
        }
    }
}
