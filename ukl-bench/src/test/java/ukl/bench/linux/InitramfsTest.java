package ukl.bench.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveInputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitramfsTest {
    @Test
    void writesNewcWithParentsFirstModesDeviceNodesAndContent(@TempDir Path dir) throws Exception {
        Path host = Files.writeString(dir.resolve("tool"), "#!/bin/true\n");
        host.toFile().setExecutable(true);
        Initramfs root = new Initramfs();
        root.file("/ukl/bin/tool", host);
        root.file("/ukl/payload", "a\0b\0".getBytes(StandardCharsets.UTF_8), 0644);
        root.characterDevice("/dev/console", 5, 1);
        root.directory("/proc");
        Path archive = dir.resolve("initramfs.cpio");
        root.write(archive);

        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(archive);
                CpioArchiveInputStream cpio = new CpioArchiveInputStream(in)) {
            for (CpioArchiveEntry e = cpio.getNextEntry(); e != null; e = cpio.getNextEntry()) {
                assertEquals(CpioConstants.FORMAT_NEW, e.getFormat());
                assertEquals(0, e.getTime());
                names.add(e.getName());
                switch (e.getName()) {
                    case "dev", "proc", "ukl", "ukl/bin" -> assertEquals(CpioConstants.C_ISDIR | 0755, e.getMode());
                    case "dev/console" -> {
                        assertEquals(CpioConstants.C_ISCHR | 0600, e.getMode());
                        assertEquals(5, e.getRemoteDeviceMaj());
                        assertEquals(1, e.getRemoteDeviceMin());
                    }
                    case "ukl/bin/tool" -> {
                        assertEquals(CpioConstants.C_ISREG | 0755, e.getMode());
                        assertEquals("#!/bin/true\n", new String(cpio.readAllBytes(), StandardCharsets.UTF_8));
                    }
                    case "ukl/payload" -> {
                        assertEquals(CpioConstants.C_ISREG | 0644, e.getMode());
                        assertArrayEquals("a\0b\0".getBytes(StandardCharsets.UTF_8), cpio.readAllBytes());
                    }
                    default -> throw new AssertionError("unexpected entry " + e.getName());
                }
            }
        }
        assertEquals(List.of("dev", "dev/console", "proc", "ukl", "ukl/bin", "ukl/bin/tool", "ukl/payload"), names);
    }

    @Test
    void rejectsPathsThatLeaveTheRoot() {
        Initramfs root = new Initramfs();
        assertThrows(IllegalArgumentException.class, () -> root.directory("/lib/../../etc"));
        assertThrows(IllegalArgumentException.class, () -> root.directory("/"));
    }
}
