package ukl.bench.linux;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.cpio.CpioArchiveEntry;
import org.apache.commons.compress.archivers.cpio.CpioArchiveOutputStream;
import org.apache.commons.compress.archivers.cpio.CpioConstants;

/**
 * An initramfs being assembled: a tree of directories, files and device nodes, written as an
 * uncompressed cpio archive in the "newc" format the kernel unpacks into its rootfs
 * (Documentation/driver-api/early-userspace/buffer-format.rst). Uncompressed, because under TCG
 * the kernel's gunzip of a JRE-sized archive would add seconds to every boot.
 *
 * <p>Entries are written sorted by path, so every directory precedes its contents, and with
 * mtime 0, so equal inputs give byte-equal archives.
 */
final class Initramfs {
    private sealed interface Node {}

    private record Directory() implements Node {}

    private record HostFile(Path source, int permissions) implements Node {}

    private record Bytes(byte[] content, int permissions) implements Node {}

    private record CharacterDevice(int major, int minor) implements Node {}

    /** Paths without the leading '/'. */
    private final SortedMap<String, Node> nodes = new TreeMap<>();

    /** The host file {@code source} at {@code path}; executable when the host file is. */
    void file(String path, Path source) {
        add(path, new HostFile(source, Files.isExecutable(source) ? 0755 : 0644));
    }

    void file(String path, byte[] content, int permissions) {
        add(path, new Bytes(content.clone(), permissions));
    }

    void characterDevice(String path, int major, int minor) {
        add(path, new CharacterDevice(major, minor));
    }

    void directory(String path) {
        add(path, new Directory());
    }

    /** Every regular file under host directory {@code source}, at the same relative path under {@code path}. */
    void tree(String path, Path source) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                file(path + "/" + source.relativize(f), f);
            }
        }
    }

    private void add(String path, Node node) {
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (name.isEmpty() || name.contains("//") || List.of(name.split("/")).contains("..")) {
            throw new IllegalArgumentException("initramfs path '" + path + "' must be a plain absolute path");
        }
        for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
            nodes.putIfAbsent(name.substring(0, slash), new Directory());
        }
        nodes.put(name, node);
    }

    void write(Path archive) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive);
                CpioArchiveOutputStream cpio = new CpioArchiveOutputStream(out, CpioConstants.FORMAT_NEW)) {
            long inode = 1;
            for (var e : nodes.entrySet()) {
                CpioArchiveEntry entry = new CpioArchiveEntry(CpioConstants.FORMAT_NEW, e.getKey());
                entry.setInode(inode++);
                entry.setNumberOfLinks(1);
                entry.setTime(0);
                switch (e.getValue()) {
                    case Directory d -> {
                        entry.setMode(CpioConstants.C_ISDIR | 0755);
                        entry.setNumberOfLinks(2);
                    }
                    case HostFile f -> {
                        entry.setMode(CpioConstants.C_ISREG | f.permissions());
                        entry.setSize(Files.size(f.source()));
                    }
                    case Bytes b -> {
                        entry.setMode(CpioConstants.C_ISREG | b.permissions());
                        entry.setSize(b.content().length);
                    }
                    case CharacterDevice c -> {
                        entry.setMode(CpioConstants.C_ISCHR | 0600);
                        entry.setRemoteDeviceMaj(c.major());
                        entry.setRemoteDeviceMin(c.minor());
                    }
                }
                cpio.putArchiveEntry(entry);
                switch (e.getValue()) {
                    case HostFile f -> {
                        try (InputStream in = Files.newInputStream(f.source())) {
                            in.transferTo(cpio);
                        }
                    }
                    case Bytes b -> cpio.write(b.content());
                    case Directory d -> {}
                    case CharacterDevice c -> {}
                }
                cpio.closeArchiveEntry();
            }
        }
    }
}
