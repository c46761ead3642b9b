package ukl.bench.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JRE for the guest: {@code jlink} of {@code java.base} from the JDK running this code, plus the
 * glibc shared objects it links against (taken from the host, which built it and runs it).
 *
 * @param home the jlinked runtime, cached per JDK version
 * @param systemLibraries each library {@code ldd} names outside {@code home}, by the path the
 *     dynamic loader looks for (the guest puts it there), including the loader itself
 */
record JavaRuntime(Path home, Set<Path> systemLibraries) {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** {@code libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)} and the loader's own line {@code /lib64/ld-linux-x86-64.so.2 (0x…)}. */
    private static final Pattern LDD_PATH = Pattern.compile("^\\s*(?:\\S+ => )?(/\\S+) \\(0x", Pattern.MULTILINE);

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
        List<String> command = new ArrayList<>(List.of(
                Commands.require("ldd", "libc-bin"), home.resolve("bin/java").toString()));
        try (Stream<Path> files = Files.walk(home.resolve("lib"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".so"))
                    .map(Path::toString)
                    .forEach(command::add);
        }
        Matcher m = LDD_PATH.matcher(Commands.run(command, home, TIMEOUT));
        Set<Path> libraries = new TreeSet<>();
        while (m.find()) {
            Path library = Path.of(m.group(1));
            if (!library.startsWith(home)) libraries.add(library);
        }
        if (libraries.stream().noneMatch(l -> l.getFileName().toString().startsWith("ld-linux"))) {
            throw new LinuxGuestException("ldd named no dynamic loader (ld-linux*) for " + home.resolve("bin/java")
                    + ": the guest JRE needs a glibc x86-64 host");
        }
        return Set.copyOf(libraries);
    }
}
