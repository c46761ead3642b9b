package corpus.net;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;

/** UDP request and response: five datagrams, each answered with its payload reversed. */
public final class UdpEchoServer {
    private UdpEchoServer() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        try (DatagramSocket socket = new DatagramSocket(port)) {
            System.out.println("listening on " + socket.getLocalPort());
            byte[] buffer = new byte[2048];
            for (int i = 1; i <= 5; i++) {
                DatagramPacket request = new DatagramPacket(buffer, buffer.length);
                socket.receive(request);
                String text =
                        new String(request.getData(), request.getOffset(), request.getLength(), StandardCharsets.UTF_8);
                byte[] reply = new StringBuilder(text).reverse().toString().getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(reply, reply.length, request.getSocketAddress()));
                System.out.println("datagram " + i + ": " + request.getLength() + " bytes");
            }
        }
    }
}
