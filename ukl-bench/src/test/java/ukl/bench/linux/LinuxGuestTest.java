package ukl.bench.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.net.Shell;
import ukl.bench.net.TapNetwork;

/** Real QEMU, real Debian kernel, real tap: boots each payload and checks exact echoes from the host side. */
class LinuxGuestTest {
    private static final int PORT = 7;
    private static final int MEMORY_MIB = 512;
    /** One short, one that spans several TCP segments (MSS 1460 on this link), one with UTF-8. */
    private static final List<String> MESSAGES = List.of("hello", "x".repeat(5000), "grüße ✓");

    @Test
    void cEchoServerEchoesOverTap() throws Exception {
        GuestImage image = LinuxGuest.builder().payloadCEchoServer(PORT).build();
        assertEchoes("C", image, Duration.ofSeconds(60));
    }

    @Test
    void javaEchoServerEchoesOverTap(@TempDir Path dir) throws Exception {
        Path jar = jarOf(dir.resolve("tiny-echo.jar"), TinyEchoServer.class);
        GuestImage image = LinuxGuest.builder()
                .payloadJava(jar, TinyEchoServer.class.getName(), List.of(Integer.toString(PORT)))
                .build();
        assertEchoes("Java", image, Duration.ofSeconds(120));
    }

    private static void assertEchoes(String what, GuestImage image, Duration readyTimeout) throws Exception {
        try (TapNetwork network = TapNetwork.create("ubguest");
                RunningGuest guest = RunningGuest.boot(image, network, MEMORY_MIB, readyTimeout)) {
            System.out.printf(
                    "%s guest ready: %d ms from QEMU start, %.3f s guest time%n",
                    what, guest.timeToReady().toMillis(), guest.guestSecondsToReady());
            List<String> client = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    classesOf(EchoClient.class).toString(),
                    EchoClient.class.getName(),
                    TapNetwork.GUEST_ADDRESS,
                    Integer.toString(PORT),
                    "2"));
            client.addAll(MESSAGES);
            List<String> expected = new ArrayList<>();
            for (String message : MESSAGES) {
                expected.add("0: " + message);
                expected.add("1: " + message);
            }
            String output = Shell.run(network.command(client));
            assertEquals(expected, output.lines().toList(), () -> "console:\n" + guest.console());
            assertTrue(guest.console().contains("ukl-guest: ready"), guest::console);
        }
    }

    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path jarOf(Path jar, Class<?> type) throws IOException, URISyntaxException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classesOf(type).resolve(entry)));
            out.closeEntry();
        }
        return jar;
    }
}
