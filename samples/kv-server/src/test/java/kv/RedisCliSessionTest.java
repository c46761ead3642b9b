package kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The sample against the truth, Debian's redis-server 7.0, side by side: the same scripted
 * redis-cli session ({@code session.redis}: every command, its options and its error replies) and
 * the same raw RESP and inline requests (protocol errors, quoting, pipelining, requests split
 * across writes) must get the same bytes back from both.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisCliSessionTest {
    private Servers.Running kv;
    private Servers.Running redis;

    @BeforeAll
    void start() throws Exception {
        kv = Servers.kvServer();
        redis = Servers.redis();
    }

    @AfterAll
    void stop() {
        if (kv != null) {
            kv.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    static byte[] session() throws IOException {
        try (InputStream in = RedisCliSessionTest.class.getResourceAsStream("session.redis")) {
            return in.readAllBytes();
        }
    }

    @Test
    void scriptedRedisCliSessionGetsRedisReplies() throws Exception {
        byte[] script = session();
        String expected = new String(Servers.cli(redis.port(), script, "--no-raw"), StandardCharsets.ISO_8859_1);
        String actual = new String(Servers.cli(kv.port(), script, "--no-raw"), StandardCharsets.ISO_8859_1);
        long commands = new String(script, StandardCharsets.ISO_8859_1).lines().count();
        assertTrue(expected.lines().count() >= commands, "the reference answered every command:\n" + expected);
        assertEquals(expected, actual);
    }

    /** Requests sent whole on a fresh connection: replies until the server closes or goes quiet. */
    private static final List<String> RAW = List.of(
            "FOO a b\r\n",
            "get\r\n",
            "*1\r\n$3\r\nget\r\n",
            "*x\r\n",
            "*\r\n",
            "*1\r\nx3\r\nPING\r\n",
            "*1\r\n$-1\r\n",
            "*1\r\n$x\r\n",
            "*1\r\n$+4\r\nPING\r\n",
            "*01\r\n$4\r\nPING\r\n",
            "*2\r\n$4\r\nECHO\r\n$3\r\nabcXY*1\r\n$4\r\nPING\r\n",
            "PING\r\nset \"a b\r\nPING\r\n",
            "set 'a'b c\r\n",
            "set \"a\"b c\r\n",
            "echo \"x\\x41\\n\\ty\" 'it\\'s' \"\\q\"\r\n",
            "PING\r\n\r\n*0\r\n*-1\r\n  \r\nPING\n",
            "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n*2\r\n$3\r\nGET\r\n$1\r\nk\r\nGET k\r\n",
            "PING\r\nQUIT\r\nPING\r\n",
            "FOO " + "x".repeat(200) + " y\r\n",
            "*3\r\n$3\r\nSET\r\n$2\r\nbb\r\n$600000000\r\n");

    @Test
    void rawRequestsGetRedisRepliesAndProtocolErrorsCloseTheConnection() throws Exception {
        for (String request : RAW) {
            byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(exchange(redis.port(), bytes, 1), exchange(kv.port(), bytes, 1), request);
        }
    }

    @Test
    void requestsSplitAcrossWritesAndDeepPipelinesGetRedisReplies() throws Exception {
        StringBuilder pipeline = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            pipeline.append("*3\r\n$3\r\nSET\r\n$5\r\nkey")
                    .append(i % 10)
                    .append("x\r\n$")
                    .append(Integer.toString(i).length())
                    .append("\r\n")
                    .append(i)
                    .append("\r\n");
            pipeline.append("INCR counter\r\n");
            pipeline.append("*2\r\n$3\r\nGET\r\n$5\r\nkey").append(i % 10).append("x\r\n");
        }
        pipeline.append("*2\r\n$5\r\nRPUSH\r\n$").append(100_000).append("\r\n");
        pipeline.append("v".repeat(100_000)).append("\r\n"); // a key of 100 kB: the input buffer grows
        pipeline.append("DEL counter\r\n");
        byte[] bytes = pipeline.toString().getBytes(StandardCharsets.ISO_8859_1);
        for (int pieces : new int[] {1, 7, 1000}) {
            assertEquals(exchange(redis.port(), bytes, pieces), exchange(kv.port(), bytes, pieces), pieces + " pieces");
        }
    }

    /** Sends bytes in {@code pieces} writes and reads until end of stream or 300 ms of quiet; "<EOF>" marks a close. */
    static String exchange(int port, byte[] request, int pieces) throws IOException, InterruptedException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setTcpNoDelay(true);
            s.setSoTimeout(300);
            OutputStream out = s.getOutputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < pieces; i++) {
                        int from = (int) ((long) request.length * i / pieces);
                        int to = (int) ((long) request.length * (i + 1) / pieces);
                        out.write(request, from, to - from);
                        out.flush();
                        if (pieces > 1 && pieces < 100) {
                            Thread.sleep(20);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    // the server closed the connection: what it said is in the reply
                }
            });
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            for (; ; ) {
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    if (writer.isAlive()) {
                        continue;
                    }
                    break;
                } catch (IOException e) {
                    got.write("<RESET>".getBytes(StandardCharsets.US_ASCII));
                    break;
                }
                if (n < 0) {
                    got.write("<EOF>".getBytes(StandardCharsets.US_ASCII));
                    break;
                }
                got.write(buf, 0, n);
            }
            writer.join();
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
