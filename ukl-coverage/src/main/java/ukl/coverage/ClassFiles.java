package ukl.coverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Reading class files out of a jar or a folder, and finding the artifact a resource comes from. */
final class ClassFiles {
    private ClassFiles() {}

    /**
     * Calls {@code each} with the entry name and bytes of every class file under {@code root} (a jar or
     * a folder), in name order, leaving out {@code module-info} and {@code META-INF} (a multi-release
     * jar's versioned copies would count a class twice).
     */
    static void forEach(Path root, BiConsumer<String, byte[]> each) {
        try (FileSystem jar = Files.isDirectory(root) ? null : FileSystems.newFileSystem(root)) {
            Path top = jar == null ? root : jar.getPath("/");
            try (Stream<Path> files = Files.walk(top)) {
                for (Path f : files.sorted().toList()) {
                    String name = top.relativize(f).toString();
                    if (name.endsWith(".class")
                            && !name.startsWith("META-INF")
                            && !name.endsWith("module-info.class")) {
                        each.accept(name, Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class files of " + root, e);
        }
    }

    /**
     * The jar or folder on this class path that holds {@code resource}, skipping the JDK's own image
     * (the class library's {@code java.*} resources are looked up past it).
     */
    static Path artifactOf(String resource, String artifact) {
        try {
            Enumeration<URL> urls = ClassFiles.class.getClassLoader().getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("jar")) {
                    String spec = url.getPath(); // file:/x/y.jar!/a/b.class
                    return Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                }
                if (url.getProtocol().equals("file")) {
                    Path p = Path.of(url.toURI());
                    for (int i = resource.split("/").length; i > 0; i--) {
                        p = p.getParent();
                    }
                    return p;
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + artifact + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException(artifact + " is not on the class path (looked for " + resource
                + "); it is a dependency of ukl-coverage: check that it resolved");
    }
}
