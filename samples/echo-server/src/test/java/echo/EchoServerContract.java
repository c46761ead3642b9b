package echo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * What both echo-server samples promise, checked on each as a JVM child process on a loopback port
 * the host picks, driven by java.net clients: {@link NioEchoServerTest} for the java.nio sample,
 * {@link LibcEchoServerTest} for the one on {@code ukl.libc.Libc}. Every test ends by checking that
 * the server still serves.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EchoServerContract {
    private Process server;
    private int port;

    /** The java command line after the java executable, with port 0. */
    abstract List<String> command() throws URISyntaxException;

    @BeforeAll
    void start() throws IOException, URISyntaxException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(command());
        server = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            String prefix = "echo-server: listening on port ";
            assertTrue(line != null && line.startsWith(prefix), "first line of the server: " + line);
            port = Integer.parseInt(line.substring(prefix.length()));
        } catch (IOException | RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    static String location(Class<?> c) throws URISyntaxException {
        return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.destroyForcibly(); // SIGKILL to the child's PID
            try {
                server.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @AfterEach
    void stillServes() throws IOException {
        assertTrue(server.isAlive(), "the server process died");
        byte[] msg = "still there?".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(msg, echo(msg));
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setTcpNoDelay(true);
        return s;
    }

    private static byte[] pattern(int len, int seed) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (i * 7 + seed + (i >>> 8));
        }
        return b;
    }

    private static byte[] readFully(InputStream in, int len) throws IOException {
        byte[] b = in.readNBytes(len);
        assertEquals(len, b.length, "bytes echoed before the stream ended");
        return b;
    }

    /** One connection: sends {@code msg} from a second thread while reading the echo, then closes. */
    private byte[] echo(byte[] msg) throws IOException {
        try (Socket s = connect()) {
            Thread writer = Thread.ofPlatform().start(() -> {
                try {
                    s.getOutputStream().write(msg);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
            byte[] back = readFully(s.getInputStream(), msg.length);
            join(writer);
            return back;
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eightConcurrentClientsOfOneByteTo256KiB() throws Exception {
        int[] sizes = {1, 100, 1460, 4096, 16_385, 65_536, 100_000, 256 * 1024};
        ExecutorService pool = Executors.newFixedThreadPool(sizes.length);
        try {
            List<Future<byte[]>> echoes = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                byte[] msg = pattern(sizes[i], i);
                echoes.add(pool.submit(() -> echo(msg)));
            }
            for (int i = 0; i < sizes.length; i++) {
                assertArrayEquals(
                        pattern(sizes[i], i), echoes.get(i).get(), "client " + i + ", " + sizes[i] + " bytes");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void halfCloseGetsEverythingBackThenEndOfStream() throws IOException {
        byte[] msg = pattern(10_000, 3);
        try (Socket s = connect()) {
            s.getOutputStream().write(msg);
            s.shutdownOutput();
            assertArrayEquals(msg, readFully(s.getInputStream(), msg.length));
            assertEquals(-1, s.getInputStream().read(), "the server closes after the echo");
        }
    }

    @Test
    void clientResetMidStream() throws IOException {
        Socket s = connect();
        OutputStream out = s.getOutputStream();
        out.write(pattern(64 * 1024, 5));
        readFully(s.getInputStream(), 10);
        s.setSoLinger(true, 0); // close sends RST (RFC 9293 §3.10.5 ABORT)
        s.close();
    }

    @Test
    void thousandSequentialShortConnections() throws IOException {
        for (int i = 0; i < 1000; i++) {
            byte[] msg = pattern(16, i);
            try (Socket s = connect()) {
                s.getOutputStream().write(msg);
                assertArrayEquals(msg, readFully(s.getInputStream(), msg.length), "connection " + i);
            }
        }
    }
}
