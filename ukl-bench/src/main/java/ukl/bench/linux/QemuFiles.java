package ukl.bench.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads QEMU's executable, the shared libraries and the data files it loads once before a timed
 * boot, so that the boot times QEMU and the guest, not the host's disk. After a build has pushed
 * them out of the page cache, the first QEMU of a run took 130–190 ms longer to start (2026-12-05:
 * {@code drop_caches}, then a bare image's start to exit 0.16 s against 0.03 s; the benchmark's first
 * boot 204 ms, its later boots of the same image 62–64 ms). The boots a server on a host does
 * again and again find these files in memory too.
 */
public final class QemuFiles {
    private static final String EXECUTABLE = "qemu-system-x86_64";
    /**
     * What else QEMU opens to boot an image here (strace, Debian's QEMU 7.2): the firmware, the
     * PVH loader's option ROM, the NIC's option ROM and TCG, which Debian builds as a module.
     */
    private static final List<Path> DATA = List.of(
            GuestImage.QBOOT,
            Path.of("/usr/share/qemu/pvh.bin"),
            Path.of("/usr/share/qemu/kvmvapic.bin"),
            Path.of("/usr/lib/ipxe/qemu/efi-virtio.rom"),
            Path.of("/usr/lib/x86_64-linux-gnu/qemu/accel-tcg-x86_64.so"));

    private QemuFiles() {}

    /** Reads the files; a failure only costs the boot its warm start, so it is logged, not thrown. */
    public static void warm(Consumer<String> log) {
        try {
            List<Path> files = files();
            if (files.isEmpty())
                log.accept("qemu: " + EXECUTABLE + " not found on PATH; nothing read ahead of the boot");
            for (Path file : files) read(file);
        } catch (LinuxGuestException | IOException e) {
            log.accept("qemu: cannot read its files ahead of the boot (" + e.getMessage() + ")");
        }
    }

    /** The executable, its libraries ({@link SharedLibraries}) and {@link #DATA}; empty without QEMU. */
    static List<Path> files() throws LinuxGuestException {
        Optional<Path> qemu = Commands.find(EXECUTABLE);
        if (qemu.isEmpty()) return List.of();
        List<Path> files = new ArrayList<>(List.of(qemu.get()));
        files.addAll(SharedLibraries.of(List.of(qemu.get())));
        DATA.stream().filter(Files::isRegularFile).forEach(files::add);
        return files;
    }

    private static void read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
