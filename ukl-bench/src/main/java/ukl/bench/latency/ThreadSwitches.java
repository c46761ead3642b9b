package ukl.bench.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ukl.bench.run.BenchException;
import ukl.bench.run.Environment;
import ukl.boot.qemu.Accelerator;
import ukl.boot.qemu.Qemu;
import ukl.boot.qemu.QemuResult;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * What a thread switch costs (issue #10, item 6): {@code scripts/bench --switch [--rounds N]
 * [--runs K] [options]}. The corpus program {@code SynchronousPingPong} passes a counter between
 * two threads over two SynchronousQueues, so each round trip is two hand-offs, each a switch from
 * the thread that gives to the one that takes (on the JVM, with two CPUs, a park and an unpark
 * across them). It runs with {@code N} round trips and with {@code N / 10}, each the best of
 * {@code K} runs, as the image in QEMU, as the process-platform executable and on HotSpot with
 * the same classes; the difference of the two times over the difference of the hand-offs is the
 * cost of one switch, start-up and boot cancelled out. Time is CPU time (user + system of the
 * process and its descendants, bash's {@code times}; for the image, QEMU's), because on a shared
 * host a runnable process may wait for a CPU far longer than it runs; the wall time is reported
 * beside it. Every run's output must be the JVM's.
 */
final class ThreadSwitches {
    static final String PROGRAM = "SynchronousPingPong";
    private static final int MEMORY_MIB = 64;
    /** bash's {@code times}: the shell's own, then its children's, user and system time. */
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s$");

    private final int rounds;
    private final int runs;
    private final String accelerator;
    private final Path work;
    private final PrintStream out;

    private ThreadSwitches(int rounds, int runs, String accelerator, Path work, PrintStream out) {
        if (rounds < 10) throw new IllegalArgumentException("--rounds must be at least 10, was " + rounds);
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1, was " + runs);
        this.rounds = rounds;
        this.runs = runs;
        this.accelerator = accelerator;
        this.work = work;
        this.out = out;
    }

    /** {@code args} without {@code --switch}; returns the report (also printed and written to switch.txt). */
    static String run(List<String> args, PrintStream out) throws BenchException {
        List<String> rest = new ArrayList<>(args);
        int rounds = Integer.parseInt(SeedFigures.take(rest, "--rounds", "100000"));
        int runs = Integer.parseInt(SeedFigures.take(rest, "--runs", "3"));
        Options options = Options.parse(rest.toArray(String[]::new));
        ThreadSwitches bench = new ThreadSwitches(
                rounds,
                runs,
                Environment.resolveAccelerator(options.accel()),
                options.out().resolve("switch"),
                out);
        String report = bench.measure();
        out.println();
        out.print(report);
        try {
            Files.createDirectories(options.out());
            Files.writeString(options.out().resolve("switch.txt"), report);
        } catch (IOException e) {
            throw new BenchException("cannot write " + options.out().resolve("switch.txt") + ": " + e.getMessage(), e);
        }
        return report;
    }

    /** A way to run the program: its wall time for one argument, and what it printed. */
    private interface Runner {
        Timed run(int roundTrips) throws Exception;
    }

    private record Timed(String output, long nanos, double cpuSeconds) {}

    private String measure() throws BenchException {
        Path corpus = EchoServerJar.root("corpus/" + PROGRAM + ".class", "dev.ukl:ukl-corpus");
        int few = rounds / 10;
        StringBuilder t = new StringBuilder(String.format(
                "thread switch: %s, %d and %d round trips (2 hand-offs each), best of %d runs%n",
                PROGRAM, rounds, few, runs));
        t.append(String.format("  %-12s %14s %12s   %s%n", "target", "CPU ns/switch", "wall ns", "how"));
        Runner jvm = n -> timed(List.of(
                ChildProcess.java(),
                "-XX:+UseSerialGC",
                "-Xmx" + MEMORY_MIB + "m",
                "-cp",
                corpus.toString(),
                "corpus." + PROGRAM,
                Integer.toString(n)));
        String[] truth = new String[2];
        try {
            truth[0] = jvm.run(rounds).output();
            truth[1] = jvm.run(few).output();
        } catch (Exception e) {
            throw new BenchException("the JVM could not run " + PROGRAM + ": " + e.getMessage(), e);
        }
        row(t, "ukl-image", "the image in QEMU (" + accelerator + ", one vCPU, green threads)", truth, () -> {
            Path image = build(corpus, ukl.boot.Target.VM);
            return n -> {
                Path times = work.resolve("qemu-times.txt");
                Files.deleteIfExists(times);
                QemuResult r = Qemu.forImage(image)
                        .memoryMiB(MEMORY_MIB)
                        .accelerator(Accelerator.parse(accelerator))
                        .cmdline("-- " + n)
                        .under(underBash(times))
                        .runCaptured(Duration.ofMinutes(10));
                if (!r.exited() || r.exitStatus() != 0) throw new BenchException("the image failed: " + r.describe());
                return new Timed(r.stdoutText(), r.elapsed().toNanos(), cpuSeconds(Files.readString(times)));
            };
        });
        row(t, "ukl-process", "process-platform executable (green threads)", truth, () -> {
            Path executable = build(corpus, ukl.boot.Target.PROCESS);
            return n ->
                    timed(List.of(executable.toString(), "ukl.memory=" + MEMORY_MIB + "M", "--", Integer.toString(n)));
        });
        row(
                t,
                "host-jvm",
                "HotSpot " + Runtime.version().feature() + ", platform threads, "
                        + Runtime.getRuntime().availableProcessors() + " CPUs",
                truth,
                () -> jvm);
        return t.toString();
    }

    private interface Prepared {
        Runner prepare() throws Exception;
    }

    private void row(StringBuilder t, String target, String how, String[] truth, Prepared prepared) {
        try {
            Runner runner = prepared.prepare();
            Timed many = best(runner, rounds, truth[0]);
            Timed some = best(runner, rounds / 10, truth[1]);
            long switches = 2L * (rounds - rounds / 10);
            t.append(String.format(
                    "  %-12s %14.0f %12.0f   %s%n",
                    target,
                    (many.cpuSeconds() - some.cpuSeconds()) * 1e9 / switches,
                    (double) (many.nanos() - some.nanos()) / switches,
                    how));
        } catch (Exception e) {
            t.append(String.format("  %-12s FAILED: %s%n", target, e.getMessage()));
        }
        out.println("ukl-bench: " + t.toString().lines().reduce((a, b) -> b).orElse(""));
    }

    /** The run of {@link #runs} with the least CPU time; each must print what the JVM printed. */
    private Timed best(Runner runner, int roundTrips, String expected) throws Exception {
        Timed best = null;
        for (int i = 0; i < runs; i++) {
            Timed r = runner.run(roundTrips);
            if (!r.output().equals(expected)) {
                throw new BenchException("with " + roundTrips + " round trips it printed "
                        + r.output().strip() + " where the JVM printed " + expected.strip());
            }
            if (best == null || r.cpuSeconds() < best.cpuSeconds()) best = r;
        }
        return best;
    }

    /**
     * Runs a command under bash, which then writes its children's CPU time ({@code times}:
     * getrusage(RUSAGE_CHILDREN), the command and every descendant it waited for) to {@code file}
     * and exits with the command's status.
     */
    private static List<String> underBash(Path file) {
        return List.of("bash", "-c", "\"$@\"; s=$?; times > '" + file + "'; exit $s", "cpu");
    }

    /** The children's user + system seconds from {@code times}' output (its last line). */
    private static double cpuSeconds(String times) throws BenchException {
        Matcher m = TIMES.matcher(times.strip());
        if (!m.find()) throw new BenchException("no times from bash: " + times);
        return Integer.parseInt(m.group(1)) * 60
                + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60
                + Double.parseDouble(m.group(4));
    }

    private Path build(Path corpus, ukl.boot.Target platform) throws ToolchainException {
        String name = PROGRAM + "-" + platform.name().toLowerCase();
        return Toolchain.build(new ImageRequest(
                        List.of(corpus),
                        "corpus." + PROGRAM,
                        work.resolve(name),
                        work.resolve(name + ".work"),
                        MEMORY_MIB,
                        line -> {},
                        platform))
                .image();
    }

    private Timed timed(List<String> command) throws IOException, InterruptedException, BenchException {
        Files.createDirectories(work);
        Path times = work.resolve("times.txt");
        Files.deleteIfExists(times);
        List<String> bash = new ArrayList<>(underBash(times));
        bash.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(bash)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(600, TimeUnit.SECONDS)) throw new BenchException(String.join(" ", command) + " timed out");
            long nanos = System.nanoTime() - start;
            if (p.exitValue() != 0) {
                throw new BenchException(String.join(" ", command) + " failed (status " + p.exitValue() + ")");
            }
            return new Timed(output, nanos, cpuSeconds(Files.readString(times)));
        } finally {
            p.destroyForcibly();
        }
    }
}
