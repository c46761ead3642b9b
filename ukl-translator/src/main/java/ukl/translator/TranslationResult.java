package ukl.translator;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Translator#translate} wrote: the C files to compile (each a translation unit: {@code program.c}, or the units of docs/contracts.md §9), the
 * directories to put on the include path, and the gcc flags the generated C relies on.
 */
public record TranslationResult(List<Path> cFiles, List<Path> includeDirs, List<String> cflags) {
    public TranslationResult {
        cFiles = List.copyOf(cFiles);
        includeDirs = List.copyOf(includeDirs);
        cflags = List.copyOf(cflags);
    }
}
