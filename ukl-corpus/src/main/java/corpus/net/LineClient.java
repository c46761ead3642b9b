package corpus.net;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A client inside the image connecting out to a server on the host, with a connect timeout. */
public final class LineClient {
    private LineClient() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(args[1], port), 5_000);
            System.out.println("connected: " + s.isConnected() + ", port " + s.getPort());
            PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            for (String word : new String[] {"alpha", "beta", "gamma"}) {
                out.println(word);
                System.out.println(in.readLine());
            }
            s.shutdownOutput();
            System.out.println("after shutdownOutput: " + in.readLine());
        }
    }
}
