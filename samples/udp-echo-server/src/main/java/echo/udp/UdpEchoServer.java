package echo.udp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;

/**
 * A UDP echo server (RFC 862, §"UDP Based Echo Service") as an ordinary Java program: one
 * {@link DatagramSocket}, each datagram sent back to whoever sent it. It runs as it is on a JVM
 * ({@code java -cp … echo.udp.UdpEchoServer 7007}) and as a ukl image, where the latency benchmark
 * holds it against the floor a minimal C guest sets on the same virtual NIC.
 *
 * <p>One packet object and one buffer serve every datagram: the loop allocates nothing. A datagram
 * longer than the buffer is cut to it (as {@code DatagramSocket.receive} does).
 *
 * <p>Usage: {@code UdpEchoServer [port]}, port 7 by default; 0 lets the host choose.
 */
public final class UdpEchoServer {
    /** The largest UDP payload an Ethernet frame of 1500 bytes carries. */
    private static final int BUFFER_SIZE = 1472;

    private UdpEchoServer() {}

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        try (DatagramSocket socket = new DatagramSocket(port)) {
            System.out.println("udp-echo-server: listening on port " + socket.getLocalPort());
            byte[] buffer = new byte[BUFFER_SIZE];
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            for (; ; ) {
                packet.setLength(buffer.length);
                socket.receive(packet);
                socket.send(packet); // the packet's address and port are the sender's
            }
        }
    }
}
