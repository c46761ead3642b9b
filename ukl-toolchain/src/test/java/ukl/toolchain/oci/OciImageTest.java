package ukl.toolchain.oci;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ukl.boot.Target;

/**
 * The layout against the OCI tools themselves: every blob is named by its SHA-256, {@code skopeo
 * inspect} reads it, and {@code umoci unpack} turns it into a runtime bundle whose rootfs holds the
 * one file and whose config runs it (the running itself: ukl-bench's OciContainerTest).
 */
class OciImageTest {
    private static final byte[] FILE = "\177ELF stand-in".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everyBlobIsNamedByItsDigestAndTheSameImageGivesTheSameDigests(@TempDir Path dir) throws Exception {
        Path image = Files.write(dir.resolve("echo-server"), FILE);
        String first = OciImage.write(
                image, Target.PROCESS, List.of("ukl.tap=tap0"), "latest", dir.resolve("a"), dir.resolve("a.tar"));
        String second = OciImage.write(
                image, Target.PROCESS, List.of("ukl.tap=tap0"), "latest", dir.resolve("b"), dir.resolve("b.tar"));
        assertEquals(first, second);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.tar")), Files.readAllBytes(dir.resolve("b.tar")));
        try (var blobs = Files.list(dir.resolve("a/blobs/sha256"))) {
            for (Path blob : blobs.toList()) {
                assertEquals("sha256:" + blob.getFileName(), OciImage.digest(Files.readAllBytes(blob)));
            }
        }
        assertTrue(Files.readString(dir.resolve("a/index.json")).contains(first));
    }

    @Test
    void skopeoInspectsTheProcessImage(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("skopeo"), "skopeo is not installed (scripts/env.sh installs it)");
        Path image = Files.write(dir.resolve("echo-server"), FILE);
        OciImage.write(
                image,
                Target.PROCESS,
                List.of("ukl.tap=tap0", "--", "7"),
                "latest",
                dir.resolve("oci"),
                dir.resolve("oci.tar"));
        String config = run(dir, "skopeo", "inspect", "--config", "oci:" + dir.resolve("oci") + ":latest");
        assertTrue(config.replaceAll("\\s", "").contains("\"Entrypoint\":[\"/echo-server\"]"), config);
        assertTrue(config.replaceAll("\\s", "").contains("\"Cmd\":[\"ukl.tap=tap0\",\"--\",\"7\"]"), config);
        String summary = run(dir, "skopeo", "inspect", "oci-archive:" + dir.resolve("oci.tar"));
        assertTrue(summary.contains("\"Architecture\": \"amd64\""), summary);
    }

    @Test
    void umociUnpacksTheProcessImageIntoABundleThatRunsTheExecutable(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("umoci"), "umoci is not installed (scripts/env.sh installs it)");
        Path image = Files.write(dir.resolve("echo-server"), FILE);
        OciImage.write(
                image, Target.PROCESS, List.of("ukl.tap=tap0"), "latest", dir.resolve("oci"), dir.resolve("oci.tar"));
        run(
                dir,
                "umoci",
                "unpack",
                "--image",
                dir.resolve("oci") + ":latest",
                dir.resolve("bundle").toString());
        Path unpacked = dir.resolve("bundle/rootfs/echo-server");
        assertArrayEquals(FILE, Files.readAllBytes(unpacked));
        assertTrue(Files.getPosixFilePermissions(unpacked).contains(PosixFilePermission.OTHERS_EXECUTE));
        String runtime = Files.readString(dir.resolve("bundle/config.json"))
                .replaceAll("\\s", "")
                .replace("\n", "");
        assertTrue(runtime.contains("\"args\":[\"/echo-server\",\"ukl.tap=tap0\"]"), runtime);
    }

    @Test
    void theVmImageHoldsTheKernelUnderBootWithUruncsAnnotations(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("umoci"), "umoci is not installed (scripts/env.sh installs it)");
        Path image = Files.write(dir.resolve("echo-server.ukl"), FILE);
        OciImage.write(
                image, Target.VM, List.of("ukl.ackdelay=0"), "latest", dir.resolve("oci"), dir.resolve("oci.tar"));
        run(
                dir,
                "umoci",
                "unpack",
                "--image",
                dir.resolve("oci") + ":latest",
                dir.resolve("bundle").toString());
        Path kernel = dir.resolve("bundle/rootfs/boot/echo-server.ukl");
        assertArrayEquals(FILE, Files.readAllBytes(kernel));
        assertEquals(OciImage.KUBEVIRT_QEMU_ID, Files.getAttribute(kernel, "unix:uid"));
        String runtime = Files.readString(dir.resolve("bundle/config.json")).replaceAll("\\s", "");
        assertTrue(runtime.contains("\"com.urunc.unikernel.binary\":\"/boot/echo-server.ukl\""), runtime);
        assertTrue(runtime.contains("\"com.urunc.unikernel.cmdline\":\"ukl.ackdelay=0\""), runtime);
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 60 s");
        }
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }
}
