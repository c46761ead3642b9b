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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ukl.boot.Target;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.ProcessGuard;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.RunningQemu;
import ukl.qemutests.debug.Countdown;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;

/**
 * gdb debugs a program at the Java level: gdb in batch mode, given the command {@link
 * Toolchain#gdbCommand} prints for an image halted in QEMU with its gdb stub, or {@link
 * Toolchain#gdbProcessCommand} for a process-platform executable, breaks on a Java method by its C
 * name and on a Java line, shows the Java file and line and the locals by their Java names, steps,
 * and continues to the program's exit.
 */
class GdbTest {
    private static final Path WORK = Path.of("target", "gdb").toAbsolutePath();
    private static final Path SOURCES = Path.of("src/test/java").toAbsolutePath();
    private static final int MEMORY_MIB = 32;

    @Test
    void breaksStepsAndShowsJavaLinesAndLocals() throws Exception {
        Path image = build(Target.VM, "countdown.ukl");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (RunningQemu guest = Qemu.forImage(image)
                .memoryMiB(MEMORY_MIB)
                .accelerator(Accelerator.AUTO)
                .gdbStub(port)
                .start()) {
            List<String> command =
                    unquoted(Toolchain.gdbCommand(image, port, Toolchain.gdbSourceDirs(image, List.of(SOURCES))));
            command.addAll(script("continue"));
            String out = gdb(command, "gdb.log");
            assertJavaLevel(out);
            assertEquals(0, guest.awaitExit(Duration.ofSeconds(60)), out);
            assertEquals("sum 55\n", guest.stdout());
        }
    }

    /** Issue #15 item 4: the same on the process platform, gdb starting the executable itself. */
    @Test
    void debugsTheProcessPlatformExecutable() throws Exception {
        Path executable = build(Target.PROCESS, "countdown-process.ukl");
        assertTrue(Files.isRegularFile(executable.resolveSibling("countdown-process.ukl.debug")), "no debug file");
        List<String> command = unquoted(Toolchain.gdbProcessCommand(
                executable, MEMORY_MIB, List.of(), Toolchain.gdbSourceDirs(executable, List.of(SOURCES))));
        command.addAll(command.indexOf("--args"), script("run"));
        String out = gdb(command, "gdb-process.log");
        assertJavaLevel(out);
        assertTrue(out.contains("sum 55\n"), "the program's output:\n" + out);
        assertTrue(
                Pattern.compile("\\[Inferior 1 \\(process \\d+\\) exited normally\\]")
                        .matcher(out)
                        .find(),
                "continues to the program's exit with status 0:\n" + out);
    }

    private static Path build(Target platform, String name) throws Exception {
        Path classes = Path.of(Countdown.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return Toolchain.build(new ImageRequest(
                        List.of(classes),
                        Countdown.class.getName(),
                        WORK.resolve(name),
                        WORK.resolve("work-" + platform.name().toLowerCase(java.util.Locale.ROOT)),
                        MEMORY_MIB,
                        line -> {},
                        platform))
                .image();
    }

    /** The command's words as a shell would pass them (it quotes the -ex arguments). */
    private static List<String> unquoted(List<String> command) {
        List<String> words = new ArrayList<>();
        for (String word : command) {
            words.add(word.startsWith("'") ? word.substring(1, word.length() - 1) : word);
        }
        words.addAll(1, List.of("-batch", "-nx"));
        return words;
    }

    /** A line of the kernel's Start.java that {@code list} shows, with those around it. */
    private static final int START_LINE = 18;

    /** The session, started with {@code start} (continue for a halted guest, run for a process). */
    private static List<String> script(String start) throws Exception {
        List<String> script = new ArrayList<>();
        for (String c : List.of(
                "break m_ukl_qemutests_debug_Countdown_sum",
                "break Countdown.java:" + markedLine(),
                start,
                "continue",
                "print total",
                "info locals",
                "next",
                "next",
                "info line *$pc",
                "echo ==kernel source==\\n",
                // by file and line: listing the function centres on its first line after the
                // prologue, which is Kernel.boot's when gcc inlines it there
                "list ukl/kernel/Start.java:" + START_LINE,
                "echo ==end==\\n",
                "delete",
                "continue")) {
            script.addAll(List.of("-ex", c));
        }
        return script;
    }

    private static String gdb(List<String> command, String log) throws Exception {
        Process gdb = new ProcessBuilder(command).redirectErrorStream(true).start();
        gdb.getOutputStream().close();
        try (ProcessGuard guard = new ProcessGuard(gdb)) {
            assertTrue(gdb.waitFor(120, TimeUnit.SECONDS), "gdb did not finish within 120 s");
        }
        String out = new String(gdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(WORK).resolve(log), out);
        return out;
    }

    private static void assertJavaLevel(String out) throws Exception {
        int line = markedLine();
        assertTrue(
                Pattern.compile("Breakpoint 1, (0x[0-9a-f]+ in )?m_ukl_qemutests_debug_Countdown_sum \\(n=.*\\)"
                                + " at ukl/qemutests/debug/Countdown.java:(" + lineOf("int total = 0;") + "|"
                                + lineOf("for (int i = n;") + ")\n") // the first line gcc left code for
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
                Pattern.compile("(?m)^total = 0$").matcher(out).find()
                        && Pattern.compile("(?m)^i = (<optimized out>|5)$")
                                .matcher(out)
                                .find(),
                "info locals lists the Java locals by name:\n" + out);
        assertTrue(out.contains("Line " + line + " of \"ukl/qemutests/debug/Countdown.java\""), "stepped:\n" + out);
        // The kernel's own source, found through Toolchain.gdbSourceDirs: listed lines are its text.
        String listing = out.substring(out.indexOf("==kernel source==\n"), out.indexOf("==end==\n"));
        List<String> start = Files.readAllLines(Path.of("../ukl-kernel/src/main/java/ukl/kernel/Start.java"));
        Matcher listed = Pattern.compile("(?m)^(\\d+)\t(.*)$").matcher(listing);
        int matching = 0;
        while (listed.find()) {
            int n = Integer.parseInt(listed.group(1));
            assertEquals(start.get(n - 1), listed.group(2), "line " + n + " of Start.java:\n" + listing);
            matching++;
        }
        assertTrue(matching > 0, "list shows the kernel's Java lines:\n" + listing);
    }

    /** The line of Countdown marked "breakpoint here". */
    private static int markedLine() throws Exception {
        return lineOf("// breakpoint here");
    }

    /** The first line of Countdown that contains {@code text}. */
    private static int lineOf(String text) throws Exception {
        List<String> source = Files.readAllLines(SOURCES.resolve("ukl/qemutests/debug/Countdown.java"));
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line of Countdown.java has " + text);
    }
}
