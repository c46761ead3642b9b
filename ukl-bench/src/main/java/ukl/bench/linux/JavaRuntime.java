package ukl.bench.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A JRE for the guest: {@code jlink} of {@code java.base} from the JDK running this code, plus the
 * glibc shared objects it links against ({@link SharedLibraries}: the host's, which built it and runs it).
 *
 * @param home the jlinked runtime, cached per JDK version
 * @param systemLibraries each library {@code ldd} names outside {@code home}, by the path the
 *     dynamic loader looks for (the guest puts it there), including the loader itself
 */
record JavaRuntime(Path home, Set<Path> systemLibraries) {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    static JavaRuntime jlinked(Path cacheDir) throws LinuxGuestException {
        Path jdk = Path.of(System.getProperty("java.home"));
        String version = System.getProperty("java.runtime.version").replaceAll("[^A-Za-z0-9.+_-]", "_");
        Path entry = cacheDir.resolve("jre").resolve(version);
        try {
            // jlink insists on creating its output directory itself
            CacheEntry.build(entry, scratch -> jlink(jdk, scratch.resolve("jre"), scratch));
            Path home = entry.resolve("jre");
            return new JavaRuntime(home, systemLibraries(home));
        } catch (IOException e) {
            throw new LinuxGuestException("cannot build the guest's JRE in " + entry + ": " + e.getMessage(), e);
        }
    }

    /**
     * jlink's {@code --generate-cds-archive} writes a class-data-sharing archive for the default
     * (compressed-oops) heap and one for heaps above 32 GB; the guest's heap is far smaller, so the
     * second one is dropped to keep 14 MB out of every initramfs.
     */
    private static void jlink(Path jdk, Path output, Path scratch) throws IOException, LinuxGuestException {
        Path jlink = jdk.resolve("bin/jlink");
        if (!Files.isExecutable(jlink)) {
            throw new LinuxGuestException(
                    "the JDK at " + jdk + " has no bin/jlink (a JRE runs this build?): run it with a full JDK 25");
        }
        Commands.run(
                List.of(
                        jlink.toString(),
                        "--add-modules",
                        "java.base",
                        "--strip-debug",
                        "--no-header-files",
                        "--no-man-pages",
                        "--compress=zip-6",
                        "--generate-cds-archive",
                        "--output",
                        output.toString()),
                scratch,
                TIMEOUT);
        Files.deleteIfExists(output.resolve("lib/server/classes_nocoops.jsa"));
    }

    private static Set<Path> systemLibraries(Path home) throws IOException, LinuxGuestException {
        List<Path> objects = new ArrayList<>(List.of(home.resolve("bin/java")));
        try (Stream<Path> files = Files.walk(home.resolve("lib"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".so")).forEach(objects::add);
        }
        return SharedLibraries.of(objects, home);
    }
}
