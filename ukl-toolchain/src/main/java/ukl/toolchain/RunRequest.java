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
 * @param gdbPort 0, or the port of QEMU's gdb stub: the guest then starts halted until gdb
 *     attaches, and the log gets the gdb command that does ({@link Toolchain#gdbCommand})
 * @param sourceDirs where gdb finds the Java sources of the application (for that command, which
 *     adds the class library's and the kernel's: {@link Toolchain#gdbSourceDirs})
 */
public record RunRequest(
        Path image,
        int memoryMiB,
        List<String> args,
        String accelerator,
        Consumer<String> log,
        int gdbPort,
        List<Path> sourceDirs) {
    public RunRequest(Path image, int memoryMiB, List<String> args, String accelerator, Consumer<String> log) {
        this(image, memoryMiB, args, accelerator, log, 0, List.of());
    }

    public RunRequest {
        sourceDirs = List.copyOf(sourceDirs);
        args = List.copyOf(args);
        for (String a : args) {
            if (a.isEmpty() || a.contains(" ")) {
                throw new IllegalArgumentException("program argument '" + a + "' is empty or has a space;"
                        + " the kernel command line has no quoting");
            }
        }
    }
}
