package ukl.toolchain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ukl.boot.ImageBuildException;
import ukl.boot.ImageBuilder;
import ukl.boot.Target;

/**
 * Runs a process-platform executable as a child of this JVM, with this terminal as its console:
 * the counterpart of {@link Launcher}'s QEMU for {@link ukl.boot.Target#PROCESS}. Its command line
 * is the kernel command line of a VM: {@code ukl.memory=<n>M -- <args>}.
 */
final class ProcessLauncher {
    private ProcessLauncher() {}

    /** Whether {@code image} is a Linux executable rather than a PVH image (it has no PVH entry note). */
    static boolean isProcess(Path image) throws ToolchainException {
        try {
            return ImageBuilder.targetOf(image) == Target.PROCESS;
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage() + "; build the image with mvn ukl:image", e);
        }
    }

    /** The command that runs {@code executable}: {@code ukl.memory=<n>M -- <args>}. */
    static List<String> command(Path executable, int memoryMiB, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toAbsolutePath().toString());
        command.add("ukl.memory=" + memoryMiB + "M");
        if (!args.isEmpty()) {
            command.add("--");
            command.addAll(args);
        }
        return command;
    }

    static int runInteractive(RunRequest request) throws ToolchainException {
        if (request.gdbPort() > 0) {
            throw new ToolchainException("-Dukl.debug serves a VM image through QEMU's gdb stub; a process-platform"
                    + " executable is debugged as any program: "
                    + String.join(
                            " ",
                            Toolchain.gdbProcessCommand(
                                    request.image(),
                                    request.memoryMiB(),
                                    request.args(),
                                    Toolchain.gdbSourceDirs(request.image(), request.sourceDirs()))));
        }
        List<String> command = command(request.image(), request.memoryMiB(), request.args());
        request.log().accept("ukl run: " + String.join(" ", command));
        Process p;
        try {
            p = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new ToolchainException("cannot start " + request.image() + ": " + e.getMessage(), e);
        }
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ToolchainException("interrupted while the process ran", e);
        }
    }
}
