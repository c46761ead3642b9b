package ukl.bench.linux;

import java.nio.file.Path;
import java.util.List;

/**
 * A bootable Linux guest: the kernel, its initramfs and its command line.
 *
 * @param kernel the bzImage, for QEMU's {@code -kernel}
 * @param initramfs the cpio archive, for {@code -initrd}
 * @param cmdline the kernel command line, for {@code -append}
 */
public record GuestImage(Path kernel, Path initramfs, String cmdline) {
    /** qboot, the firmware the ukl image boots with too (DESIGN.md, QEMU machine): it loads the kernel in milliseconds. */
    static final Path QBOOT = Path.of("/usr/share/qemu/qboot.rom");

    /**
     * The machine, firmware, memory and boot arguments; the caller adds the accelerator, the serial
     * port and the NIC ({@code TapNetwork.qemuNetdevArgs}). {@code -no-reboot} turns the guest's
     * reset (init's fallback when it cannot power off) into QEMU's exit.
     */
    public List<String> qemuArgs(int memoryMiB) {
        if (memoryMiB < 128)
            throw new IllegalArgumentException(
                    "memoryMiB " + memoryMiB + " is below 128: the kernel and initramfs alone need that much");
        return List.of(
                "-machine",
                "pc",
                "-bios",
                QBOOT.toString(),
                "-nodefaults",
                "-no-reboot",
                "-display",
                "none",
                "-m",
                Integer.toString(memoryMiB),
                "-kernel",
                kernel.toString(),
                "-initrd",
                initramfs.toString(),
                "-append",
                cmdline);
    }
}
