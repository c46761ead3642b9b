package corpus.net;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A blocking line server: ServerSocket, one client after another, readers and writers over the socket. */
public final class BlockingLineServer {
    private BlockingLineServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (ServerSocket server = new ServerSocket(port, 50)) {
            System.out.println("listening on " + server.getLocalPort());
            for (int client = 1; client <= 3; client++) {
                try (Socket s = server.accept();
                        BufferedReader in =
                                new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                        PrintWriter out = new PrintWriter(
                                new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8), true)) {
                    int lines = 0;
                    for (String line; (line = in.readLine()) != null && !line.equals("bye"); lines++) {
                        out.println("echo: " + line.toUpperCase() + " (" + line.length() + ")");
                    }
                    out.println("bye after " + lines + " lines");
                    System.out.println("client " + client + ": " + lines + " lines");
                }
            }
        }
    }
}
