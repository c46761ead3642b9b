package ukl.linker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Test inputs: Java sources compiled in-test, a mini platform (a few {@code java.lang} classes and
 * a mini kernel, from {@code src/test/resources/mini}) whose closure is complete, and the real
 * platform jars from the test class path.
 */
final class Fixture {
    /** The natives of the mini platform, which "the translator" implements. */
    static final Set<String> MINI_NATIVES = Set.of(
            "java/lang/Object.getClass()Ljava/lang/Class;",
            "java/lang/Object.hashCode()I",
            "java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V",
            "ukl/kernel/sys/Sys.exit(I)V");

    private static Path miniLib;
    private static Path miniKernel;

    private Fixture() {}

    /** Compiles {@code sources} ("app/Main.java" → text) into a fresh directory under {@code dir}. */
    static Path compile(Path dir, Map<String, String> sources, List<Path> classpath, String... options) {
        try {
            Path out = Files.createTempDirectory(dir, "classes");
            List<SimpleJavaFileObject> files = new ArrayList<>();
            sources.forEach((name, text) -> files.add(new Source(name, text)));
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-g", "-proc:none", "-Xlint:none"));
            if (!classpath.isEmpty()) {
                args.add("-cp");
                args.add(String.join(
                        java.io.File.pathSeparator,
                        classpath.stream().map(Path::toString).toList()));
            }
            args.addAll(List.of(options));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (!javac.getTask(null, null, null, args, null, files).call()) {
                throw new IllegalStateException("test sources do not compile: " + sources.keySet());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mini class library: compiled as a patch over java.base, as ukl-classlib is. */
    static synchronized Path miniLib() {
        if (miniLib == null) {
            Path src = resource("mini/lib");
            try (Stream<Path> files = Files.walk(src)) {
                List<String> args = new ArrayList<>(List.of(
                        "-d",
                        tempDir("minilib").toString(),
                        "--patch-module",
                        "java.base=" + src,
                        "-proc:none",
                        "-Xlint:none",
                        "-g"));
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
                miniLib = Path.of(args.get(1));
                if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
                    throw new IllegalStateException("the mini class library does not compile");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return miniLib;
    }

    static synchronized Path miniKernel() {
        if (miniKernel == null) {
            Path src = resource("mini/kernel");
            try (Stream<Path> files = Files.walk(src)) {
                List<String> args =
                        new ArrayList<>(List.of("-d", tempDir("minikernel").toString(), "-proc:none", "-g"));
                miniKernel = Path.of(args.get(1));
                files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
                if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)) != 0) {
                    throw new IllegalStateException("the mini kernel does not compile");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return miniKernel;
    }

    /** A jar of another ukl module, from the test class path ({@code ukl-libc-stubs}, ...). */
    static Path moduleJar(String artifactId) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (name.startsWith(artifactId + "-") || p.toString().contains("/" + artifactId + "/target/classes")) {
                return p;
            }
        }
        throw new IllegalStateException(artifactId + " is not on the test class path");
    }

    /** A request over the mini platform. */
    static LinkRequest miniRequest(Path app, String mainClass, Path work, List<String> progress) {
        return new LinkRequest(
                List.of(app),
                List.of(miniLib(), miniKernel()),
                moduleJar("ukl-libc-stubs"),
                mainClass,
                MINI_NATIVES,
                List.of(),
                work,
                progress::add);
    }

    /** The problems a link over the mini platform reports; fails when it links. */
    static List<LinkProblem> problems(LinkRequest request) {
        return failure(request).problems();
    }

    /** How a link fails; fails when it links. */
    static LinkException failure(LinkRequest request) {
        try {
            Linker.link(request);
        } catch (LinkException e) {
            return e;
        }
        throw new AssertionError("the link was expected to fail");
    }

    private static Path resource(String name) {
        try {
            return Path.of(Fixture.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Under the module's target directory, so that {@code mvn clean} removes it. */
    private static Path tempDir(String prefix) throws IOException {
        return Files.createDirectories(Path.of("target", "test-" + prefix));
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String name, String text) {
            super(java.net.URI.create("string:///" + name), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
