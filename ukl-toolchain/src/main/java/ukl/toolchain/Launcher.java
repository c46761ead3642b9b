package ukl.toolchain;

import java.time.Duration;
import java.util.List;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuException;
import ukl.boot.qemu.QemuResult;

/** Maps a {@link RunRequest} onto the QEMU launcher and its failures onto {@link ToolchainException}. */
final class Launcher {
    private Launcher() {}

    static int runInteractive(RunRequest request) throws ToolchainException {
        try {
            return qemu(request).runInteractive();
        } catch (QemuException e) {
            throw new ToolchainException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolchainException("interrupted while the guest ran", e);
        }
    }

    static QemuResult runCaptured(RunRequest request, Duration timeout) throws ToolchainException {
        try {
            return qemu(request).runCaptured(timeout);
        } catch (QemuException e) {
            throw new ToolchainException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolchainException("interrupted while the guest ran", e);
        }
    }

    /** The kernel command line: kernel options, then {@code --} and the program's arguments. */
    static String cmdline(List<String> kernelOptions, List<String> args) {
        StringBuilder line = new StringBuilder(String.join(" ", kernelOptions));
        if (!args.isEmpty()) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append("-- ").append(String.join(" ", args));
        }
        return line.toString();
    }

    private static Qemu qemu(RunRequest request) throws ToolchainException {
        Accelerator accelerator;
        try {
            accelerator = Accelerator.parse(request.accelerator());
        } catch (IllegalArgumentException e) {
            throw new ToolchainException("-Dukl.accel: " + e.getMessage(), e);
        }
        Qemu qemu = Qemu.forImage(request.image())
                .memoryMiB(request.memoryMiB())
                .cmdline(cmdline(List.of(), request.args()))
                .accelerator(accelerator)
                .progress(request.log());
        if (request.gdbPort() > 0) {
            qemu.gdbStub(request.gdbPort());
            request.log().accept("ukl: the guest waits for gdb; attach with:");
            request.log()
                    .accept("  "
                            + String.join(
                                    " ",
                                    Toolchain.gdbCommand(
                                            request.image(),
                                            request.gdbPort(),
                                            Toolchain.gdbSourceDirs(request.image(), request.sourceDirs()))));
        }
        return qemu;
    }
}
