package ukl.bench.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.net.TapNetwork;

/** A guest that fails to become ready is reported with its console, and its QEMU is gone. */
class GuestFailureTest {
    @Test
    void payloadExitingBeforeItListensFailsTheBootAndPowersOff(@TempDir Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("quits.c"), "int main(void) { return 3; }\n");
        GuestImage image = LinuxGuest.builder().payloadC(source, List.of()).build();
        try (TapNetwork network = TapNetwork.create("ubfail")) {
            LinuxGuestException e = assertThrows(
                    LinuxGuestException.class, () -> RunningGuest.boot(image, network, 256, Duration.ofSeconds(60)));
            assertTrue(e.getMessage().contains("ukl-guest: payload exited with status 3"), e.getMessage());
            // init powered the guest off by itself (QEMU exits 0 on an ACPI power-off)
            assertTrue(e.getMessage().contains("(QEMU exit code 0)"), e.getMessage());
        }
        assertEquals(
                List.of(),
                ProcessHandle.current().children().map(ProcessHandle::info).toList());
    }

    @Test
    void timeoutKillsQemu() throws Exception {
        GuestImage image = LinuxGuest.builder().payloadCEchoServer(7).build();
        try (TapNetwork network = TapNetwork.create("ubfail")) {
            LinuxGuestException e = assertThrows(
                    LinuxGuestException.class, () -> RunningGuest.boot(image, network, 256, Duration.ofMillis(200)));
            assertTrue(e.getMessage().startsWith("the guest was not ready within 200 ms"), e.getMessage());
        }
        assertEquals(
                List.of(),
                ProcessHandle.current().children().map(ProcessHandle::info).toList());
    }
}
