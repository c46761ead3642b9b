package ukl.bench.kv;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import ukl.bench.run.BenchException;

/**
 * samples/kv-server (a dependency of this module), found on the class path: its jar from an
 * installed build, or, in a reactor build that resolves it to its classes folder, a jar written
 * from that folder. The sample needs nothing but the JDK, so the jar runs as it is on every JVM
 * target and is what the toolchain links into the image.
 */
final class KvServerJar {
    static final String MAIN_CLASS = "kv.KvServer";

    private KvServerJar() {}

    /** The sample's jar; if only its classes folder is on the class path, written to {@code fallback}. */
    static Path jar(Path fallback) throws BenchException {
        Path root = root();
        if (!Files.isDirectory(root)) return root;
        try (OutputStream file = Files.newOutputStream(fallback);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(root)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                JarEntry entry = new JarEntry(root.relativize(f).toString().replace('\\', '/'));
                entry.setTime(0); // equal classes give an equal jar, and the Linux guest's cache hits
                out.putNextEntry(entry);
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new BenchException("cannot write kv-server's jar " + fallback + ": " + e.getMessage(), e);
        }
        return fallback;
    }

    private static Path root() throws BenchException {
        try {
            Class<?> server = Class.forName(MAIN_CLASS, false, KvServerJar.class.getClassLoader());
            return Path.of(
                    server.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException e) {
            throw new BenchException(
                    "dev.ukl:kv-server is not on the class path (no " + MAIN_CLASS
                            + "): ukl-bench depends on it; build it with mvn install, or run scripts/bench, which does",
                    e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new BenchException("cannot locate dev.ukl:kv-server on the class path: " + e.getMessage(), e);
        }
    }
}
