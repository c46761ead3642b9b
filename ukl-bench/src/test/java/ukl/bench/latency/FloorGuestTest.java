package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.ImageBoot;
import ukl.bench.run.SharedTap;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.RunningQemu;

/**
 * The floor guest for real: compiled with gcc, booted by QEMU on a tap in a namespace of its own
 * (as the benchmark boots it), it answers the C client's UDP probe and echoes datagrams of 64 B
 * and 1 KiB (the client checks every byte). QEMU, the client, the tap and the namespace are gone
 * afterwards.
 */
class FloorGuestTest {
    @Test
    void bootsOnATapAndEchoesUdp(@TempDir Path dir) throws Exception {
        Path image = FloorGuest.build(dir.resolve("floor"));
        assertTrue(Files.size(image) < 64 * 1024, "a few KiB: " + Files.size(image));
        String namespace;
        try (SharedTap tap = new SharedTap("ukfloor", line -> {})) {
            TapNetwork network = tap.network();
            namespace = network.namespace();
            try (ClientAgent client = ClientAgent.start("namespace", ClientProgram.C, network::command, dir);
                    RunningQemu qemu = ImageBoot.start(image, 64, Accelerator.TCG, network, "7")) {
                long echoed = client.firstEcho(
                        Transport.UDP,
                        TapNetwork.GUEST_ADDRESS,
                        7,
                        Duration.ofSeconds(30),
                        () -> qemu.isAlive()
                                ? java.util.Optional.empty()
                                : java.util.Optional.of("QEMU stopped: " + qemu.stderr() + qemu.qemuMessages()));
                assertTrue(echoed > 0);
                assertTrue(qemu.stdout().contains("floor: udp echo on port 7"), qemu.stdout());
                for (int size : new int[] {64, 1024}) {
                    ClientAgent.Measurement m = client.measure(
                            Transport.UDP, TapNetwork.GUEST_ADDRESS, 7, new Scenario(size, 1), 20, 200, 30);
                    assertEquals(200, m.nanos().length, size + " B");
                    assertTrue(m.lost() < 20, size + " B: " + m.lost() + " datagrams lost");
                    for (long n : m.nanos()) assertTrue(n > 0);
                }
            }
        }
        assertTrue(
                ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "a child process outlived the test");
        assertTrue(!Files.exists(Path.of("/run/netns", namespace)), "namespace " + namespace + " is left");
    }
}
