package ukl.linker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Pass 1: reads every class of the platform (class library, then kernel) and of the application
 * into one world. The class library is the whole {@code java.*} world: the JDK's own classes are
 * never read. {@code ukl.libc} classes are skipped wherever they appear (contracts §1: the stubs
 * never enter the image). When two entries define one class, the first wins, as on a class path.
 */
final class Loader {
    private final Problems problems;
    private final Consumer<String> progress;

    Loader(Problems problems, Consumer<String> progress) {
        this.problems = problems;
        this.progress = progress;
    }

    World load(List<Path> platformClasspath, List<Path> applicationClasspath) {
        World world = new World();
        int platform = 0;
        int application = 0;
        for (Path entry : platformClasspath) {
            for (ClassNode c : read(entry)) {
                platform += addUnlessDuplicate(world, c, entry, false);
            }
        }
        for (Path entry : applicationClasspath) {
            for (ClassNode c : read(entry)) {
                if (c.name.startsWith("java/")) {
                    problems.add(
                            c,
                            null,
                            null,
                            LinkProblem.Kind.JAVA_CLASS_IN_APPLICATION,
                            "the application defines a class in java.* (in " + entry
                                    + "), which belongs to ukl's class library",
                            "move it to a package of your own, or add it to ukl-classlib");
                    continue;
                }
                application += addUnlessDuplicate(world, c, entry, true);
            }
        }
        progress.accept("loaded " + platform + " platform and " + application + " application classes");
        return world;
    }

    /** The class {@code ukl/libc/Libc} from the stubs jar, read for its method signatures only. */
    static ClassNode readLibc(Path libcStubs) {
        for (ClassNode c : read(libcStubs)) {
            if (c.name.equals("ukl/libc/Libc")) {
                return c;
            }
        }
        throw new UncheckedIOException(
                new IOException(libcStubs + " has no ukl/libc/Libc.class; is it the ukl-libc-stubs jar?"));
    }

    private int addUnlessDuplicate(World world, ClassNode c, Path entry, boolean fromApplication) {
        if (c.name.startsWith("ukl/libc/")) {
            return 0;
        }
        if (world.contains(c.name)) {
            progress.accept("warning: duplicate class " + c.name.replace('/', '.') + " in " + entry
                    + " ignored; the first one wins");
            return 0;
        }
        world.add(c, fromApplication);
        return 1;
    }

    /** Every class in a jar or a directory tree, skipping module descriptors and multi-release layers. */
    static List<ClassNode> read(Path entry) {
        List<ClassNode> out = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path p : files.filter(Loader::isClassFile).sorted().toList()) {
                        out.add(parse(Files.readAllBytes(p)));
                    }
                }
            } else {
                // Names byte for byte: only their ASCII ends matter here, and ProGuard's output writes
                // a supplementary character of a class's name as the class file does (modified
                // UTF-8: two 3-byte surrogates), which a UTF-8 reading rejects.
                try (ZipFile zip = new ZipFile(entry.toFile(), StandardCharsets.ISO_8859_1)) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        if (isClassFile(Path.of(e.getName())) && !e.getName().startsWith("META-INF/")) {
                            try (InputStream in = zip.getInputStream(e)) {
                                out.add(parse(in.readAllBytes()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean isClassFile(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".class") && !name.equals("module-info.class");
    }

    static ClassNode parse(byte[] bytes) {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, ClassReader.SKIP_FRAMES);
        return c;
    }
}
