package ukl.bench.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    private static final List<Path> DATA = Stream.of(
                    "/usr/share/qemu/qboot.rom",
                    "/usr/share/qemu/pvh.bin",
                    "/usr/share/qemu/kvmvapic.bin",
                    "/usr/lib/ipxe/qemu/efi-virtio.rom",
                    "/usr/lib/x86_64-linux-gnu/qemu/accel-tcg-x86_64.so")
            .map(Path::of)
            .toList();
    /** ldd's lines: {@code libz.so.1 => /lib/.../libz.so.1 (0x...)} and {@code /lib64/ld-linux-x86-64.so.2 (0x...)}. */
    private static final Pattern LIBRARY = Pattern.compile("(?m)^\\s*(?:\\S+ => )?(/\\S+) \\(0x");

    private QemuFiles() {}

    /** Reads the files; a failure only costs the boot its warm start, so it is logged, not thrown. */
    public static void warm(Consumer<String> log) {
        try {
            long bytes = 0;
            for (Path file : files()) bytes += read(file);
            if (bytes == 0) log.accept("qemu: " + EXECUTABLE + " not found on PATH; nothing read ahead of the boot");
        } catch (BenchException | IOException e) {
            log.accept("qemu: cannot read its files ahead of the boot (" + e.getMessage() + ")");
        }
    }

    /** The executable, its libraries (ldd) and {@link #DATA}; empty when QEMU is not on the PATH. */
    static List<Path> files() throws BenchException {
        Optional<Path> qemu = onPath();
        if (qemu.isEmpty()) return List.of();
        List<Path> files = new ArrayList<>(List.of(qemu.get()));
        Matcher m = LIBRARY.matcher(HostCommand.run(List.of("ldd", qemu.get().toString())));
        while (m.find()) files.add(Path.of(m.group(1)));
        DATA.stream().filter(Files::isRegularFile).forEach(files::add);
        return files;
    }

    private static long read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, EXECUTABLE);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
