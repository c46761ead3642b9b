package ukl.bench.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TapNetworkTest {
    @Test
    void createPutsTapAtHostAddressAndCloseRemovesEverything() throws Exception {
        TapNetwork network = TapNetwork.create("ubtest");
        String namespace = network.namespace();
        assertTrue(namespace.matches("ubtest-" + ProcessHandle.current().pid() + "-\\d+"), namespace);
        try {
            assertTrue(namespaces().contains(namespace));
            String tap = Shell.run(network.command(List.of("ip", "-o", "-4", "addr", "show", "dev", "tap0")));
            assertTrue(tap.contains("inet 10.0.2.1/24"), tap);
            String link = Shell.run(network.command(List.of("ip", "-o", "link", "show", "dev", "tap0")));
            assertTrue(link.contains("UP"), link);
        } finally {
            network.close();
        }
        assertFalse(namespaces().contains(namespace));
        network.close(); // idempotent
        assertThrows(IllegalStateException.class, () -> network.command(List.of("true")));
    }

    @Test
    void pinnedNeighbourIsPermanentSoNoArpIsNeeded() throws Exception {
        try (TapNetwork network = TapNetwork.create("ubtest")) {
            network.pinNeighbour(TapNetwork.GUEST_ADDRESS, "52:54:00:12:34:56");
            String neighbours = Shell.run(network.command(List.of("ip", "neigh", "show", "dev", "tap0")));
            assertEquals("10.0.2.15 lladdr 52:54:00:12:34:56 PERMANENT", neighbours.strip());
            assertThrows(
                    IllegalArgumentException.class, () -> network.pinNeighbour(TapNetwork.GUEST_ADDRESS, "52:54:00"));
        }
    }

    @Test
    void failureInsideTryWithResourcesStillCleansUp() throws Exception {
        String[] name = new String[1];
        assertThrows(IllegalStateException.class, () -> {
            try (TapNetwork network = TapNetwork.create("ubtest")) {
                name[0] = network.namespace();
                throw new IllegalStateException("the test body failed");
            }
        });
        assertFalse(namespaces().contains(name[0]));
    }

    /** A JVM that exits without close() still deletes its namespace, through the shutdown hook. */
    @Test
    void jvmExitWithoutCloseRemovesTheNamespace() throws Exception {
        String classpath = Path.of(TapNetwork.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                + File.pathSeparator
                + Path.of(Forgetful.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
        String namespace = Shell.run(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        Forgetful.class.getName()))
                .strip();
        assertTrue(namespace.startsWith("ubforget-"), namespace);
        assertFalse(namespaces().contains(namespace));
    }

    /** Creates a network, prints its name, and exits without closing it. */
    public static final class Forgetful {
        public static void main(String[] args) throws NetworkSetupException {
            System.out.println(TapNetwork.create("ubforget").namespace());
        }
    }

    @Test
    void sweepDeletesNamespacesOfDeadProcessesOnly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String stale = "ubsweep-" + gone.pid() + "-0";
        String live = "ubsweep-" + ProcessHandle.current().pid() + "-7";
        Shell.run(List.of("ip", "netns", "add", stale));
        Shell.run(List.of("ip", "netns", "add", live));
        try {
            assertEquals(List.of(stale), TapNetwork.sweepStale("ubsweep"));
            assertFalse(namespaces().contains(stale));
            assertTrue(namespaces().contains(live));
        } finally {
            Shell.run(List.of("ip", "netns", "delete", live));
            if (namespaces().contains(stale)) Shell.run(List.of("ip", "netns", "delete", stale));
        }
    }

    @Test
    void qemuArgumentsAttachTransitionalVirtioNetToTap0() {
        assertEquals(
                List.of(
                        "-netdev",
                        "tap,id=n0,ifname=tap0,script=no,downscript=no",
                        "-device",
                        "virtio-net-pci,netdev=n0,mac=52:54:00:12:34:56"),
                TapNetwork.qemuNetdevArgs("52:54:00:12:34:56"));
        assertThrows(IllegalArgumentException.class, () -> TapNetwork.qemuNetdevArgs("52:54:00:12:34"));
    }

    @Test
    void prefixMustBeAShortLowerCaseName() {
        assertThrows(IllegalArgumentException.class, () -> TapNetwork.create("Bad/Name"));
    }

    @Test
    void eachMissingPreconditionHasItsOwnMessage() {
        Optional<Path> ip = Optional.of(Path.of("/usr/sbin/ip"));
        assertTrue(IpCommand.problem(Optional.empty(), true, 0).orElseThrow().contains("apt-get install iproute2"));
        assertTrue(IpCommand.problem(ip, false, 0).orElseThrow().contains("/dev/net/tun"));
        assertTrue(IpCommand.problem(ip, true, 1000).orElseThrow().contains("uid 1000"));
        assertEquals(Optional.empty(), IpCommand.problem(ip, true, 0));
    }

    private static List<String> namespaces() throws IOException, InterruptedException {
        return Shell.run(List.of("ip", "netns", "list"))
                .lines()
                .map(l -> l.split("\\s+")[0])
                .toList();
    }
}
