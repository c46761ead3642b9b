package ukl.boot.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.regex.Pattern;

/** How QEMU runs the guest's instructions. */
public enum Accelerator {
    /** KVM where the CPU really has VT-x or AMD-V, else TCG. */
    AUTO,
    KVM,
    /** QEMU's own binary translator. */
    TCG;

    private static final Pattern HARDWARE_VIRTUALIZATION =
            Pattern.compile("^flags\\s*:.*\\b(vmx|svm)\\b", Pattern.MULTILINE);

    /** {@code auto}, {@code kvm} or {@code tcg}, in any case. */
    public static Accelerator parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown accelerator '" + name + "': use auto, kvm or tcg", e);
        }
    }

    /**
     * This accelerator with AUTO decided. A /dev/kvm alone is not enough (DESIGN.md): on machines
     * without VT-x/AMD-V it may be a paravirtual device that emulates every guest instruction, far
     * slower than TCG. KVM needs both the CPU flag in /proc/cpuinfo and a /dev/kvm we may open.
     */
    public Accelerator resolve() {
        if (this != AUTO) return this;
        return hasHardwareVirtualization(readCpuinfo()) && canOpen(Path.of("/dev/kvm")) ? KVM : TCG;
    }

    static boolean hasHardwareVirtualization(String cpuinfo) {
        return HARDWARE_VIRTUALIZATION.matcher(cpuinfo).find();
    }

    private static String readCpuinfo() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean canOpen(Path device) {
        try {
            FileChannel.open(device, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    .close();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    public String qemuName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
