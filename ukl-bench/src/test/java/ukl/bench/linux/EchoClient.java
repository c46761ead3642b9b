package ukl.bench.linux;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' client, started as a child process inside the network namespace:
 * {@code EchoClient HOST PORT CONNECTIONS MESSAGE...}. Opens all connections, then sends each
 * message on every connection before reading any echo back (so the server must serve several
 * clients at once), and prints each echo as {@code <connection>: <bytes received>}, one a line.
 */
public final class EchoClient {
    public static void main(String[] args) throws IOException {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        int connections = Integer.parseInt(args[2]);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Socket socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(20_000);
                socket.connect(new InetSocketAddress(host, port), 20_000);
                sockets.add(socket);
            }
            for (int m = 3; m < args.length; m++) {
                byte[] message = args[m].getBytes(StandardCharsets.UTF_8);
                for (Socket socket : sockets) {
                    OutputStream out = socket.getOutputStream();
                    out.write(message);
                    out.flush();
                }
                for (int i = 0; i < sockets.size(); i++) {
                    byte[] echo = new byte[message.length];
                    new DataInputStream(sockets.get(i).getInputStream()).readFully(echo);
                    System.out.println(i + ": " + new String(echo, StandardCharsets.UTF_8));
                }
            }
        } finally {
            for (Socket socket : sockets) socket.close();
        }
    }
}
