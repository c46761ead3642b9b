package ukl.bench.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ukl.boot.qemu.Accelerator;

/**
 * What the numbers were measured on, stated with them: the accelerator above all (DESIGN.md: TCG
 * here, where the CPU lacks VT-x/AMD-V; a guest under TCG is far slower than under KVM, so the
 * paper's absolute figures are not comparable, only the ratios).
 */
public final class Environment {
    private static final Pattern MODEL = Pattern.compile("^model name\\s*:\\s*(.+)$", Pattern.MULTILINE);

    private Environment() {}

    /** {@code kvm} where the CPU has vmx/svm and /dev/kvm opens, else {@code tcg}; a forced choice stays. */
    public static String resolveAccelerator(String requested) {
        return Accelerator.parse(requested).resolve().qemuName();
    }

    /** The facts, in the order the report prints them. */
    public static Map<String, String> describe(String accelerator, String guestKernel) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("accelerator", accelerator);
        facts.put(
                "machine",
                "QEMU -machine pc (ACPI off for the images), qboot firmware, -cpu max, virtio-net-pci (transitional) on a tap in a network namespace");
        Matcher model = MODEL.matcher(cpuinfo());
        facts.put(
                "host CPU",
                (model.find() ? model.group(1).strip() : "unknown") + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores");
        facts.put("QEMU", firstLine("qemu-system-x86_64", "--version"));
        facts.put("guest kernel", guestKernel);
        facts.put("host kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        facts.put(
                "JDK",
                System.getProperty("java.vm.vendor") + " " + Runtime.version()
                        + " (host JVM, and jlinked into the Linux guest)");
        return facts;
    }

    private static String cpuinfo() {
        try {
            return Files.readString(Path.of("/proc/cpuinfo"));
        } catch (IOException e) {
            return "";
        }
    }

    /** The first line {@code command} prints (output and error merged), or {@code unknown} with the reason. */
    public static String firstLine(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
            return out.lines().findFirst().orElse("unknown").strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
