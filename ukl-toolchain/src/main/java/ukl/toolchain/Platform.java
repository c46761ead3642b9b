package ukl.toolchain;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The artifacts on the toolchain's own class path (they are its dependencies) that decide what an
 * image contains: the three every image links against, and the toolchain's own code, which decides
 * how they are linked, translated and compiled.
 *
 * @param classLibrary ukl-classlib (the {@code java.*} world of an image)
 * @param kernel ukl-kernel
 * @param libcStubs ukl-libc-stubs (read for signatures only)
 * @param toolchain the class model, the linker, the translator, boot-image (with the C runtime and boot sources it
 *     carries as resources), this module, and the libraries whose output lands in the image (ASM,
 *     ProGuard): a new version of any of them may build a different image from the same inputs
 */
record Platform(Path classLibrary, Path kernel, Path libcStubs, List<Path> toolchain) {
    /** A class that only each toolchain artifact contains, and the artifact's name for messages. */
    private static final Map<String, String> TOOLCHAIN_MARKERS = markers(
            "ukl/classmodel/Resolver.class", "ukl-classmodel",
            "ukl/linker/Linker.class", "ukl-linker",
            "ukl/translator/Translator.class", "ukl-translator",
            "ukl/boot/ImageBuilder.class", "boot-image",
            "ukl/toolchain/Toolchain.class", "ukl-toolchain",
            "org/objectweb/asm/ClassReader.class", "asm",
            "org/objectweb/asm/tree/ClassNode.class", "asm-tree",
            "proguard/ProGuard.class", "proguard-base");

    /** Locates the platform through marker classes that only its artifacts contain. */
    static Platform locate() throws ToolchainException {
        ClassLoader loader = Platform.class.getClassLoader();
        List<Path> toolchain = new ArrayList<>();
        for (Map.Entry<String, String> marker : TOOLCHAIN_MARKERS.entrySet()) {
            Path artifact = find(loader, marker.getKey(), marker.getValue());
            if (!toolchain.contains(artifact)) toolchain.add(artifact);
        }
        return new Platform(
                find(loader, "java/lang/RuntimeSupport.class", "ukl-classlib"),
                find(loader, "ukl/kernel/Start.class", "ukl-kernel"),
                find(loader, "ukl/libc/Libc.class", "ukl-libc-stubs"),
                List.copyOf(toolchain));
    }

    private static Map<String, String> markers(String... resourceThenArtifact) {
        Map<String, String> markers = new LinkedHashMap<>();
        for (int i = 0; i < resourceThenArtifact.length; i += 2) {
            markers.put(resourceThenArtifact[i], resourceThenArtifact[i + 1]);
        }
        return markers;
    }

    /**
     * The class files of package {@code ukl.kernel.arch} (internal name → bytes), whose
     * {@code native} declarations are the kernel natives (docs/contracts.md §5).
     */
    Map<String, byte[]> kernelArchClasses() throws ToolchainException {
        try (FileSystem jar = Files.isDirectory(kernel) ? null : FileSystems.newFileSystem(kernel)) {
            Path root = jar == null ? kernel : jar.getPath("/");
            Map<String, byte[]> classes = new TreeMap<>();
            try (Stream<Path> files = Files.list(root.resolve("ukl/kernel/arch"))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(f).toString();
                    classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(f));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new ToolchainException(
                    "cannot read the kernel natives' declarations (ukl/kernel/arch) in " + kernel + ": "
                            + e.getMessage() + "; the ukl-kernel artifact looks damaged, rebuild it",
                    e);
        }
    }

    /**
     * Where gdb finds the Java sources of the class library and the kernel, whose lines the image's
     * DWARF names by package path (issue #15): beside a build's {@code target/classes}, the module's
     * {@code src/main/java}; beside an installed jar, its {@code -sources.jar}, unpacked under
     * {@code unpackTo} (gdb reads no jars) unless already unpacked from the same jar. An artifact
     * without sources is left out: gdb then shows lines without their text.
     */
    List<Path> sourceRoots(Path unpackTo) throws ToolchainException {
        List<Path> roots = new ArrayList<>();
        for (Path artifact : List.of(classLibrary, kernel)) {
            if (Files.isDirectory(artifact)) {
                Path sources = artifact.resolve("../../src/main/java").normalize();
                if (Files.isDirectory(sources)) {
                    roots.add(sources);
                }
                continue;
            }
            String name = artifact.getFileName().toString();
            if (!name.endsWith(".jar")) {
                continue;
            }
            String base = name.substring(0, name.length() - ".jar".length());
            Path jar = artifact.resolveSibling(base + "-sources.jar");
            if (Files.isRegularFile(jar)) {
                roots.add(unpack(jar, unpackTo.resolve(base)));
            }
        }
        return roots;
    }

    private static Path unpack(Path jar, Path dir) throws ToolchainException {
        Path stamp = dir.resolve(".unpacked-from");
        try {
            String from =
                    jar.toAbsolutePath() + " " + Files.getLastModifiedTime(jar).toMillis();
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(from)) {
                return dir;
            }
            try (FileSystem zip = FileSystems.newFileSystem(jar);
                    Stream<Path> files = Files.walk(zip.getPath("/"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(zip.getPath("/").relativize(f).toString())
                            .normalize();
                    if (!to.startsWith(dir)) {
                        continue; // an entry naming a path outside the folder
                    }
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(stamp, from);
            return dir;
        } catch (IOException e) {
            throw new ToolchainException(
                    "cannot unpack the sources " + jar + " for gdb into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path find(ClassLoader loader, String resource, String artifact) throws ToolchainException {
        try {
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                Path root = rootOf(urls.nextElement(), resource);
                if (root != null) {
                    return root;
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new ToolchainException(
                    "cannot locate " + artifact + " on the toolchain's class path: " + e.getMessage(), e);
        }
        throw new ToolchainException(artifact + " is not on the toolchain's class path (looked for " + resource
                + "); the ukl toolchain depends on it: check that dev.ukl:" + artifact + " resolved");
    }

    /** The jar or folder a resource URL comes from; {@code null} for the JDK's own image. */
    private static Path rootOf(URL url, String resource) throws URISyntaxException {
        switch (url.getProtocol()) {
            case "jar" -> {
                String spec = url.getPath(); // file:/x/y.jar!/a/b.class
                String file = spec.substring(0, spec.indexOf("!/"));
                return Path.of(new URI(file));
            }
            case "file" -> {
                Path path = Path.of(url.toURI());
                for (int i = resource.split("/").length; i > 0; i--) {
                    path = path.getParent();
                }
                return path;
            }
            default -> {
                return null;
            }
        }
    }
}
