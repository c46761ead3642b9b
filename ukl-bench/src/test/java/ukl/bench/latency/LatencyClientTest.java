package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ukl.bench.run.BenchException;

/** The clients against an in-process echo server: counts, bounds and the echo check. */
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

    /**
     * Both client programs through the agent the benchmark uses, over the same line protocol:
     * counts, the first echo's monotonic time, the echo check and a refused probe's message.
     */
    @ParameterizedTest
    @EnumSource(ClientProgram.class)
    void bothClientProgramsMeasureTheSameWay(ClientProgram program, @TempDir Path dir) throws Exception {
        try (ServerSocket server = echoServer(false);
                ServerSocket corrupting = echoServer(true);
                ClientAgent agent = ClientAgent.start("test", program, command -> command, dir)) {
            long before = System.nanoTime();
            long at = agent.firstEcho("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(5), Optional::empty);
            assertTrue(at >= before && at <= System.nanoTime(), "CLOCK_MONOTONIC, as System.nanoTime");
            long[] samples = agent.measure("127.0.0.1", server.getLocalPort(), new Scenario(100, 3), 5, 40, 30);
            assertEquals(40, samples.length);
            for (long sample : samples) assertTrue(sample > 0);
            BenchException wrong = assertThrows(
                    BenchException.class,
                    () -> agent.measure("127.0.0.1", corrupting.getLocalPort(), new Scenario(10, 1), 0, 5, 30));
            assertTrue(
                    wrong.getMessage().contains("the echo differs from the message sent (10 bytes)"),
                    wrong.getMessage());
            int closed;
            try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closed = gone.getLocalPort();
            }
            BenchException refused = assertThrows(
                    BenchException.class,
                    () -> agent.firstEcho("127.0.0.1", closed, Duration.ofMillis(300), Optional::empty));
            assertTrue(refused.getMessage().contains("no echo from 127.0.0.1:" + closed), refused.getMessage());
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
