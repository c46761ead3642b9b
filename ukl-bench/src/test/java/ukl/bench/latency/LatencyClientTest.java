package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against an in-process echo server: counts, bounds and the echo check. */
class LatencyClientTest {
    @Test
    void measureRecordsExactlyTheRequestedRoundTripsOverAllConnections(@TempDir Path dir) throws Exception {
        try (ServerSocket server = echoServer(false)) {
            Path file = dir.resolve("samples.bin");
            int count = LatencyClient.measure("127.0.0.1", server.getLocalPort(), 100, 3, 5, 40, 30, file);
            assertEquals(40, count);
            assertEquals(40 * Long.BYTES, Files.size(file));
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                for (int i = 0; i < count; i++) assertTrue(in.readLong() > 0);
            }
        }
    }

    @Test
    void aWrongEchoFailsTheRun(@TempDir Path dir) throws Exception {
        try (ServerSocket server = echoServer(true)) {
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(
                    IOException.class,
                    () -> LatencyClient.measure(
                            "127.0.0.1", server.getLocalPort(), 10, 1, 0, 5, 30, dir.resolve("s.bin")));
            assertTrue(e.getMessage().endsWith("the echo differs from the message sent (10 bytes)"), e.getMessage());
        }
    }

    @Test
    void probeReturnsTheMonotonicTimeOfTheFirstEcho() throws Exception {
        try (ServerSocket server = echoServer(false)) {
            long before = System.nanoTime();
            long at = LatencyClient.probe("127.0.0.1", server.getLocalPort(), 5000);
            assertTrue(at >= before && at <= System.nanoTime());
        }
    }

    /** Echoes every connection on a thread of its own; {@code corrupt} flips the first byte of each chunk. */
    private static ServerSocket echoServer(boolean corrupt) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(() -> {
            try {
                for (; ; ) {
                    Socket s = server.accept();
                    Thread.ofPlatform().daemon().start(() -> echo(s, corrupt));
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        return server;
    }

    private static void echo(Socket s, boolean corrupt) {
        try (s;
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream()) {
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (corrupt) buffer[0] ^= 1;
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // the client closed
        }
    }
}
