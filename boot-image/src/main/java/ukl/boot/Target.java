package ukl.boot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an image runs on, and so which runtime it is linked with (the kernel's side of the seam is
 * {@code ukl.kernel.platform}): a PVH guest ({@link #VM}) or a static Linux executable
 * ({@link #PROCESS}). Each names its C sources and headers (resources under {@code ukl/}), and its
 * linker script when gcc's own does not do.
 */
public enum Target {
    /** An ELF64 that QEMU or Firecracker boots with PVH: {@code ukl/boot/}. */
    VM(
            "vm",
            List.of(
                    "boot/pvh.S",
                    "boot/trap_entry.S",
                    "boot/boot.c",
                    "boot/console.c",
                    "boot/traps.c",
                    "boot/memory.c",
                    "boot/stacks.c",
                    "boot/time.c",
                    "boot/trace.c",
                    "boot/string.c"),
            List.of("boot/ukl_boot.h", "boot/ukl_natives.h", "boot/ukl_image.h", "boot/ukl_boot_internal.h"),
            "boot/link.ld"),
    /**
     * A static Linux x86-64 executable without libc: raw system calls, confined by seccomp to the
     * ones {@link #systemCalls()} lists: {@code ukl/process/}.
     */
    PROCESS(
            "process",
            List.of("process/start.S", "process/process.c", "process/seccomp.c", "process/faults.c", "boot/string.c"),
            List.of("boot/ukl_boot.h", "process/ukl_natives.h", "process/ukl_process.h", "boot/ukl_image.h"),
            null);

    /** An entry {@code {nr, "name"}} of seccomp.c's ALLOWED table. */
    private static final Pattern ALLOWED_ENTRY = Pattern.compile("\\{\\s*(\\d+),\\s*\"(\\w+)\"\\s*\\}");

    private final String id;
    private final List<String> sources;
    private final List<String> headers;
    private final String linkerScript;

    Target(String id, List<String> sources, List<String> headers, String linkerScript) {
        this.id = id;
        this.sources = sources;
        this.headers = headers;
        this.linkerScript = linkerScript;
    }

    /** The name a pom or a command line uses: {@code vm} or {@code process}. */
    public String id() {
        return id;
    }

    /** The target named {@code id} ({@code vm} or {@code process}, any case). */
    public static Target of(String id) {
        for (Target t : values()) {
            if (t.id.equals(id.toLowerCase(Locale.ROOT))) return t;
        }
        throw new IllegalArgumentException("unknown platform '" + id + "': use one of "
                + Arrays.stream(values()).map(Target::id).collect(Collectors.joining(", "))
                + " (vm: a PVH image for QEMU; process: a static Linux executable)");
    }

    List<String> sources() {
        return sources;
    }

    List<String> headers() {
        return headers;
    }

    /** The linker script, or {@code null} for gcc's default (a Linux executable). */
    String linkerScript() {
        return linkerScript;
    }

    /**
     * The system calls the program may make once {@code main} runs, in the seccomp filter's order,
     * e.g. {@code read(0)}; empty for a VM, which makes none. Read from seccomp.c, the one list.
     */
    public List<String> systemCalls() {
        if (this != PROCESS) return List.of();
        String c = new String(BootObjects.resource("process/seccomp.c"), StandardCharsets.UTF_8);
        return ALLOWED_ENTRY
                .matcher(c)
                .results()
                .map(m -> m.group(2) + "(" + m.group(1) + ")")
                .toList();
    }
}
