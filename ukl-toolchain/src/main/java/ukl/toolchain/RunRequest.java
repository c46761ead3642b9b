package ukl.toolchain;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What to boot.
 *
 * @param image the image file
 * @param memoryMiB guest memory
 * @param args the program's arguments (words without spaces)
 * @param accelerator {@code auto}, {@code tcg} or {@code kvm}
 * @param log receives what the launcher decided (accelerator, command line)
 */
public record RunRequest(Path image, int memoryMiB, List<String> args, String accelerator, Consumer<String> log) {
    public RunRequest {
        args = List.copyOf(args);
        for (String a : args) {
            if (a.isEmpty() || a.contains(" ")) {
                throw new IllegalArgumentException("program argument '" + a + "' is empty or has a space;"
                        + " the kernel command line has no quoting");
            }
        }
    }
}
