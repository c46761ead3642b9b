package kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * One connection's trouble stays its own: connections that come and go, stall half-way through a
 * command, send garbage or never read their replies do not stop the server serving the others.
 * The server runs with a 64 MiB heap, so a client whose replies piled up without bound would
 * bring it down. Every test ends by checking that it still serves.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobustnessTest {
    private Servers.Running kv;

    @BeforeAll
    void start() throws IOException {
        kv = Servers.kvServer("-Xmx64m");
    }

    @AfterAll
    void stop() {
        if (kv != null) {
            kv.close();
        }
    }

    @AfterEach
    void stillServes() throws IOException {
        assertTrue(kv.process().isAlive(), "the server died");
        try (Socket s = connect()) {
            assertEquals("+PONG\r\n", request(s, "PING\r\n", 7));
        }
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), kv.port());
        s.setTcpNoDelay(true);
        s.setSoTimeout(20_000);
        return s;
    }

    private static String request(Socket s, String request, int replyLength) throws IOException {
        s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        byte[] reply = s.getInputStream().readNBytes(replyLength);
        return new String(reply, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aThousandConnectionsComeAndGoWhileRedisBenchmarkRuns() throws Exception {
        Process bench = new ProcessBuilder(
                        Servers.tool("redis-benchmark"),
                        "-p",
                        Integer.toString(kv.port()),
                        "-n",
                        "20000",
                        "-t",
                        "set,get,incr,lpush,lpop",
                        "-P",
                        "16",
                        "-q")
                .redirectErrorStream(true)
                .start();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                Socket s = connect();
                switch (i % 4) {
                    case 0 -> s.close();
                    case 1 -> { // half a command, then gone
                        s.getOutputStream().write("*3\r\n$3\r\nSET\r\n$1\r\nk".getBytes(StandardCharsets.US_ASCII));
                        s.close();
                    }
                    case 2 -> { // garbage: an error, then the server closes
                        s.getOutputStream().write("*1\r\n$nope\r\n".getBytes(StandardCharsets.US_ASCII));
                        InputStream in = s.getInputStream();
                        assertEquals(
                                "-ERR Protocol error: invalid bulk length\r\n",
                                new String(in.readAllBytes(), StandardCharsets.US_ASCII));
                        s.close();
                    }
                    default -> { // half a command, then silence: kept open until the end
                        s.getOutputStream().write("*2\r\n$3\r\nGET\r\n$10\r\nabc".getBytes(StandardCharsets.US_ASCII));
                        if (stalled.size() < 50) {
                            stalled.add(s);
                        } else {
                            s.close();
                        }
                    }
                }
            }
            String out = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(bench.waitFor(120, TimeUnit.SECONDS), "redis-benchmark did not finish");
            assertEquals(0, bench.exitValue(), out);
            assertFalse(out.toLowerCase().contains("error"), out);
            for (String test : List.of("SET", "GET", "INCR", "LPUSH", "LPOP")) {
                assertTrue(out.contains(test + ": "), "redis-benchmark reports " + test + ":\n" + out);
            }
        } finally {
            bench.destroyForcibly();
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void aClientSendingGarbageGetsAnErrorAndIsClosedTheOthersAreUnaffected() throws IOException {
        try (Socket good = connect();
                Socket bad = connect()) {
            assertEquals("+OK\r\n", request(good, "SET x 1\r\n", 5));
            // a pipeline whose third request is malformed: the first two are answered, then the error
            bad.getOutputStream()
                    .write("PING\r\nINCR x\r\n*2\r\n$3\r\nGET\r\nx\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(
                    "+PONG\r\n:2\r\n-ERR Protocol error: expected '$', got 'x'\r\n",
                    new String(bad.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            assertEquals("$1\r\n2\r\n", request(good, "GET x\r\n", 7));
        }
    }

    @Test
    void aClientThatNeverReadsItsRepliesDoesNotStopTheOthers() throws Exception {
        String big = "b".repeat(10_000);
        try (Socket good = connect();
                Socket greedy = connect()) {
            assertEquals("+OK\r\n", request(good, "SET big " + big + "\r\n", 5));
            // a million GETs would be 10 GB of replies: more than the server's heap, unless it stops reading
            byte[] gets = "GET big\r\n".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    OutputStream out = greedy.getOutputStream();
                    out.write(gets);
                } catch (IOException e) {
                    // closed at the end of the test while still blocked: expected
                }
            });
            Thread.sleep(2000);
            for (int i = 0; i < 100; i++) {
                assertEquals(":" + (i + 1) + "\r\n", request(good, "INCR n\r\n", (":" + (i + 1) + "\r\n").length()));
            }
            assertTrue(writer.isAlive(), "the server read every request of a client that reads nothing");
            greedy.close();
            writer.join();
        }
    }
}
