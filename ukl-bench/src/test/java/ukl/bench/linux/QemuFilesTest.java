package ukl.bench.linux;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the benchmark reads ahead of a timed boot: this host's QEMU, its libraries and data files. */
class QemuFilesTest {
    @Test
    void listsQemuItsSharedLibrariesAndQboot() throws Exception {
        List<Path> files = QemuFiles.files();
        assertTrue(!files.isEmpty() && files.get(0).endsWith("qemu-system-x86_64"), files.toString());
        assertTrue(
                files.stream().anyMatch(f -> f.getFileName().toString().startsWith("libc.so")),
                "ldd's libraries, libc among them: " + files);
        assertTrue(
                files.stream().anyMatch(f -> f.getFileName().toString().startsWith("ld-linux")),
                "the dynamic loader, which ldd lists without '=>': " + files);
        assertTrue(files.contains(Path.of("/usr/share/qemu/qboot.rom")), files.toString());
        assertTrue(files.contains(Path.of("/usr/share/qemu/pvh.bin")), "the PVH loader: " + files);
        for (Path f : files) assertTrue(Files.isRegularFile(f) && Files.isReadable(f), f.toString());
    }
}
