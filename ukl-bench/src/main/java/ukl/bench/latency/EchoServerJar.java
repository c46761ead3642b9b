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
import ukl.bench.run.BenchException;

/**
 * The echo servers the targets run, the samples (dependencies of this module) found on the class
 * path: {@link #NIO}, {@code samples/echo-server}, the java.nio server a Java developer writes, which
 * every target runs; and {@link #LIBC}, {@code samples/libc-echo-server}, the same protocol on
 * {@code ukl.libc.Libc} directly, as a second image that shows what the standard API layer costs;
 * and {@link #THREADS}, {@code samples/thread-echo-server}, a virtual thread per connection on
 * blocking java.net sockets, an image that shows what the scheduler costs; and {@link #UDP},
 * {@code samples/udp-echo-server}, UDP echo on a {@code java.net.DatagramSocket}, the image held
 * against the floor guest ({@link FloorTarget}), which answers UDP too.
 * Each gives its own jar for the toolchain, which adds the platform itself, and a runnable jar with
 * the libc-style stubs for the JVM targets.
 *
 * @param mainClass the server's main class
 * @param marker a class file only its artifact holds
 * @param artifact the artifact's coordinates, for messages
 */
public record EchoServerJar(String mainClass, String marker, String artifact) {
    public static final EchoServerJar NIO =
            new EchoServerJar("echo.EchoServer", "echo/EchoServer.class", "dev.ukl:echo-server");
    public static final EchoServerJar LIBC =
            new EchoServerJar("echo.libc.LibcEchoServer", "echo/libc/LibcEchoServer.class", "dev.ukl:libc-echo-server");
    public static final EchoServerJar THREADS = new EchoServerJar(
            "echo.threads.ThreadEchoServer", "echo/threads/ThreadEchoServer.class", "dev.ukl:thread-echo-server");
    public static final EchoServerJar UDP =
            new EchoServerJar("echo.udp.UdpEchoServer", "echo/udp/UdpEchoServer.class", "dev.ukl:udp-echo-server");
    /** What the servers print once they listen. */
    public static final String LISTENING = "echo-server: listening on port ";

    /** The server's artifact (jar, or classes folder in a reactor build). */
    public Path application() throws BenchException {
        return root(marker, artifact);
    }

    /** One jar with the server and ukl-libc-stubs, written to {@code jar}, for {@code java -cp jar}. */
    Path runnable(Path jar) throws BenchException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
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
    static Path root(String resource, String artifact) throws BenchException {
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
