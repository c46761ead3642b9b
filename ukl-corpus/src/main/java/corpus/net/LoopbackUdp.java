package corpus.net;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Two UDP sockets in one program over 127.0.0.1, and a receive that times out. */
public final class LoopbackUdp {
    private LoopbackUdp() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket server = new DatagramSocket(port, loopback);
                DatagramSocket client = new DatagramSocket(port + 1, loopback)) {
            for (String word : new String[] {"one", "two", "three"}) {
                byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                client.send(new DatagramPacket(bytes, bytes.length, loopback, port));
                DatagramPacket packet = new DatagramPacket(new byte[100], 100);
                server.receive(packet);
                System.out.println(
                        "server got " + new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8)
                                + " from port " + packet.getPort());
            }
            server.setSoTimeout(100);
            try {
                server.receive(new DatagramPacket(new byte[10], 10));
            } catch (SocketTimeoutException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
