package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.ProcessGuard;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.RunningQemu;
import ukl.qemutests.debug.Countdown;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * gdb debugs an image at the Java level: QEMU starts it halted with its gdb stub, and gdb in batch
 * mode, given the command {@link Toolchain#gdbCommand} prints, breaks on a Java method by its C
 * name and on a Java line, shows the Java file and line and the locals by their Java names, steps,
 * and continues to the program's exit.
 */
class GdbTest {
    private static final Path WORK = Path.of("target", "gdb").toAbsolutePath();
    private static final Path SOURCES = Path.of("src/test/java").toAbsolutePath();

    @Test
    void breaksStepsAndShowsJavaLinesAndLocals() throws Exception {
        Path classes = Path.of(Countdown.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path image = Toolchain.build(new ImageRequest(
                        List.of(classes),
                        Countdown.class.getName(),
                        WORK.resolve("countdown.ukl"),
                        WORK.resolve("work"),
                        32,
                        line -> {}))
                .image();
        int line = markedLine();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (RunningQemu guest = Qemu.forImage(image)
                .memoryMiB(32)
                .accelerator(Accelerator.AUTO)
                .gdbStub(port)
                .start()) {
            List<String> command = new ArrayList<>();
            for (String word : Toolchain.gdbCommand(image, port, List.of(SOURCES))) {
                command.add(word.startsWith("'") ? word.substring(1, word.length() - 1) : word);
            }
            command.addAll(1, List.of("-batch", "-nx"));
            command.addAll(List.of(
                    "-ex", "break m_ukl_qemutests_debug_Countdown_sum",
                    "-ex", "break Countdown.java:" + line,
                    "-ex", "continue",
                    "-ex", "continue",
                    "-ex", "print total",
                    "-ex", "info locals",
                    "-ex", "next",
                    "-ex", "next",
                    "-ex", "info line *$pc",
                    "-ex", "delete",
                    "-ex", "continue"));
            Process gdb = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (ProcessGuard guard = new ProcessGuard(gdb)) {
                assertTrue(gdb.waitFor(120, TimeUnit.SECONDS), "gdb did not finish within 120 s");
            }
            String out = new String(gdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(Files.createDirectories(WORK).resolve("gdb.log"), out);
            assertTrue(
                    java.util.regex.Pattern.compile(
                                    "Breakpoint 1, (0x[0-9a-f]+ in )?m_ukl_qemutests_debug_Countdown_sum \\(n=.*\\)"
                                            + " at ukl/qemutests/debug/Countdown.java:13")
                            .matcher(out)
                            .find(),
                    "stops on entering the Java method, at its first line:\n" + out);
            assertTrue(
                    out.contains("Breakpoint 2, ")
                            && out.contains("Countdown.java:" + line + "\n" + line
                                    + "\t            total += i * i; // breakpoint here"),
                    "stops on the Java line and shows its source:\n" + out);
            assertTrue(out.contains("$1 = 0\n"), "total, by its Java name, before the first addition:\n" + out);
            assertTrue(
                    java.util.regex.Pattern.compile("(?m)^total = 0$")
                                    .matcher(out)
                                    .find()
                            && java.util.regex.Pattern.compile("(?m)^i = (<optimized out>|5)$")
                                    .matcher(out)
                                    .find(),
                    "info locals lists the Java locals by name:\n" + out);
            assertTrue(out.contains("Line " + line + " of \"ukl/qemutests/debug/Countdown.java\""), "stepped:\n" + out);
            assertEquals(0, guest.awaitExit(Duration.ofSeconds(60)), out);
            assertEquals("sum 55\n", guest.stdout());
        }
    }

    /** The line of Countdown marked "breakpoint here". */
    private static int markedLine() throws Exception {
        List<String> source = Files.readAllLines(SOURCES.resolve("ukl/qemutests/debug/Countdown.java"));
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).contains("// breakpoint here")) {
                return i + 1;
            }
        }
        throw new AssertionError("no line marked");
    }
}
