package ukl.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parseMiB("4M"));
    }

    @Test
    void mainClassComesFromConfigurationThenManifest() throws Exception {
        Path jar = tmp.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "app.FromManifest");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
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

    @Test
    void platformArtifactsAreFound() throws ToolchainException {
        Platform platform = Platform.locate();
        assertTrue(Files.exists(platform.classLibrary().resolve("java/lang/RuntimeSupport.class"))
                || platform.classLibrary().toString().endsWith(".jar"), platform.toString());
        assertTrue(Files.exists(platform.kernel()), platform.toString());
        assertTrue(Files.exists(platform.libcStubs()), platform.toString());
    }
}
