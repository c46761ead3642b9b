package ukl.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiled objects of the program's C files by content, as ccache keeps them (issue #12 item 5):
 * the key hashes the C file's text, every header on its include path, the flags and gcc's version,
 * so an object is reused exactly when gcc would be given the same input. A hit is touched; after
 * each build the least recently used entries beyond {@link #MAX_ENTRIES} or {@link #MAX_BYTES} are
 * deleted, so the cache stays bounded however many builds share it.
 */
final class ObjectCache {
    /** Enough for the units of a few images of both targets, and their previous versions. */
    static final int MAX_ENTRIES = 48;

    static final long MAX_BYTES = 512L << 20;

    private final Path dir;

    ObjectCache(Path dir) {
        this.dir = dir;
    }

    /** The key of compiling {@code cFile} with these headers (all files of these folders), flags and gcc. */
    static String key(Path cFile, List<Path> includeDirs, List<String> flags, String gccVersion) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        update(digest, gccVersion);
        for (String f : flags) {
            update(digest, f);
        }
        update(digest, cFile.getFileName().toString());
        digest.update(Files.readAllBytes(cFile));
        for (Path d : includeDirs) {
            List<Path> headers;
            try (Stream<Path> s = Files.list(d)) {
                headers = s.filter(p -> p.getFileName().toString().endsWith(".h"))
                        .sorted()
                        .toList();
            }
            for (Path h : headers) {
                update(digest, h.getFileName().toString());
                digest.update(Files.readAllBytes(h));
            }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static void update(MessageDigest digest, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) (b.length >>> 8));
        digest.update((byte) b.length);
        digest.update(b);
    }

    /** Where the object of {@code key} is (or goes). */
    Path object(String key) {
        return dir.resolve(key + ".o");
    }

    /** Whether the object is cached; a hit counts as a use for eviction. */
    boolean lookup(String key) throws IOException {
        Path o = object(key);
        if (!Files.isRegularFile(o)) {
            return false;
        }
        Files.setLastModifiedTime(o, FileTime.fromMillis(System.currentTimeMillis()));
        return true;
    }

    /** A scratch path beside the cache for gcc's output, moved in by {@link #store} once gcc succeeded. */
    Path scratch(String key) throws IOException {
        Files.createDirectories(dir);
        return dir.resolve(key + ".o.tmp");
    }

    void store(String key) throws IOException {
        Files.move(scratch(key), object(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the least recently used objects beyond the bounds. */
    void evict() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> objects = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".o")).forEach(objects::add);
        }
        record Entry(Path path, long time, long size) {}
        List<Entry> entries = new ArrayList<>();
        for (Path p : objects) {
            entries.add(new Entry(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p)));
        }
        entries.sort(Comparator.comparingLong(Entry::time).reversed());
        long bytes = 0;
        for (int i = 0; i < entries.size(); i++) {
            bytes += entries.get(i).size();
            if (i >= MAX_ENTRIES || bytes > MAX_BYTES) {
                Files.deleteIfExists(entries.get(i).path());
            }
        }
    }
}
