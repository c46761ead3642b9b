package ukl.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import proguard.ProGuard;
import ukl.boot.ImageBuilder;
import ukl.classmodel.Resolver;
import ukl.linker.Linker;
import ukl.translator.Translator;

/** The toolchain's own small parts; the pipeline as a whole is tested in qemu-tests. */
class ToolchainPartsTest {
    @TempDir
    Path tmp;

    @Test
    void memorySizesReadAsQemuWritesThem() {
        assertEquals(64, MemorySize.parseMiB("64M"));
        assertEquals(64, MemorySize.parseMiB("64"));
        assertEquals(2048, MemorySize.parseMiB("2g"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MemorySize.parseMiB("lots"));
        assertEquals("cannot read memory size 'lots'; write e.g. 64M or 1G", e.getMessage());
        assertEquals(
                4, MemorySize.parseMiB("4M"), "the launcher takes what QEMU takes; the image checks its own floor");
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parseMiB("0M"));
    }

    @Test
    void mainClassComesFromConfigurationThenManifest() throws Exception {
        Path jar = tmp.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "app.FromManifest");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        assertEquals("app.Configured", MainClass.resolve(" app.Configured ", List.of(jar)));
        assertEquals("app.FromManifest", MainClass.resolve(null, List.of(tmp.resolve("classes"), jar)));
        ToolchainException e = assertThrows(ToolchainException.class, () -> MainClass.resolve("", List.of()));
        assertTrue(e.getMessage().startsWith("no main class: set <mainClass>"), e.getMessage());
    }

    @Test
    void commandLinePutsProgramArgumentsAfterDashes() {
        assertEquals("", Launcher.cmdline(List.of(), List.of()));
        assertEquals("-- a b", Launcher.cmdline(List.of(), List.of("a", "b")));
        assertEquals("ukl.ip=10.0.2.15/24 -- 7", Launcher.cmdline(List.of("ukl.ip=10.0.2.15/24"), List.of("7")));
    }

    @Test
    void programArgumentsWithSpacesAreRefused() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new RunRequest(tmp.resolve("x.ukl"), 64, List.of("two words"), "auto", l -> {}));
        assertTrue(e.getMessage().contains("has no quoting"), e.getMessage());
    }

    @Test
    void fingerprintFollowsContentAndValues() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("classes/a"));
        Files.writeString(dir.resolve("A.class"), "one");
        String first = Fingerprint.of(List.of(tmp.resolve("classes")), "main");
        assertEquals(first, Fingerprint.of(List.of(tmp.resolve("classes")), "main"));
        assertNotEquals(first, Fingerprint.of(List.of(tmp.resolve("classes")), "other"));
        Files.writeString(dir.resolve("A.class"), "two");
        assertNotEquals(first, Fingerprint.of(List.of(tmp.resolve("classes")), "main"));
    }

    /**
     * Issue: an upgraded plugin reused images built by the old runtime, because only the
     * application and the platform were fingerprinted. Every artifact that shapes an image must be
     * an input, and a change to any one input must change the fingerprint.
     */
    @Test
    void everyPartThatShapesAnImageIsFingerprinted() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("app/classes/app"));
        Files.writeString(classes.resolve("Main.class"), "app");
        ImageRequest request = new ImageRequest(
                List.of(tmp.resolve("app/classes")),
                "app.Main",
                tmp.resolve("app.ukl"),
                tmp.resolve("work"),
                64,
                line -> {});
        Platform platform = Platform.locate();
        List<Path> inputs = Toolchain.imageInputs(request, platform);
        assertTrue(
                inputs.containsAll(List.of(
                        tmp.resolve("app/classes"), platform.classLibrary(), platform.kernel(), platform.libcStubs())),
                inputs::toString);
        for (Class<?> part : List.of(
                Resolver.class,
                Linker.class,
                Translator.class,
                ImageBuilder.class,
                Toolchain.class,
                ClassReader.class,
                ClassNode.class,
                ProGuard.class)) {
            Path artifact = Path.of(
                    part.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(
                    inputs.contains(artifact), part.getName() + "'s artifact " + artifact + " is not among " + inputs);
        }
        String before = Fingerprint.of(inputs, "ukl-image-2");
        for (int i = 0; i < inputs.size(); i++) {
            List<Path> changed = new ArrayList<>(inputs);
            changed.set(i, changedCopy(inputs.get(i), tmp.resolve("changed-" + i)));
            assertNotEquals(
                    before, Fingerprint.of(changed, "ukl-image-2"), "a change to " + inputs.get(i) + " went unseen");
        }
    }

    /** A copy of a file or folder, under the same name, with one byte appended to one of its files. */
    private static Path changedCopy(Path original, Path dir) throws IOException {
        Path copy = dir.resolve(original.getFileName().toString());
        if (Files.isDirectory(original)) {
            try (Stream<Path> walk = Files.walk(original)) {
                for (Path p : walk.toList()) {
                    Path target = copy.resolve(original.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(target);
                    else Files.copy(p, target);
                }
            }
            try (Stream<Path> walk = Files.walk(copy)) {
                Path first =
                        walk.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
                Files.write(first, new byte[] {1}, StandardOpenOption.APPEND);
            }
        } else {
            Files.createDirectories(dir);
            Files.copy(original, copy);
            Files.write(copy, new byte[] {1}, StandardOpenOption.APPEND);
        }
        return copy;
    }

    @Test
    void platformArtifactsAreFound() throws ToolchainException {
        Platform platform = Platform.locate();
        assertTrue(
                Files.exists(platform.classLibrary().resolve("java/lang/RuntimeSupport.class"))
                        || platform.classLibrary().toString().endsWith(".jar"),
                platform.toString());
        assertTrue(Files.exists(platform.kernel()), platform.toString());
        assertTrue(Files.exists(platform.libcStubs()), platform.toString());
    }
}
