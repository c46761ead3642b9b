package ukl.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The boot code, compiled once per (sources, flags, gcc version) into
 * {@code <cacheDir>/boot-<hash>/}: the headers under {@code include/}, {@code link.ld}, and one
 * object per source. A cache directory appears complete or not at all (built aside, then moved in
 * atomically), so concurrent builds may race harmlessly.
 */
final class BootObjects {
    static final String LINKER_SCRIPT = "link.ld";

    private final Target target;
    private final Path directory;

    private BootObjects(Target target, Path directory) {
        this.target = target;
        this.directory = directory;
    }

    Path includeDirectory() {
        return directory.resolve("include");
    }

    /** The linker script, or {@code null} when the target links with gcc's own. */
    Path linkerScript() {
        return target.linkerScript() == null ? null : directory.resolve(LINKER_SCRIPT);
    }

    List<Path> objects() {
        return target.sources().stream()
                .map(source -> directory.resolve(objectName(source)))
                .toList();
    }

    /** The cached boot objects for these flags, compiled now if the cache lacks them. */
    static BootObjects prepare(Target target, Path cacheDir, Gcc gcc, List<String> cflags, Consumer<String> progress)
            throws ImageBuildException {
        try {
            Files.createDirectories(cacheDir);
            String key = cacheKey(target, cflags, gcc.version());
            Path directory = cacheDir.resolve(target.id() + "-" + key);
            if (Files.isDirectory(directory)) {
                progress.accept("gcc: boot objects cached in " + directory);
                return new BootObjects(target, directory);
            }
            progress.accept("gcc: compiling the boot code (" + target.sources().size() + " files, the " + target.id()
                    + " runtime) into " + directory);
            Path scratch = Files.createTempDirectory(cacheDir, target.id() + "-" + key + ".tmp");
            try {
                compile(target, scratch, gcc, cflags);
                try {
                    Files.move(scratch, directory, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    if (!Files.isDirectory(directory)) throw raced; // else another build finished first: use its copy
                }
            } finally {
                deleteTree(scratch);
            }
            return new BootObjects(target, directory);
        } catch (IOException e) {
            throw new ImageBuildException("cannot prepare the boot objects in " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    private static void compile(Target target, Path scratch, Gcc gcc, List<String> cflags)
            throws IOException, ImageBuildException {
        Path include = Files.createDirectories(scratch.resolve("include"));
        for (String header : target.headers()) Files.write(include.resolve(fileName(header)), resource(header));
        if (target.linkerScript() != null) {
            Files.write(scratch.resolve(LINKER_SCRIPT), resource(target.linkerScript()));
        }
        Path sources = Files.createDirectories(scratch.resolve("src"));
        List<Gcc.Job> jobs = new ArrayList<>();
        for (String source : target.sources()) {
            Path file = sources.resolve(fileName(source));
            Files.write(file, resource(source));
            List<String> arguments = new ArrayList<>(cflags);
            arguments.addAll(List.of(
                    "-I" + include,
                    "-c",
                    file.toString(),
                    "-o",
                    scratch.resolve(objectName(source)).toString()));
            jobs.add(new Gcc.Job(
                    "compiling the boot source " + source, arguments, scratch.resolve(fileName(source) + ".log")));
        }
        gcc.run(jobs);
    }

    private static String objectName(String source) {
        String name = fileName(source);
        return name.substring(0, name.lastIndexOf('.')) + ".o";
    }

    /** A resource's file name: {@code boot/pvh.S} → {@code pvh.S}. */
    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static String cacheKey(Target target, List<String> cflags, String gccVersion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Stream.of(
                            target.sources(),
                            target.headers(),
                            target.linkerScript() == null ? List.<String>of() : List.of(target.linkerScript()))
                    .flatMap(List::stream)
                    .forEach(name -> {
                        digest.update(name.getBytes(StandardCharsets.UTF_8));
                        digest.update(resource(name));
                    });
            digest.update(String.join("\0", cflags).getBytes(StandardCharsets.UTF_8));
            digest.update(gccVersion.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A runtime file by its path under {@code ukl/}, e.g. {@code boot/pvh.S}. */
    static byte[] resource(String name) {
        try (InputStream in = BootObjects.class.getResourceAsStream("/ukl/" + name)) {
            if (in == null)
                throw new IllegalStateException("boot-image resource ukl/" + name + " missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
