package ukl.boot;

import java.nio.file.Path;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;

/** Runs an image on this process's terminal and exits with the guest's status (for InteractiveTest). */
final class InteractiveMain {
    private InteractiveMain() {}

    public static void main(String[] args) throws Exception {
        System.exit(Qemu.forImage(Path.of(args[0]))
                .accelerator(Accelerator.TCG)
                .memoryMiB(64)
                .cmdline(args[1])
                .runInteractive());
    }
}
