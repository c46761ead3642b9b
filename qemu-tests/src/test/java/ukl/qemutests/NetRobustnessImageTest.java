package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * The libc echo-server image under attack from tools no one here wrote (issue #16), on a tap
 * inside a namespace this test makes and removes: a SYN flood from hping3 with random spoofed
 * sources (so no SYN-ACK is ever answered), while and after which a new client must be echoed
 * within 2 s, and after which, once the half-open connections have given up, the live heap is back
 * where it was; the same after an ACK flood; and packets crafted with scapy: a fragmented ping and a fragmented UDP datagram to a
 * closed port (answered after reassembly), overlapping fragments (dropped), and a SYN carrying IP
 * options (answered). Both tools are Debian packages ({@code hping3}, {@code python3-scapy}) that
 * {@code scripts/env.sh} installs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetRobustnessImageTest {
    private static final int PORT = 7;
    private static final String PYTHON = "/usr/bin/python3";
    private static final int FLOOD = 20_000;
    /**
     * SYN-ACKs a half-open connection sends before it is dropped: one retransmission (about 3 s in
     * all) instead of Linux's five (63 s), so that the test sees the flood's connections expire.
     */
    private static final int SYNACK_RETRIES = 1;

    private TapNetwork network;
    private RunningQemu guest;
    private Path probe;

    @BeforeAll
    void boot() throws Exception {
        Path work = Path.of("target", "net-robustness").toAbsolutePath();
        Files.createDirectories(work);
        probe = work.resolve("netprobe.py");
        try (InputStream in = getClass().getResourceAsStream("netprobe.py")) {
            Files.write(probe, in.readAllBytes());
        }
        Class<?> main = echo.libc.LibcEchoServer.class;
        ImageResult image = Toolchain.build(new ImageRequest(
                List.of(Path.of(
                        main.getProtectionDomain().getCodeSource().getLocation().toURI())),
                main.getName(),
                work.resolve("echo-server.ukl"),
                work.resolve("work"),
                64,
                line -> {}));
        network = TapNetwork.create("uklrobust");
        guest = Qemu.forImage(image.image())
                .memoryMiB(64)
                .accelerator(Accelerator.AUTO)
                .cmdline("ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/24 ukl.gw=" + TapNetwork.HOST_ADDRESS
                        + " ukl.netstats=live ukl.synackretries=" + SYNACK_RETRIES + " -- " + PORT)
                .extraArgs(TapNetwork.qemuNetdevArgs("52:54:00:12:34:56"))
                .under(network.command(List.of()))
                .start();
        guest.awaitStdout("echo-server: listening on port " + PORT, Duration.ofSeconds(30));
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

    /**
     * A SYN flood: a new client is served during and right after it, most SYNs leave no state, and
     * once the half-open connections that took the SYN queue have given up, the live heap is back
     * where it was (issue #16, items 1 and 5): a socket slot's objects live only while it is used.
     */
    @Test
    void servesANewClientDuringAndRightAfterASynFlood() throws Exception {
        assertEchoWithin(2.0, "before the flood");
        long heapBefore = liveHeap(Long.MAX_VALUE, 6);
        long heapHalfOpen;
        Map<String, Long> before = counters();
        // --rand-source: spoofed sources that never answer, so every SYN leaves a half-open
        // connection (a SYN-ACK to a reachable host would be reset by its kernel).
        long started = System.nanoTime();
        Process flood = start(List.of(
                "hping3",
                "-q",
                "-S",
                "-p",
                Integer.toString(PORT),
                "--rand-source",
                "-i",
                "u20",
                "-c",
                Integer.toString(FLOOD),
                TapNetwork.GUEST_ADDRESS));
        try {
            Thread.sleep(300);
            double during = assertEchoWithin(5.0, "during the flood");
            heapHalfOpen = liveHeap(Long.MAX_VALUE, 6); // for the record: what the SYN queue holds
            if (!flood.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("hping3 did not finish sending " + FLOOD + " SYNs in 60 s");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String stats = new String(flood.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(stats.contains(FLOOD + " packets transmitted"), "hping3 said: " + stats);
            double after = assertEchoWithin(2.0, "right after the flood of " + FLOOD + " SYNs");
            System.out.printf(
                    "%d SYNs in %.1f s; a new client served %.3f s into the flood, %.3f s after it%n",
                    FLOOD, seconds, during, after);
            Map<String, Long> now = counters();
            long cookies = delta(before, now, "TCP_SYN_COOKIES_SENT");
            // a SYN that finds the socket table full is dropped and counted, as Linux drops one at a
            // full accept queue: like a cookie, it leaves no state (which of the two depends on what
            // else holds slots when the flood starts)
            long dropped = delta(before, now, "TCP_LISTEN_OVERFLOW");
            System.out.println("the guest's counters: " + now);
            assertTrue(
                    cookies + dropped > FLOOD / 2,
                    "most SYNs left no state (cookies " + cookies + ", dropped at a full table " + dropped + ")");
        } finally {
            flood.destroyForcibly();
        }
        assertTrue(guest.isAlive(), "the guest stopped:\n" + guest.stderr());
        long heapAfter = liveHeap(heapBefore, 15);
        System.out.printf(
                "live heap %d bytes before the SYN flood, %d during it, %d once the half-open connections expired%n",
                heapBefore, heapHalfOpen, heapAfter);
        assertTrue(heapAfter <= heapBefore, "the SYN flood left " + (heapAfter - heapBefore) + " bytes behind");
    }

    /** An ACK flood leaves no state: after it the live heap is back where it was (issue #16, item 5). */
    @Test
    void servesANewClientRightAfterAnAckFloodAndKeepsNothing() throws Exception {
        assertEchoWithin(2.0, "before the flood"); // the probe's socket slot exists from here on
        long before = liveHeap(Long.MAX_VALUE, 6);
        Process flood = start(List.of(
                "hping3",
                "-q",
                "-A",
                "-p",
                Integer.toString(PORT),
                "--rand-source",
                "-i",
                "u20",
                "-c",
                Integer.toString(FLOOD),
                TapNetwork.GUEST_ADDRESS));
        try {
            if (!flood.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("hping3 did not finish sending " + FLOOD + " ACKs in 60 s");
            }
        } finally {
            flood.destroyForcibly();
        }
        double after = assertEchoWithin(2.0, "right after a flood of " + FLOOD + " ACKs");
        long live = liveHeap(before, 6);
        System.out.printf(
                "%d ACKs; a new client served %.3f s after them; live heap %d bytes before, %d after%n",
                FLOOD, after, before, live);
        assertTrue(live <= before, "the ACK flood left " + (live - before) + " bytes behind");
    }

    /**
     * The heap that survives a collection ({@code ukl.netstats=live}), from the lines the guest prints
     * from now on: the first one at or below {@code target}, or the last one within {@code seconds}.
     */
    private long liveHeap(long target, int seconds) throws InterruptedException {
        int from = guest.stderr().length();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long live = -1;
        while (live < 0 || (live > target && System.nanoTime() < deadline)) {
            String rest = NetStatsLines.await(guest::stderr, from, NetStatsLines.HEAP_LIVE, Duration.ofSeconds(5));
            live = Long.parseLong(rest.substring(0, rest.indexOf(' ')));
            from = guest.stderr().length();
        }
        return live;
    }

    @Test
    void answersFragmentsAndIpOptionsAsLinuxDoes() throws Exception {
        Map<String, Long> before = counters();
        String out =
                run(List.of(PYTHON, probe.toString(), "packets", TapNetwork.GUEST_ADDRESS, Integer.toString(PORT)), 60);
        System.out.print(out);
        assertTrue(out.contains("fragmented-ping: reply 1000 bytes"), out);
        assertTrue(out.contains("fragmented-udp-closed-port: icmp 3/3"), out);
        assertTrue(out.contains("overlapping-fragments: none"), out);
        assertTrue(out.contains("options-syn: flags SA ack 1001"), out);
        Map<String, Long> now = counters();
        assertEquals(2, delta(before, now, "IP_REASSEMBLED"), "the ping and the UDP datagram: " + now);
        assertEquals(1, delta(before, now, "IP_FRAG_OVERLAP"), now.toString());
        assertEquals(1, delta(before, now, "IP_OPTIONS"), now.toString());
        assertEquals(1, delta(before, now, "ICMP_UNREACHABLE_SENT"), now.toString());
        assertEchoWithin(2.0, "after the crafted packets");
    }

    /**
     * The guest's counters, from the line it prints once a second with {@code ukl.netstats=live}
     * ({@code ukl.netstats: counters NAME=value ...}): the first line printed after this call.
     */
    private Map<String, Long> counters() throws InterruptedException {
        return NetStatsLines.counters(NetStatsLines.await(
                guest::stderr, guest.stderr().length(), NetStatsLines.COUNTERS, Duration.ofSeconds(5)));
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String name) {
        return after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L);
    }

    /** A new client connects and gets 5 bytes echoed within {@code seconds}; returns the time taken. */
    private double assertEchoWithin(double seconds, String when) throws Exception {
        String out = run(
                        List.of(
                                PYTHON,
                                probe.toString(),
                                "echo",
                                TapNetwork.GUEST_ADDRESS,
                                Integer.toString(PORT),
                                Double.toString(seconds)),
                        30)
                .strip();
        double t;
        try {
            t = Double.parseDouble(out);
        } catch (NumberFormatException e) {
            throw new AssertionError("no echo " + when + ": " + out + "\nguest stderr:\n" + guest.stderr());
        }
        assertTrue(t <= seconds, "echoed " + when + " after " + t + " s");
        return t;
    }

    private Process start(List<String> command) throws IOException {
        return new ProcessBuilder(network.command(command))
                .redirectErrorStream(true)
                .start();
    }

    /** Runs a command inside the namespace and returns its output (whatever its exit status). */
    private String run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(network.command(new ArrayList<>(command)))
                .redirectErrorStream(true)
                .start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError(command + " did not finish within " + timeoutSeconds + " s");
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
    }
}
