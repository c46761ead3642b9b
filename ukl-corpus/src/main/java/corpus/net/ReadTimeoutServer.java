package corpus.net;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** SO_TIMEOUT on a read: the first wait times out with the JDK's message, the socket stays usable. */
public final class ReadTimeoutServer {
    private ReadTimeoutServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket server = new ServerSocket(port)) {
            System.out.println("listening on " + port);
            try (Socket s = server.accept()) {
                s.setSoTimeout(300);
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                try {
                    System.out.println("read " + in.readLine());
                } catch (SocketTimeoutException e) {
                    System.out.println(e.getClass().getName() + ": " + e.getMessage());
                }
                s.setSoTimeout(10_000);
                String line = in.readLine();
                System.out.println("then read " + line);
                OutputStream out = s.getOutputStream();
                out.write(("got " + line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }
}
