package ukl.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ukl.bench.net.TapNetwork;
import ukl.boot.qemu.ProcessGuard;

/**
 * The benchmarks' end-to-end tests: {@code scripts/bench} run as a user runs it (the script's own
 * path, not only the Java class: a script that cannot find its class path fails here, not on a
 * user's machine), and the check that it left no namespace or process behind.
 */
public final class ScriptRun {
    private static final Path SCRIPT =
            Path.of("..", "scripts", "bench").toAbsolutePath().normalize();

    private ScriptRun() {}

    /**
     * Runs {@code scripts/bench --no-build args}, its terminal output in {@code log}; fails the test
     * unless it exits 0 within {@code timeout}. Returns the terminal output, also printed.
     */
    public static String run(Path log, Duration timeout, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "--no-build"));
        command.addAll(args);
        String what = "scripts/bench " + String.join(" ", args);
        Process bench = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (ProcessGuard guard = new ProcessGuard(bench)) {
            if (!bench.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                bench.destroy(); // SIGTERM: the benchmark's shutdown hooks stop its guests and namespaces
                bench.waitFor(30, TimeUnit.SECONDS);
                fail(what + " did not finish in " + timeout.toMinutes() + " minutes:\n" + read(log));
            }
        }
        String terminal = read(log);
        System.out.println(terminal);
        assertEquals(0, bench.exitValue(), () -> what + " failed:\n" + terminal);
        return terminal;
    }

    /** The file's text, or a line saying why there is none (for a failure message). */
    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Fails the test if a namespace named {@code prefix-…} or a process this JVM started is still there. */
    public static void assertNothingLeftBehind(String prefix) throws Exception {
        List<String> namespaces = new ArrayList<>();
        for (String name : TapNetwork.sweepStale(prefix)) namespaces.add("stale " + name);
        Path netns = Path.of("/run/netns");
        if (Files.isDirectory(netns)) {
            try (var names = Files.list(netns)) {
                names.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith(
                                prefix + "-" + ProcessHandle.current().pid() + "-"))
                        .forEach(namespaces::add);
            }
        }
        assertEquals(List.of(), namespaces, "namespaces left behind");
        assertEquals(
                List.of(),
                ProcessHandle.current()
                        .descendants()
                        .map(p -> p.info().commandLine().orElse("?"))
                        .toList(),
                "processes left behind");
    }
}
