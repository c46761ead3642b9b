package ukl.bench.linux;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One directory of the cache, built all or nothing: filled in a scratch directory beside it and
 * renamed into place, so a killed or failed build never leaves a half-built entry, and two runs
 * building the same entry at once both succeed (the first rename wins; the entries are equal).
 */
final class CacheEntry {
    /** Fills the scratch directory with what the entry holds. */
    interface Filler {
        void fill(Path scratch) throws IOException, LinuxGuestException;
    }

    private CacheEntry() {}

    /** Builds {@code target} with {@code filler} unless it exists. */
    static void build(Path target, Filler filler) throws IOException, LinuxGuestException {
        if (Files.isDirectory(target)) return;
        Files.createDirectories(target.getParent());
        Path scratch = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial");
        try {
            filler.fill(scratch);
            Files.move(scratch, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            // another run built the same entry first
        } finally {
            deleteTree(scratch);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        }
    }
}
