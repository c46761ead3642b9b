package ukl.bench.latency;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The echo server every target runs, {@code samples/echo-server} (a dependency of this module),
 * found on the class path: its own jar for the toolchain, which adds the platform itself, and a
 * runnable jar with the libc-style stubs for the JVM targets, which need {@code ukl.libc.Libc} too.
 */
final class EchoServerJar {
    static final String MAIN_CLASS = "echo.EchoServer";
    /** What the server prints once it listens (samples/echo-server, {@code EchoServer.main}). */
    static final String LISTENING = "echo-server: listening on port ";

    private EchoServerJar() {}

    /** The echo-server artifact (jar, or classes folder in a reactor build). */
    static Path application() throws BenchException {
        return root("echo/EchoServer.class", "dev.ukl:echo-server");
    }

    /** One jar with the echo server and ukl-libc-stubs, written to {@code jar}, for {@code java -cp jar}. */
    static Path runnable(Path jar) throws BenchException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MAIN_CLASS);
        Set<String> written = new HashSet<>();
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.write(manifestBytes);
            put(out, JarFile.MANIFEST_NAME, manifestBytes.toByteArray());
            for (Path root : new Path[] {application(), root("ukl/libc/Libc.class", "dev.ukl:ukl-libc-stubs")}) {
                copyClasses(root, out, written);
            }
        } catch (IOException e) {
            throw new BenchException("cannot write the echo server's jar " + jar + ": " + e.getMessage(), e);
        }
        return jar;
    }

    private static void copyClasses(Path root, JarOutputStream out, Set<String> written) throws IOException {
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(f).toString().replace('\\', '/');
                    if (written.add(name)) put(out, name, Files.readAllBytes(f));
                }
            }
            return;
        }
        try (JarFile in = new JarFile(root.toFile())) {
            for (JarEntry e :
                    in.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                if (written.add(e.getName()))
                    put(out, e.getName(), in.getInputStream(e).readAllBytes());
            }
        }
    }

    /** Entries carry a fixed time, so the same classes give the same jar (and the Linux guest's cache hits). */
    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        JarEntry entry = new JarEntry(name);
        entry.setTime(0);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** The jar or folder on the class path that holds {@code resource}. */
    private static Path root(String resource, String artifact) throws BenchException {
        URL url = EchoServerJar.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new BenchException(artifact + " is not on the class path (no " + resource
                    + "): ukl-bench depends on it; " + "build it with mvn install, or run scripts/bench, which does");
        }
        try {
            return switch (url.getProtocol()) {
                case "jar" ->
                    Path.of(URI.create(url.getPath().substring(0, url.getPath().indexOf("!/"))));
                case "file" -> {
                    Path path = Path.of(url.toURI());
                    for (int i = resource.split("/").length; i > 0; i--) path = path.getParent();
                    yield path;
                }
                default ->
                    throw new BenchException(
                            "cannot use " + artifact + " from " + url + ": only jars and folders are supported");
            };
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new BenchException("cannot locate " + artifact + " from " + url + ": " + e.getMessage(), e);
        }
    }
}
