package echo.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The UDP echo sample on a JVM, as a child process on a loopback port the host picks: every
 * datagram, from one byte to the most one Ethernet frame carries, comes back whole to the socket
 * that sent it, with two clients interleaved.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UdpEchoServerTest {
    @Test
    void echoesEveryDatagramToItsSender() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String classes = new File(UdpEchoServer.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getPath();
        Process server = new ProcessBuilder(List.of(java, "-cp", classes, UdpEchoServer.class.getName(), "0"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (DatagramSocket a = new DatagramSocket();
                DatagramSocket b = new DatagramSocket()) {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            String prefix = "udp-echo-server: listening on port ";
            assertTrue(line != null && line.startsWith(prefix), "first line of the server: " + line);
            int port = Integer.parseInt(line.substring(prefix.length()));
            InetAddress loopback = InetAddress.getLoopbackAddress();
            a.setSoTimeout(5000);
            b.setSoTimeout(5000);
            for (int size : new int[] {1, 64, 1024, 1472}) {
                byte[] first = new byte[size];
                byte[] second = new byte[size];
                Arrays.fill(first, (byte) 'a');
                Arrays.fill(second, (byte) 'b');
                a.send(new DatagramPacket(first, size, loopback, port));
                b.send(new DatagramPacket(second, size, loopback, port));
                assertArrayEquals(first, receive(a, size), size + " B to the first client");
                assertArrayEquals(second, receive(b, size), size + " B to the second client");
            }
        } finally {
            server.destroyForcibly();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the server did not stop");
        }
    }

    private static byte[] receive(DatagramSocket socket, int size) throws Exception {
        byte[] buffer = new byte[2048];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        assertEquals(size, packet.getLength());
        return Arrays.copyOf(buffer, packet.getLength());
    }
}
