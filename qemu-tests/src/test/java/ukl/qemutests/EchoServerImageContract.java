package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
import ukl.boot.Target;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * What an echo-server sample does as an image ({@link NioEchoServerImageTest} for the java.nio
 * server, {@link LibcEchoServerImageTest} for the one on ukl.libc.Libc), on a tap device inside a
 * network namespace this test makes and removes: it answers ping, serves 8 concurrent clients with messages up to 256 KiB, survives
 * a reset and a half-close, and 1,000 short connections, and still serves after each. Clients run
 * in child JVMs inside the namespace ({@link EchoClients}). The same contract holds for the
 * program linked for the process platform, serving on the same tap ({@link #platform()}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EchoServerImageContract {
    private static final int PORT = 7;
    private TapNetwork network;
    private ServerUnderTest guest;

    /** The sample's main class; its jar is where that class comes from. */
    abstract Class<?> mainClass();

    /** The guest's memory: the java.nio server's image serves in 4 MiB (issue #12, item 6). */
    int memoryMiB() {
        return 64;
    }

    /** What the server is linked for: an image in QEMU, or a Linux process on the tap. */
    Target platform() {
        return Target.VM;
    }

    @BeforeAll
    void boot() throws Exception {
        Path work = Path.of("target", "echo-image", getClass().getSimpleName()).toAbsolutePath();
        ImageResult image = Toolchain.build(new ImageRequest(
                List.of(jarOf(mainClass())),
                mainClass().getName(),
                work.resolve("echo-server.ukl"),
                work.resolve("work"),
                64,
                line -> {},
                platform()));
        network = TapNetwork.create("uklecho");
        String options = "ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/24 ukl.gw=" + TapNetwork.HOST_ADDRESS
                + " ukl.netstats=1" + " ukl.boottrace=1";
        if (platform() == Target.PROCESS) {
            guest = ProcessServer.start(
                    network, image.image(), List.of(options.split(" ")), List.of(Integer.toString(PORT)));
            guest.awaitStdout("echo-server: listening on port " + PORT, Duration.ofSeconds(30));
            return;
        }
        guest = new QemuServer(Qemu.forImage(image.image())
                .memoryMiB(memoryMiB())
                .accelerator(Accelerator.AUTO)
                .cmdline(options + " -- " + PORT)
                .extraArgs(TapNetwork.qemuNetdevArgs("52:54:00:12:34:56"))
                .under(network.command(List.of()))
                .start());
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

    @Test
    @Order(1)
    void answersPing() throws Exception {
        String out = inNamespace(List.of("ping", "-c", "3", "-i", "0.2", "-W", "2", TapNetwork.GUEST_ADDRESS));
        assertTrue(out.contains("3 received"), out);
    }

    @Test
    @Order(2)
    void echoesEightConcurrentClientsUpTo256KiB() throws Exception {
        assertEquals("ok concurrent 3486608 bytes", clients("concurrent"));
    }

    @Test
    @Order(3)
    void survivesAClientThatResetsMidStream() throws Exception {
        assertEquals("ok reset then served another client", clients("reset"));
    }

    @Test
    @Order(4)
    void finishesEchoingAfterTheClientsHalfClose() throws Exception {
        assertEquals("ok half-close 50000 bytes then EOF", clients("half-close"));
    }

    @Test
    @Order(5)
    void servesAThousandSequentialShortConnectionsAndStillServes() throws Exception {
        assertEquals("ok sequential 1000 connections", clients("sequential"));
        assertEquals("ok concurrent 3486608 bytes", clients("concurrent"));
        assertTrue(guest.isAlive(), "the guest stopped:\n" + guest.stderr());
    }

    /**
     * The echo path allocates nothing per packet: with ukl.netstats=1 the kernel prints the heap in
     * use once a second, and while one client echoes back to back for four seconds the figure must
     * not move (the first line may still carry the connection's set-up).
     */
    @Test
    @Order(6)
    void echoPathAllocatesNothingPerPacket() throws Exception {
        int before = guest.stderr().length();
        assertEquals("ok steady echoed over 1000 messages", clients("steady", "4000"));
        List<Long> used = NetStatsLines.heap(guest.stderr().substring(before), NetStatsLines.HEAP_USED);
        System.out.println("heap in use, once a second while echoing: " + used);
        assertTrue(used.size() >= 3, "expected a heap line a second, got " + used);
        assertEquals(
                1,
                used.subList(1, used.size()).stream().distinct().count(),
                "the heap in use moved while echoing: " + used);
    }

    /**
     * With ukl.boottrace=1 the first send on a socket printed the boot's milestones on standard
     * error, the boot code's and the kernel's, in time order (a process has no boot to trace).
     */
    @Test
    @Order(7)
    void theBootTraceListsTheMilestonesInTimeOrder() {
        List<String> names = guest.stderr()
                .lines()
                .filter(line -> line.startsWith("ukl: boottrace: ") && line.contains(" ms (+"))
                .map(line -> line.substring(line.indexOf(") ") + 2))
                .toList();
        if (platform() == Target.PROCESS) {
            assertEquals(List.of(), names);
            return;
        }
        assertEquals(
                List.of(
                        "pvh entry",
                        "long mode, C",
                        "memory map",
                        "stack pool",
                        "wall clock",
                        "java start",
                        "tsc calibrated",
                        "kernel options",
                        "first socket",
                        "pci scanned",
                        "nic up",
                        "sockets ready",
                        "listen",
                        "first frame in",
                        "accept",
                        "first send"),
                names,
                guest.stderr());
    }

    /** The server booted for this class's tests. */
    ServerUnderTest guest() {
        return guest;
    }

    /** Runs an {@link EchoClients} scenario inside the namespace; its {@code ok …} line. */
    String clients(String... scenario) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classpath = Path.of(EchoClients.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java.toString(),
                "-cp",
                classpath,
                EchoClients.class.getName(),
                TapNetwork.GUEST_ADDRESS,
                Integer.toString(PORT)));
        command.addAll(List.of(scenario));
        return inNamespace(command).strip();
    }

    /** Runs a command inside the namespace; its output, or a failure with the guest's side of the story. */
    private String inNamespace(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(network.command(command))
                .redirectErrorStream(true)
                .start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError(command + " did not finish within 120 s\nguest stderr:\n" + guest.stderr());
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + p.exitValue() + "):\n" + out
                        + "\nguest stdout:\n" + guest.stdout() + "\nguest stderr:\n" + guest.stderr());
            }
            return out;
        } finally {
            p.destroyForcibly();
        }
    }

    private static Path jarOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
