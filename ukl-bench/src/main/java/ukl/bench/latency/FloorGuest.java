package ukl.bench.latency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ukl.bench.run.BenchException;
import ukl.bench.run.HostCommand;

/**
 * The floor guest's ELF, compiled here with the host's gcc from {@code floor/floor-entry.S},
 * {@code floor/floor.c} and {@code floor/floor.ld} (resources of this package), as the C latency
 * client is: a freestanding PVH image of a few KiB that QEMU boots with {@code -kernel} like a ukl
 * image ({@code floor.c} says what it does).
 */
final class FloorGuest {
    static final List<String> SOURCES = List.of("floor-entry.S", "floor.c", "floor.ld");
    /** The image's name in the directory it is built in. */
    static final String IMAGE = "floor.elf";

    private FloorGuest() {}

    /** Writes the sources into {@code dir} and links {@code dir/floor.elf}; returns its path. */
    static Path build(Path dir) throws BenchException {
        try {
            Files.createDirectories(dir);
            for (String source : SOURCES) {
                try (InputStream in = FloorGuest.class.getResourceAsStream("floor/" + source)) {
                    if (in == null)
                        throw new BenchException("the floor guest's source floor/" + source + " is missing");
                    Files.write(dir.resolve(source), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new BenchException("cannot write the floor guest's sources to " + dir + ": " + e.getMessage(), e);
        }
        Path image = dir.resolve(IMAGE);
        HostCommand.run(command(dir, image));
        return image;
    }

    /** gcc's command line: freestanding, no PIE, no red zone, linked with floor.ld at 1 MiB. */
    static List<String> command(Path dir, Path image) {
        List<String> command = new ArrayList<>(List.of(
                "gcc",
                "-O2",
                "-Wall",
                "-ffreestanding",
                "-fno-pic",
                "-fno-pie",
                "-no-pie",
                "-fno-stack-protector",
                "-mno-red-zone",
                "-fno-asynchronous-unwind-tables",
                "-nostdlib",
                "-static",
                "-Wl,-T," + dir.resolve("floor.ld"),
                "-Wl,--build-id=none",
                "-Wl,-z,noexecstack",
                "-o",
                image.toString()));
        command.add(dir.resolve("floor-entry.S").toString());
        command.add(dir.resolve("floor.c").toString());
        return command;
    }
}
