package ukl.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Resolves which class's {@code main} the image runs. */
final class MainClass {
    private MainClass() {}

    /** {@code configured} when given, else the {@code Main-Class} of the first jar that has one. */
    static String resolve(String configured, List<Path> classpath) throws ToolchainException {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        for (Path entry : classpath) {
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String main = manifest == null
                            ? null
                            : manifest.getMainAttributes().getValue("Main-Class");
                    if (main != null && !main.isBlank()) {
                        return main.trim();
                    }
                } catch (IOException e) {
                    throw new ToolchainException("cannot read " + entry + ": " + e.getMessage(), e);
                }
            }
        }
        throw new ToolchainException("no main class: set <mainClass> in the ukl-maven-plugin configuration"
                + " (or -Dukl.mainClass=com.example.Main), or give the jar a Main-Class manifest entry");
    }
}
