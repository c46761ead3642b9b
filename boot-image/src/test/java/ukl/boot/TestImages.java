package ukl.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The test guest (src/test/resources/ukl/boot/guest.c), built once per test JVM. */
final class TestImages {
    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path CACHE = TARGET.resolve("boot-cache");
    private static ImageInfo guest;

    private TestImages() {}

    /** A test resource of this package, copied to a file under target/test-images. */
    static Path testSource(String name) throws IOException {
        Path file = TARGET.resolve("test-images").resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("test resource ukl/boot/" + name + " missing");
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    static synchronized ImageInfo guest() throws Exception {
        if (guest == null) {
            List<String> progress = new CopyOnWriteArrayList<>();
            guest = new ImageBuilder(CACHE, progress::add)
                    .build(
                            List.of(testSource("guest.c")),
                            List.of(),
                            List.of(),
                            TARGET.resolve("test-images/guest.elf"));
        }
        return guest;
    }
}
