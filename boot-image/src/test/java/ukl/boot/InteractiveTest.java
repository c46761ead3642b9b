package ukl.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Qemu.runInteractive puts both serial ports on the terminal. It inherits this JVM's stdout, which
 * surefire owns, so the run happens in a child JVM whose stdout the test reads.
 */
class InteractiveTest {
    private static Process launch(String cmdline) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        InteractiveMain.class.getName(),
                        TestImages.guest().image().toString(),
                        cmdline))
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
    }

    @Test
    void bothSerialPortsReachTheTerminalAndTheStatusComesBack() throws Exception {
        Process child = launch("hello");
        try {
            child.getOutputStream().close();
            String terminal = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals("cmdline=[hello]\non com2\n", terminal);
            assertEquals(42, child.exitValue());
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly); // a QEMU orphaned by a killed child
            child.destroyForcibly();
        }
    }

    @Test
    void aCrashIsReportedNotReturned() throws Exception {
        Process child = launch("triple");
        try {
            child.getOutputStream().close();
            child.getInputStream().readAllBytes();
            String errors = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(1, child.exitValue(), errors);
            assertTrue(
                    errors.contains(
                            "QemuException: QEMU ran " + TestImages.guest().image()
                                    + ": the guest stopped without calling exit (crash or triple fault?): QEMU exit code 0"),
                    errors);
        } finally {
            child.descendants().forEach(ProcessHandle::destroyForcibly); // a QEMU orphaned by a killed child
            child.destroyForcibly();
        }
    }
}
