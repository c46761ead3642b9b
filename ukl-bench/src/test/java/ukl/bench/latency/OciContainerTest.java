package ukl.bench.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.bench.linux.EchoClient;
import ukl.bench.net.Shell;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.GivenImage;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;
import ukl.toolchain.oci.OciImage;

/**
 * The process platform's OCI image run by an existing engine: Debian's containerd and runc, the
 * archive imported with {@code ctr image import} and started with {@code ctr run} with nothing but
 * what the image's config says (entrypoint and arguments), joined to the test's network namespace
 * that holds the tap, given {@code /dev/net/tun} and {@code CAP_NET_ADMIN} (to attach to a tap it
 * does not own). A client in that namespace gets its echoes.
 */
class OciContainerTest {
    private static final int PORT = 7;
    private static final List<String> MESSAGES = List.of("hello", "x".repeat(5000));

    @Test
    void containerdRunsTheProcessImageWithRuncAndItEchoesOverTheTap(@TempDir Path dir) throws Exception {
        ImageResult built = Toolchain.build(new ImageRequest(
                List.of(EchoServerJar.NIO.application()),
                EchoServerJar.NIO.mainClass(),
                dir.resolve("echo-server"),
                dir.resolve("work"),
                64,
                line -> {},
                ukl.boot.Target.PROCESS));
        List<String> arguments = List.of(
                "ukl.tap=tap0",
                "ukl.ip=" + TapNetwork.GUEST_ADDRESS + "/" + TapNetwork.PREFIX_LENGTH,
                "ukl.gw=" + TapNetwork.HOST_ADDRESS,
                "--",
                Integer.toString(PORT));
        Path archive = dir.resolve("echo-server.oci.tar");
        OciImage.write(built.image(), ukl.boot.Target.PROCESS, arguments, "latest", dir.resolve("oci"), archive);

        try (TapNetwork network = TapNetwork.create("uoci");
                Containerd containerd = Containerd.start(java.nio.file.Files.createDirectories(dir.resolve("ctrd")))) {
            String imported =
                    containerd.ctr("image", "import", "--base-name", "ukl.local/echo-server", archive.toString());
            assertTrue(imported.contains("ukl.local/echo-server:latest"), imported);
            Path log = dir.resolve("container.log");
            containerd.runDetached(
                    List.of(
                            "--with-ns",
                            "network:/run/netns/" + network.namespace(),
                            "--device",
                            "/dev/net/tun",
                            "--cap-add",
                            "CAP_NET_ADMIN",
                            "--log-uri",
                            log.toUri().toString()),
                    "ukl.local/echo-server:latest",
                    "echo1");
            String output = echoWithRetries(network, containerd, log);
            List<String> expected = new ArrayList<>();
            for (String m : MESSAGES) expected.add("0: " + m);
            assertEquals(expected, output.lines().toList());
            assertTrue(containerd.ctr("task", "ls").contains("RUNNING"));
        }
        assertTrue(
                ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "a child process outlived the test");
    }

    /**
     * The VM layout's kernel as an engine would find it: {@code umoci unpack} the layout, and the
     * file at urunc's {@code com.urunc.unikernel.binary} (KubeVirt's {@code kernelPath}) boots in
     * QEMU on the tap and echoes. KubeVirt and urunc themselves are not run here.
     */
    @Test
    void theVmLayoutsKernelBootsInQemuAndEchoes(@TempDir Path dir) throws Exception {
        ImageTarget built = new ImageTarget(ukl.boot.qemu.Accelerator.TCG, EchoServerJar.NIO);
        Options options = Options.parse("--quick", "--out", dir.resolve("out").toString());
        try (Lab lab = new Lab(options, dir, line -> {})) {
            built.prepare(lab);
            Path image = dir.resolve("out/ukl-image/echo-server.img");
            OciImage.write(image, ukl.boot.Target.VM, List.of(), "latest", dir.resolve("oci"), dir.resolve("oci.tar"));
            Shell.run(List.of(
                    "umoci",
                    "unpack",
                    "--image",
                    dir.resolve("oci") + ":latest",
                    dir.resolve("bundle").toString()));
            String config = java.nio.file.Files.readString(dir.resolve("bundle/config.json"))
                    .replaceAll("\\s", "");
            assertTrue(config.contains("\"com.urunc.unikernel.binary\":\"/boot/echo-server.img\""), config);
            ImageTarget unpacked = ImageTarget.given(
                    ukl.boot.qemu.Accelerator.TCG,
                    new GivenImage("unpacked", dir.resolve("bundle/rootfs/boot/echo-server.img")));
            try (Server server = unpacked.start(lab, 64)) {
                assertEquals(TapNetwork.GUEST_ADDRESS, server.host());
            }
        }
        assertTrue(
                ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive),
                "a child process outlived the test");
    }

    /** The container needs a moment to start and answer ARP; retry the client until it does (30 s). */
    private static String echoWithRetries(TapNetwork network, Containerd containerd, Path log) throws Exception {
        List<String> client = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                Path.of(EchoClient.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString(),
                EchoClient.class.getName(),
                TapNetwork.GUEST_ADDRESS,
                Integer.toString(PORT),
                "1"));
        client.addAll(MESSAGES);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                return Shell.run(network.command(client));
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    String console = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "(no log)";
                    throw new AssertionError(
                            "no echo from the container in 30 s: " + e.getMessage() + "\ntasks:\n"
                                    + containerd.ctr("task", "ls") + "\nconsole:\n" + console,
                            e);
                }
                Thread.sleep(300);
            }
        }
    }
}
