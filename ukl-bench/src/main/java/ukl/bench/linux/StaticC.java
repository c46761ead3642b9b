package ukl.bench.linux;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Compiles one C file into a static executable ({@code gcc -static -O2 -s}): the guest's init and
 * C payloads run with no shared libraries in the initramfs.
 */
final class StaticC {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final String gcc;

    private StaticC(String gcc) {
        this.gcc = gcc;
    }

    /** gcc, checked for the static C library a {@code -static} link needs. */
    static StaticC locate() throws LinuxGuestException {
        String gcc = Commands.require("gcc", "gcc");
        // gcc prints the bare name back when no directory it searches holds the file.
        String libc = Commands.run(List.of(gcc, "-print-file-name=libc.a"), Path.of("/"), TIMEOUT)
                .strip();
        if (!Path.of(libc).isAbsolute()) {
            throw new LinuxGuestException("gcc -static needs the static C library libc.a, which gcc does not find:"
                    + " install it (Debian: apt-get install libc6-dev)");
        }
        return new StaticC(gcc);
    }

    /** The version line, part of the cache key of everything this compiler built. */
    String version() throws LinuxGuestException {
        return Commands.run(List.of(gcc, "--version"), Path.of("/"), TIMEOUT)
                .lines()
                .findFirst()
                .orElse("");
    }

    void compile(Path source, Path executable) throws LinuxGuestException {
        Commands.run(
                List.of(gcc, "-static", "-O2", "-s", "-Wall", "-o", executable.toString(), source.toString()),
                executable.getParent(),
                TIMEOUT);
    }
}
