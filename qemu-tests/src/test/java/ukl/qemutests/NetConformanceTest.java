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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ukl.bench.linux.GuestImage;
import ukl.bench.linux.LinuxGuest;
import ukl.bench.linux.RunningGuest;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.RunningQemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * A packet-level TCP/IPv4 conformance suite (issue #16, item 4): {@code tcpconform.py} (scapy, the
 * Debian package {@code python3-scapy} that {@code scripts/env.sh} installs) plays a peer on the
 * tap and runs the same cases against the libc echo-server image and against a Linux 6.1 guest
 * running a C echo server ({@link LinuxGuest}), each on a namespace this test makes and removes.
 * The image must behave as {@link #EXPECTED} says; every case where it differs from Linux must be
 * explained in {@link #WHY}; after all cases the image still echoes. The side-by-side table goes to
 * {@code target/net-conformance.md}, and to {@code docs/net-conformance.md} with
 * {@code -Dukl.conformance.refresh=true}.
 */
class NetConformanceTest {
    private static final int PORT = 7;
    private static final String PYTHON = "/usr/bin/python3";
    private static final String MAC = "52:54:00:12:34:56";

    /** What the image does, case by case: what the RFCs ask, or Linux's choice where they leave one. */
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    /** Why the image is right where it differs from Linux. */
    private static final Map<String, String> WHY = new LinkedHashMap<>();

    static {
        String bareReset = "then an ACK gets RST";
        EXPECTED.put("handshake", "SYN+ACK with MSS 1460, echo 'hello', FIN");
        EXPECTED.put("syn-to-closed-port", "RST+ACK"); // RFC 9293 §3.10.7.1
        EXPECTED.put("ack-to-listen", "RST"); // §3.10.7.2
        EXPECTED.put("syn-ack-to-listen", "RST");
        EXPECTED.put("rst-to-listen", "nothing");
        EXPECTED.put("fin-to-listen", "nothing");
        EXPECTED.put("data-without-ack", "nothing, then echo 'still'"); // §3.10.7.4, fifth: drop
        EXPECTED.put("rst-in-syn-received", bareReset); // RFC 9293 §3.10.7.4: back to LISTEN
        EXPECTED.put("rst-in-established-exact", "then data gets RST");
        EXPECTED.put("rst-in-established-in-window", "ACK (challenge ACK: True), then echo 'still'");
        EXPECTED.put("rst-in-established-out-of-window", "nothing, then echo 'still'");
        EXPECTED.put("syn-in-established", "ACK, then echo 'still'");
        EXPECTED.put("rst-in-last-ack", bareReset);
        EXPECTED.put("zero-window-probe", "probed, then echo 'probe!'");
        EXPECTED.put("urgent-data", "echo 'abcdef'");
        EXPECTED.put("mss-536", "largest echoed segment 536 bytes");
        EXPECTED.put("mss-absent", "largest echoed segment 536 bytes"); // RFC 9293 §3.7.1
        EXPECTED.put("mss-1", "largest echoed segment 48 bytes"); // Linux's tcp_min_snd_mss
        EXPECTED.put("syn-valid-raw", "SYN+ACK");
        EXPECTED.put("ip-option-length-0", "ICMP 12/0"); // RFC 1122 §3.2.2.5, as Linux
        for (String malformed : List.of(
                "ip-ihl-4",
                "ip-ihl-past-total-length",
                "ip-total-length-past-frame",
                "ip-total-length-below-header",
                "ip-bad-checksum",
                "tcp-data-offset-4",
                "tcp-data-offset-past-segment",
                "tcp-bad-checksum",
                "tcp-option-length-0",
                "tcp-option-length-past-header",
                "tcp-mss-length-3")) {
            EXPECTED.put(malformed, "nothing");
        }
        WHY.put(
                "urgent-data",
                "RFC 6093 §3 and RFC 9293 §3.8.5: urgent data is part of the stream, the pointer only marks"
                        + " where it ends; Linux by default takes the last urgent byte out of the stream (the"
                        + " BSD behaviour RFC 6093 §3.4 describes), as if SO_OOBINLINE were off. The image"
                        + " delivers it in line, as RFC 6093 §6 asks applications to arrange.");
        String badOptions = "RFC 9293 §3.1 leaves what to do with an illegal option length to the host (RFC 1122"
                + " §4.2.2.5 suggests a reset); the image drops the segment and counts TCP_BAD_OPTIONS, so"
                + " a header it cannot parse never changes a connection. Linux stops parsing at the bad"
                + " option and keeps the segment.";
        WHY.put("tcp-option-length-0", badOptions);
        WHY.put("tcp-option-length-past-header", badOptions);
        WHY.put("tcp-mss-length-3", badOptions);
    }

    /** One row of the suite's output: the case, what it sends, what came back. */
    private record Row(String name, String what, String outcome) {}

    @Test
    void imageAndLinuxSideBySide() throws Exception {
        Path work = Path.of("target", "net-conformance").toAbsolutePath();
        Files.createDirectories(work);
        Path script = work.resolve("tcpconform.py");
        try (InputStream in = getClass().getResourceAsStream("tcpconform.py")) {
            Files.write(script, in.readAllBytes());
        }
        Map<String, Row> image = onImage(work, script);
        Map<String, Row> linux = onLinux(script);

        String table = table(image, linux);
        Files.writeString(Path.of("target", "net-conformance.md"), table);
        if (Boolean.getBoolean("ukl.conformance.refresh")) {
            Files.writeString(Path.of("..", "docs", "net-conformance.md"), table);
        }
        System.out.print(table);

        assertEquals(linux.keySet(), image.keySet(), "both ran every case");
        List<String> wrong = new ArrayList<>();
        for (Row r : image.values()) {
            String expected = EXPECTED.get(r.name());
            if (!r.outcome().equals(expected)) {
                wrong.add(r.name() + ": expected <" + expected + "> but the image did <" + r.outcome() + ">");
            }
            if (!r.outcome().equals(linux.get(r.name()).outcome()) && !WHY.containsKey(r.name())) {
                wrong.add(r.name() + ": the image did <" + r.outcome() + ">, Linux <"
                        + linux.get(r.name()).outcome() + ">, and WHY does not say why");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong) + "\n" + table);
    }

    private Map<String, Row> onImage(Path work, Path script) throws Exception {
        Class<?> main = echo.libc.LibcEchoServer.class;
        ImageResult built = Toolchain.build(new ImageRequest(
                List.of(Path.of(
                        main.getProtectionDomain().getCodeSource().getLocation().toURI())),
                main.getName(),
                work.resolve("echo-server.ukl"),
                work.resolve("work"),
                64,
                line -> {}));
        try (TapNetwork network = TapNetwork.create("uklconform");
                RunningQemu guest = Qemu.forImage(built.image())
                        .memoryMiB(64)
                        .accelerator(Accelerator.AUTO)
                        .cmdline("ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/24 ukl.gw=" + TapNetwork.HOST_ADDRESS
                                + " ukl.netstats=1 -- " + PORT)
                        .extraArgs(TapNetwork.qemuNetdevArgs(MAC))
                        .under(network.command(List.of()))
                        .start()) {
            guest.awaitStdout("echo-server: listening on port " + PORT, Duration.ofSeconds(30));
            Map<String, Row> rows = suite(network, script);
            String after = run(
                    network,
                    List.of(
                            PYTHON,
                            script.toString(),
                            TapNetwork.GUEST_ADDRESS,
                            Integer.toString(PORT),
                            MAC,
                            "handshake"));
            assertTrue(
                    after.contains("echo 'hello'"),
                    "the image still echoes after the suite: " + after + "\n" + guest.stderr());
            assertTrue(guest.isAlive(), "the image stopped:\n" + guest.stderr());
            return rows;
        }
    }

    private Map<String, Row> onLinux(Path script) throws Exception {
        GuestImage image = LinuxGuest.builder().payloadCEchoServer(PORT).build();
        try (TapNetwork network = TapNetwork.create("uklconfl");
                RunningGuest guest = RunningGuest.boot(
                        image,
                        network,
                        256,
                        Duration.ofSeconds(120),
                        // no offloads: the tap must see the segments Linux cut, not a TSO super-frame
                        List.of("-global", "virtio-net-pci.csum=off"))) {
            return suite(network, script);
        }
    }

    private static Map<String, Row> suite(TapNetwork network, Path script) throws Exception {
        String out =
                run(network, List.of(PYTHON, script.toString(), TapNetwork.GUEST_ADDRESS, Integer.toString(PORT), MAC));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            String[] f = line.split("\\|", 3);
            if (f.length == 3) {
                rows.put(f[0], new Row(f[0], f[1], f[2]));
            }
        }
        assertTrue(!rows.isEmpty(), "the suite printed no case: " + out);
        return rows;
    }

    private static String table(Map<String, Row> image, Map<String, Row> linux) {
        StringBuilder b = new StringBuilder();
        b.append("# TCP/IPv4 conformance: the image and Linux side by side\n\n")
                .append(
                        "Written by `NetConformanceTest` (qemu-tests; refresh with `-Dukl.conformance.refresh=true`):\n")
                .append("`tcpconform.py` (scapy) plays a peer on the tap and sends each case to the libc\n")
                .append("echo-server image and to a Linux 6.1 guest running a C echo server. Where the two\n")
                .append("differ, the last column says why the image is right. The peer is an address no\n")
                .append("interface holds (scapy answers ARP for it), so the host's TCP never interferes; the\n")
                .append("Linux guest runs without virtio offloads, so the tap sees the segments it cut itself.\n")
                .append("States an echo server never enters from outside (SYN-SENT, FIN-WAIT, CLOSING, a\n")
                .append("server's TIME-WAIT) are covered on the JVM by `TcpStateTest` and `TcpRobustnessTest`.\n\n")
                .append("| case | sent | image | Linux 6.1 | why they differ |\n")
                .append("|---|---|---|---|---|\n");
        int same = 0;
        for (Row r : image.values()) {
            Row l = linux.get(r.name());
            String lo = l == null ? "(not run)" : l.outcome();
            boolean agree = r.outcome().equals(lo);
            if (agree) {
                same++;
            }
            b.append("| ")
                    .append(r.name())
                    .append(" | ")
                    .append(r.what())
                    .append(" | ")
                    .append(r.outcome())
                    .append(" | ")
                    .append(lo)
                    .append(" | ")
                    .append(agree ? "" : WHY.getOrDefault(r.name(), "**not explained**"))
                    .append(" |\n");
        }
        b.append("\n").append(same).append(" of ").append(image.size()).append(" cases alike.\n");
        return b.toString();
    }

    /** Runs a command inside the namespace and returns its output (whatever its exit status). */
    private static String run(TapNetwork network, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(network.command(new ArrayList<>(command)))
                .redirectErrorStream(true)
                .start();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                throw new AssertionError(command + " did not finish within 300 s");
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
    }
}
