package ukl.toolchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything an image is built from, so that an unchanged project is not linked,
 * translated and compiled again.
 */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Fingerprint add(String value) {
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Adds a file, or every file below a folder in a stable order, by path and content. */
    Fingerprint add(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                add(path.relativize(file).toString());
                digest.update(Files.readAllBytes(file));
            }
        } else if (Files.isRegularFile(path)) {
            add(path.getFileName().toString());
            digest.update(Files.readAllBytes(path));
        } else {
            add("missing:" + path);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(List<Path> paths, String... values) {
        Fingerprint f = new Fingerprint();
        try {
            for (String v : values) {
                f.add(v);
            }
            for (Path p : paths) {
                f.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f.hex();
    }
}
