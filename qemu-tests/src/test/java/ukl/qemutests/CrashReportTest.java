package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ukl.boot.ImageBuilder;
import ukl.boot.Target;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuResult;
import ukl.qemutests.crash.BadPhysicalAccess;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * A CPU fault says where it happened in Java: the panic names the exception and then the Java
 * stack, innermost first, with files and lines, from the shadow frames in the image (not from the
 * debug file, which the build keeps beside the image); in a process, from the fault signal's handler.
 */
class CrashReportTest {
    private static final Path WORK = Path.of("target", "crash-report").toAbsolutePath();

    @Test
    void pageFaultInANativePrintsTheJavaStack() throws Exception {
        Path classes = Path.of(BadPhysicalAccess.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path image = Toolchain.build(new ImageRequest(
                        List.of(classes),
                        BadPhysicalAccess.class.getName(),
                        WORK.resolve("crash.ukl"),
                        WORK.resolve("work"),
                        32,
                        line -> {}))
                .image();
        assertTrue(
                Files.size(ImageBuilder.debugFile(image)) > Files.size(image),
                "the DWARF goes to the debug file beside the image");

        QemuResult run =
                Qemu.forImage(image).memoryMiB(32).accelerator(Accelerator.AUTO).runCaptured(Duration.ofSeconds(60));

        assertEquals(120, run.exitStatus(), run.describe());
        assertEquals("reading beyond RAM\n", run.stdoutText());
        List<String> lines = run.stderrText().lines().toList();
        assertTrue(lines.get(0).startsWith("ukl: panic: CPU exception #PF (page fault) at rip="), lines.get(0));
        assertTrue(lines.get(0).contains(" cr2=0x10000000000"), lines.get(0));
        assertEquals("ukl: Java stack at the panic, innermost first:", lines.get(1));
        assertEquals(
                "\tat " + BadPhysicalAccess.class.getName() + ".main(BadPhysicalAccess.java:" + faultingLine() + ")",
                lines.get(2),
                run.stderrText());
    }

    /** The same program as a Linux process: the fault is a SIGSEGV, and its handler says the same. */
    @Test
    void segmentationFaultInTheProcessPrintsTheJavaStack() throws Exception {
        Path classes = Path.of(BadPhysicalAccess.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path executable = Toolchain.build(new ImageRequest(
                        List.of(classes),
                        BadPhysicalAccess.class.getName(),
                        WORK.resolve("crash-process.ukl"),
                        WORK.resolve("work-process"),
                        32,
                        line -> {},
                        Target.PROCESS))
                .image();
        Process p = new ProcessBuilder(executable.toString()).start();
        try {
            String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the process ends");
            assertEquals(128 + 11, p.exitValue(), stderr);
            assertEquals("reading beyond RAM\n", stdout);
            List<String> lines = stderr.lines().toList();
            assertTrue(lines.get(0).startsWith("ukl: panic: SIGSEGV (segmentation fault) at rip=0x"), lines.get(0));
            assertTrue(lines.get(0).endsWith(" address=0x10000000000"), lines.get(0));
            assertEquals("ukl: Java stack at the panic, innermost first:", lines.get(1));
            assertEquals(
                    "\tat " + BadPhysicalAccess.class.getName() + ".main(BadPhysicalAccess.java:" + faultingLine()
                            + ")",
                    lines.get(2),
                    stderr);
        } finally {
            p.destroyForcibly();
        }
    }

    /** The source line marked "the faulting line". */
    private static int faultingLine() throws Exception {
        List<String> source = Files.readAllLines(Path.of("src/test/java/ukl/qemutests/crash/BadPhysicalAccess.java"));
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).contains("// the faulting line")) {
                return i + 1;
            }
        }
        throw new AssertionError("no faulting line marked");
    }
}
