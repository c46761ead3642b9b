package ukl.bench.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;

/** The tests' Java payload: a thread per connection, every byte echoed. {@code TinyEchoServer PORT}. */
public final class TinyEchoServer {
    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]))) {
            System.out.println("tiny-echo: listening on port " + server.getLocalPort());
            while (true) {
                Socket client = server.accept();
                client.setTcpNoDelay(true);
                Thread.ofPlatform().daemon().start(() -> echo(client));
            }
        }
    }

    private static void echo(Socket client) {
        try (client;
                InputStream in = client.getInputStream();
                OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) out.write(buffer, 0, n);
        } catch (IOException e) {
            System.err.println("tiny-echo: " + e);
        }
    }
}
