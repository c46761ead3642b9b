package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * samples/kv-server as an image on a tap device inside a network namespace this test makes and
 * removes, driven by Debian's real redis-cli and redis-benchmark from inside the namespace: the
 * scripted session the JVM test checks against Redis gets the same replies from the image as from
 * the same jar on a JVM; redis-benchmark finishes without errors; a client sending garbage gets
 * Redis's protocol error and is closed while the others go on; and the GET/SET path allocates
 * little (with {@code ukl.netstats=1} the kernel prints the heap in use once a second); and a
 * thousand connections come and go while redis-benchmark runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KvServerImageTest {
    private static final int PORT = 6379;
    private static final Path SESSION =
            Path.of("..", "samples", "kv-server", "src", "test", "resources", "kv", "session.redis");
    private TapNetwork network;
    private RunningQemu guest;

    @BeforeAll
    void boot() throws Exception {
        Path work = Path.of("target", "kv-image").toAbsolutePath();
        ImageResult image = Toolchain.build(new ImageRequest(
                List.of(jar()), "kv.KvServer", work.resolve("kv-server.ukl"), work.resolve("work"), 64, line -> {}));
        network = TapNetwork.create("uklkv");
        guest = Qemu.forImage(image.image())
                .memoryMiB(64)
                .accelerator(Accelerator.AUTO)
                .cmdline("ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/24 ukl.gw=" + TapNetwork.HOST_ADDRESS
                        + " ukl.netstats=1 -- --port " + PORT + " --maxmemory 16mb")
                .extraArgs(TapNetwork.qemuNetdevArgs("52:54:00:12:34:57"))
                .under(network.command(List.of()))
                .start();
        guest.awaitStdout("kv-server: listening on port " + PORT, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        try {
            if (guest != null) {
                guest.close();
            }
        } finally {
            if (network != null) {
                network.close();
            }
        }
    }

    @Test
    @Order(1)
    void redisCliSessionGetsTheSameRepliesAsOnAJvm() throws Exception {
        byte[] script = Files.readAllBytes(SESSION);
        String onJvm = jvmSession(script);
        String onImage = run(
                List.of("redis-cli", "-h", TapNetwork.GUEST_ADDRESS, "-p", Integer.toString(PORT), "--no-raw"), script);
        assertTrue(
                onJvm.lines().count()
                        >= new String(script, StandardCharsets.US_ASCII).lines().count(),
                onJvm);
        assertEquals(onJvm, onImage);
    }

    @Test
    @Order(2)
    void redisBenchmarkFinishesWithoutErrors() throws Exception {
        String out = benchmark("-n", "2000", "-t", "set,get", "-P", "16");
        System.out.println("redis-benchmark -n 2000 -t set,get -P 16 -q against the image:\n" + out);
        assertFalse(out.toLowerCase().contains("error"), out);
        assertTrue(out.contains("SET: ") && out.contains("GET: "), out);
    }

    @Test
    @Order(3)
    void aClientSendingGarbageGetsTheErrorAndIsClosedOthersGoOn() throws Exception {
        String garbage = "exec 3<>/dev/tcp/" + TapNetwork.GUEST_ADDRESS + "/" + PORT
                + "; printf 'PING\\r\\n*1\\r\\n$x\\r\\nPING\\r\\n' >&3; cat <&3";
        assertEquals(
                "+PONG\r\n-ERR Protocol error: invalid bulk length\r\n",
                run(List.of("bash", "-c", garbage), new byte[0]));
        assertEquals(
                "PONG\n",
                run(
                        List.of("redis-cli", "-h", TapNetwork.GUEST_ADDRESS, "-p", Integer.toString(PORT), "PING"),
                        new byte[0]));
    }

    /**
     * One connection sets and gets back to back; the heap in use (printed by the kernel once a second
     * with ukl.netstats=1; the collector runs only when the heap is full, so the figure grows by what
     * is allocated) may grow by a few bytes a request at most. On a JVM the sample's own path
     * allocates nothing ({@code AllocationTest} in the sample); what grows here is the image's class
     * library and kernel, and the figure printed says how much.
     */
    @Test
    @Order(4)
    void theGetSetPathAllocatesLittle() throws Exception {
        int batch = 200_000;
        benchmark("-c", "1", "-n", "2000", "-t", "set,get", "-P", "16"); // the key exists from here on
        int before = guest.stderr().length();
        // The guest prints the heap once a second: a faster server needs more batches for three lines.
        long requests = 0;
        String out;
        List<Long> used;
        do {
            out = benchmark("-c", "1", "-n", Integer.toString(batch), "-t", "set,get", "-P", "16");
            requests += batch;
            used = NetStatsLines.heap(guest.stderr().substring(before), NetStatsLines.HEAP_USED);
        } while (used.size() < 3 && requests < 5L * batch);
        assertTrue(used.size() >= 3, "expected a heap line a second, got " + used + "\n" + out);
        long perRequest = (used.get(used.size() - 1) - used.get(0)) / (2L * requests);
        System.out.println("heap in use, once a second during " + requests + " SETs then GETs on one connection: "
                + used + "; bytes per request: " + perRequest + "\n" + out);
        assertTrue(used.get(used.size() - 1) >= used.get(0), "a collection ran during the measurement: " + used);
        assertTrue(perRequest < 64, perRequest + " bytes per request: " + used);
    }

    /**
     * A thousand connections opened and closed (one in four after half a command) while
     * redis-benchmark runs five of its tests: the benchmark sees no error, and the server still
     * answers afterwards.
     */
    @Test
    @Order(5)
    void aThousandConnectionsComeAndGoWhileRedisBenchmarkRuns() throws Exception {
        String churn = "for i in $(seq 1000); do exec 3<>/dev/tcp/" + TapNetwork.GUEST_ADDRESS + "/" + PORT
                + " || exit 1; if [ $((i % 4)) = 1 ]; then printf '*3\\r\\n$3\\r\\nSET\\r\\n' >&3; fi;"
                + " exec 3>&-; done; echo churned 1000";
        ByteArrayOutputStream churned = new ByteArrayOutputStream();
        Process p = new ProcessBuilder(network.command(List.of("bash", "-c", churn)))
                .redirectErrorStream(true)
                .start();
        try {
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    p.getInputStream().transferTo(churned);
                } catch (IOException e) {
                    // killed: the assertion below reports what it wrote
                }
            });
            String out = benchmark("-n", "2000", "-t", "set,get,incr,lpush,lpop", "-P", "16");
            boolean finished = p.waitFor(300, TimeUnit.SECONDS);
            if (!finished) {
                p.destroyForcibly();
            }
            reader.join();
            assertTrue(finished && p.exitValue() == 0, "connection churn: " + churned);
            assertEquals("churned 1000\n", churned.toString(StandardCharsets.US_ASCII));
            System.out.println("redis-benchmark while 1,000 connections come and go:\n" + out);
            // e.g. TCP_LISTEN_OVERFLOW: SYNs dropped while the churn filled the socket table
            System.out.println("the guest's counters after the churn: " + NetStatsLines.lastCounters(guest.stderr()));
            assertFalse(out.toLowerCase().contains("error"), out);
            for (String test : List.of("SET", "GET", "INCR", "LPUSH", "LPOP")) {
                assertTrue(out.contains(test + ": "), out);
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        assertEquals(
                "PONG\n",
                run(
                        List.of("redis-cli", "-h", TapNetwork.GUEST_ADDRESS, "-p", Integer.toString(PORT), "PING"),
                        new byte[0]));
    }

    private String benchmark(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("redis-benchmark", "-h", TapNetwork.GUEST_ADDRESS, "-p", Integer.toString(PORT), "-q"));
        command.addAll(List.of(args));
        return run(command, new byte[0]);
    }

    /** The same jar on a JVM on the host, a free loopback port, the same redis-cli session; the server is stopped by PID. */
    private static String jvmSession(byte[] script) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(
                        java, "-cp", jar().toString(), "kv.KvServer", "--port", "0", "--maxmemory", "16mb")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            String prefix = "kv-server: listening on port ";
            assertTrue(line != null && line.startsWith(prefix), "first line of the JVM server: " + line);
            return output(new ProcessBuilder("redis-cli", "-p", line.substring(prefix.length()), "--no-raw"), script);
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Runs a command inside the namespace with the given standard input; its output, or a failure with the guest's side. */
    private String run(List<String> command, byte[] stdin) throws Exception {
        assertTrue(guest.isAlive(), "the guest stopped:\n" + tail(guest.stderr()));
        try {
            return output(new ProcessBuilder(network.command(command)), stdin);
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage() + "\nguest stdout:\n" + guest.stdout() + "\nguest stderr tail:\n"
                            + tail(guest.stderr()),
                    e);
        }
    }

    /** The command's output; fails when it exits with a status other than 0 or runs longer than 300 s. */
    private static String output(ProcessBuilder pb, byte[] stdin) throws Exception {
        Process p = pb.redirectErrorStream(true).start();
        try {
            Thread writer = Thread.ofPlatform().start(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(stdin);
                } catch (IOException e) {
                    // the command exited without reading it all; its output says why
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    p.getInputStream().transferTo(out);
                } catch (IOException e) {
                    // the process was killed: what it wrote so far is in out
                }
            });
            // a client whose server died may retry for ever: the time limit ends it
            boolean finished = p.waitFor(300, TimeUnit.SECONDS);
            if (!finished) {
                p.destroyForcibly(); // only then: destroying closes the pipe the reader may still be draining
            }
            reader.join();
            writer.join();
            String text = out.toString(StandardCharsets.ISO_8859_1);
            if (!finished) {
                throw new AssertionError(String.join(" ", pb.command()) + " did not finish within 300 s:\n" + text);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", pb.command()) + " failed (" + p.exitValue() + "):\n" + text);
            }
            return text;
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    private static Path jar() throws Exception {
        return Path.of(Class.forName("kv.KvServer")
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
