package ukl.qemutests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ukl.boot.Target;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.ImageResult;
import ukl.toolchain.Toolchain;

/**
 * The link report's "what gcc made of them" section (issue #12 item 8) for the java.nio echo
 * server, built by the real toolchain and gcc: the socket read's kernel entry is inlined into the
 * class library's caller, and the poll behind the Selector, a large kernel function, stays a call.
 * Only the image is built; nothing boots.
 */
class SyscallInliningReportTest {
    private static final Pattern SITE = Pattern.compile("  (\\S+)\\.(\\w+)\\([^)]*\\)(?: line \\d+)? -> (\\S+): (.*)");

    @Test
    void reportSaysWhichKernelEntriesGccInlinedAndHowDeep() throws Exception {
        Path work = Path.of("target", "syscall-inlining").toAbsolutePath();
        List<String> log = new ArrayList<>();
        ImageResult image = Toolchain.build(new ImageRequest(
                List.of(Path.of(echo.EchoServer.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())),
                echo.EchoServer.class.getName(),
                work.resolve("echo-server.ukl"),
                work.resolve("work"),
                64,
                log::add,
                Target.VM));
        String text = Files.readString(image.reportText());
        int from = text.indexOf("system calls rewritten: what gcc made of them");
        assertTrue(from >= 0, text.substring(0, Math.min(text.length(), 2000)));
        List<String> lines = text.substring(from)
                .lines()
                .skip(1)
                .takeWhile(l -> !l.isEmpty())
                .toList();

        String read = outcome(lines, "java.net.SocketDescriptor", "read", "ukl.kernel.sys.Sys.tcp_recv");
        Matcher depth = Pattern.compile(
                        "inlined in (\\d+) of \\1 cop(?:y|ies), depth (\\d+): m_ukl_kernel_sys_Sys_tcp_recv")
                .matcher(read);
        assertTrue(depth.find(), read);
        assertTrue(Integer.parseInt(depth.group(2)) >= 1, read);

        String poll = outcome(lines, "java.nio.channels.PollSelector", "doSelect", "ukl.kernel.sys.Sys.poll");
        assertTrue(poll.startsWith("a call in "), poll);

        assertTrue(
                log.stream()
                        .anyMatch(
                                l -> l.matches("ukl image: \\d+ system-call sites: \\d+ inlined into their callers.*")),
                log::toString);
        String json = Files.readString(image.reportJson());
        assertTrue(json.contains("\"syscallCode\":[{"), "the JSON report carries the same section");
        assertEquals(
                lines.size(), json.split("\"verdict\":", -1).length - 1, "one JSON entry per site in the text report");
    }

    /** What the report says of the site of {@code kernelEntry} in {@code className.method}. */
    private static String outcome(List<String> lines, String className, String method, String kernelEntry) {
        for (String line : lines) {
            Matcher m = SITE.matcher(line);
            if (m.matches()
                    && m.group(1).equals(className)
                    && m.group(2).equals(method)
                    && m.group(3).startsWith(kernelEntry + "(")) {
                return m.group(4);
            }
        }
        throw new AssertionError(
                "no site of " + kernelEntry + " in " + className + "." + method + " in:\n" + String.join("\n", lines));
    }
}
