package kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The GET/SET path allocates next to nothing once warm: the server runs on a thread of this JVM,
 * redis-benchmark drives SET and GET over one pipelined connection, and the JVM's per-thread
 * allocation counter must grow by less than a few bytes a request (a String or a key copy per
 * request would be tens of bytes). What is left is the connection's own set-up (two 16 KiB
 * buffers) and the JDK's selector bookkeeping.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AllocationTest {
    private static final int REQUESTS = 100_000;

    @Test
    void getAndSetAllocateAlmostNothingPerRequest() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Thread server = Thread.ofPlatform().daemon().name("kv-server").start(() -> {
            try {
                KvServer.main(new String[] {"--port", Integer.toString(port)});
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        awaitListening(port);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        benchmark(port, 10_000); // warm: the key exists, the JIT has compiled the path
        long before = threads.getThreadAllocatedBytes(server.threadId());
        benchmark(port, REQUESTS);
        long perRequest = (threads.getThreadAllocatedBytes(server.threadId()) - before) / (2L * REQUESTS);
        System.out.println("kv-server: bytes allocated per SET or GET request, pipelined 16 deep: " + perRequest);
        assertTrue(perRequest < 4, perRequest + " bytes allocated per request");
    }

    private static void benchmark(int port, int n) throws Exception {
        Process p = new ProcessBuilder(
                        Servers.tool("redis-benchmark"),
                        "-p",
                        Integer.toString(port),
                        "-c",
                        "1",
                        "-n",
                        Integer.toString(n),
                        "-t",
                        "set,get",
                        "-P",
                        "16",
                        "-q")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(
                out.contains("SET: ")
                        && out.contains("GET: ")
                        && !out.toLowerCase().contains("error"),
                out);
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the server did not listen on port " + port);
    }
}
