package ukl.qemutests;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The programs of {@code ukl-corpus}: where its classes are, and which have a {@code main}. */
final class Corpus {
    private Corpus() {}

    /** The jar or folder holding the corpus classes. */
    static Path location() {
        try {
            return Path.of(corpus.HelloWorld.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Binary names of the corpus classes that declare {@code public static void main(String[])}. */
    static List<String> programs() throws IOException {
        Path root = location();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root.resolve("corpus"))) {
                return names(files.map(p -> p.getFileName().toString()));
            }
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
            return names(jar.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.startsWith("corpus/") && n.indexOf('/', 7) < 0)
                    .map(n -> n.substring(7)));
        }
    }

    private static List<String> names(Stream<String> fileNames) {
        return fileNames
                .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                .map(n -> "corpus." + n.substring(0, n.length() - ".class".length()))
                .filter(Corpus::hasMain)
                .sorted()
                .toList();
    }

    private static boolean hasMain(String className) {
        try {
            var main = Class.forName(className, false, Corpus.class.getClassLoader())
                    .getMethod("main", String[].class);
            return java.lang.reflect.Modifier.isStatic(main.getModifiers());
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
