package ukl.bench.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ukl.bench.run.BenchException;
import ukl.bench.run.Environment;
import ukl.bench.run.Scratch;
import ukl.toolchain.ImageRequest;
import ukl.toolchain.Toolchain;
import ukl.toolchain.ToolchainException;

/**
 * The figures the μKontainer paper (Tazaki et al., VEE '21) reports, measured here side by side in
 * one run: {@code scripts/bench --seed [--starts N] [--programs LIST] [options]}.
 *
 * <ul>
 *   <li>cold start: from exec (of the executable, or of QEMU) to the first echoed byte, the median of
 *       {@code --starts} starts, for each of {@code --targets} (default ukl-process, ukl-image,
 *       linux-c: all on the lab's tap; the paper: runu 547 ms, runc about 1 s);
 *   <li>resident memory: VmRSS and VmHWM from /proc of the serving process after the same echo
 *       traffic, the process executable against the same server jar on the host JVM;
 *   <li>CPU time (user + system, of the child and its descendants) of compute-bound corpus programs,
 *       {@code Name:argument} each, as process executables against HotSpot running the same classes;
 *       both outputs must agree.
 * </ul>
 *
 * Targets are the latency benchmark's ({@link Target}), started one at a time.
 */
final class SeedFigures {
    static final String DEFAULT_TARGETS = "ukl-process,ukl-image,linux-c";
    static final String DEFAULT_PROGRAMS = "FannkuchRedux:10,SpectralNorm:1500,PiDigits:3000,GcChurnStrings";
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

    private final Options options;
    private final int starts;
    private final List<String> programs;
    private final PrintStream out;

    private SeedFigures(Options options, int starts, List<String> programs, PrintStream out) {
        this.options = options;
        this.starts = starts;
        this.programs = programs;
        this.out = out;
    }

    /** {@code args} without {@code --seed}; returns the report (also printed and written to seed.txt). */
    static String run(List<String> args, PrintStream out) throws BenchException {
        List<String> rest = new ArrayList<>(args);
        int starts = Integer.parseInt(take(rest, "--starts", "3"));
        List<String> programs =
                Arrays.asList(take(rest, "--programs", DEFAULT_PROGRAMS).split(","));
        if (!rest.contains("--targets")) rest.addAll(List.of("--targets", DEFAULT_TARGETS));
        if (!rest.contains("--quick")) rest.add("--quick"); // the traffic before the memory reading
        Options options = Options.parse(rest.toArray(String[]::new));
        String report = new SeedFigures(options, starts, programs, out).measure();
        out.println();
        out.print(report);
        try {
            Files.createDirectories(options.out());
            Files.writeString(options.out().resolve("seed.txt"), report);
        } catch (IOException e) {
            throw new BenchException("cannot write " + options.out().resolve("seed.txt") + ": " + e.getMessage(), e);
        }
        return report;
    }

    /** Removes {@code option} and its value from {@code args}; the value, or {@code fallback}. */
    static String take(List<String> args, String option, String fallback) {
        int i = args.indexOf(option);
        if (i < 0) return fallback;
        if (i + 1 >= args.size()) throw new IllegalArgumentException(option + " needs a value");
        String value = args.get(i + 1);
        args.subList(i, i + 2).clear();
        return value;
    }

    private String measure() throws BenchException {
        StringBuilder report = new StringBuilder();
        try (Scratch scratch = Scratch.create("ukl-seed");
                Lab lab = new Lab(options, scratch.dir(), line -> out.println("ukl-bench: " + line))) {
            report.append(coldStarts(lab)).append('\n');
            report.append(residentMemory(lab)).append('\n');
        }
        report.append(cpuTimes());
        return report.toString();
    }

    private String coldStarts(Lab lab) {
        String accelerator = Environment.resolveAccelerator(options.accel());
        // RunningGuest reads the accelerator from this property, as in the latency benchmark
        System.setProperty("ukl.bench.accel", accelerator);
        StringBuilder t = new StringBuilder(String.format(
                "cold start, exec to first echoed byte (median of %d; paper: runu 547 ms, runc ~1 s)%n", starts));
        for (String name : options.targets()) {
            Target target = Bench.target(name, accelerator);
            try {
                target.prepare(lab);
                double[] ms = new double[starts];
                for (int i = 0; i < starts; i++) {
                    long t0 = System.nanoTime();
                    Server server = target.start(lab, options.memoryMiB());
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    server.close();
                }
                Arrays.sort(ms);
                t.append(String.format("  %-12s %8.0f ms   (%s)%n", name, ms[starts / 2], target.description()));
            } catch (BenchException | RuntimeException e) {
                t.append(String.format("  %-12s FAILED: %s%n", name, e.getMessage()));
            }
        }
        return t.toString();
    }

    private String residentMemory(Lab lab) {
        StringBuilder t = new StringBuilder(String.format(
                "resident memory of the echo server after %d round trips of 64 B (/proc VmRSS, VmHWM)%n",
                options.requests()));
        for (Target target : List.of(new ProcessTarget(), new LoopbackTarget())) {
            try {
                target.prepare(lab);
                try (Server server = target.start(lab, options.memoryMiB())) {
                    server.client()
                            .measure(
                                    server.host(),
                                    server.port(),
                                    new Scenario(64, 1),
                                    options.warmup(),
                                    options.requests(),
                                    options.seconds());
                    long pid = ((ChildProcess) server.process()).pid();
                    Map<String, Long> status = status(pid);
                    t.append(String.format(
                            "  %-12s VmRSS %8d KiB   VmHWM %8d KiB%n",
                            target.name(), status.get("VmRSS"), status.get("VmHWM")));
                }
            } catch (BenchException | IOException | RuntimeException e) {
                t.append(String.format("  %-12s FAILED: %s%n", target.name(), e.getMessage()));
            }
        }
        return t.toString();
    }

    /** The kB fields of /proc/PID/status. */
    static Map<String, Long> status(long pid) throws IOException {
        Map<String, Long> fields = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.split("\\s+");
            if (parts.length == 3 && parts[2].equals("kB")) {
                fields.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
            }
        }
        return fields;
    }

    private String cpuTimes() throws BenchException {
        StringBuilder t =
                new StringBuilder("CPU time (user+sys) of compute-bound programs: process executable vs HotSpot "
                        + Runtime.version().feature() + ", same classes\n");
        t.append(String.format("  %-22s %10s %10s %7s%n", "program", "process", "HotSpot", "ratio"));
        Path corpus = EchoServerJar.root("corpus/PiDigits.class", "dev.ukl:ukl-corpus");
        Path work = options.out().resolve("seed-programs");
        for (String spec : programs) {
            String name = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
            List<String> arguments = spec.contains(":") ? List.of(spec.substring(spec.indexOf(':') + 1)) : List.of();
            try {
                Path executable = Toolchain.build(new ImageRequest(
                                List.of(corpus),
                                "corpus." + name,
                                work.resolve(name),
                                work.resolve(name + ".work"),
                                256,
                                line -> {},
                                ukl.boot.Target.PROCESS))
                        .image();
                List<String> native_ = new ArrayList<>(List.of(executable.toString(), "ukl.memory=256M", "--"));
                native_.addAll(arguments);
                List<String> jvm = new ArrayList<>(
                        List.of(ChildProcess.java(), "-Xmx256m", "-cp", corpus.toString(), "corpus." + name));
                jvm.addAll(arguments);
                Timed p = timed(native_, work);
                Timed h = timed(jvm, work);
                if (!p.output.equals(h.output)) {
                    throw new BenchException("the outputs differ: process printed " + p.output.length()
                            + " bytes, HotSpot " + h.output.length());
                }
                t.append(String.format(
                        "  %-22s %8.2f s %8.2f s %6.2f×%n",
                        spec, p.cpuSeconds, h.cpuSeconds, p.cpuSeconds / h.cpuSeconds));
            } catch (ToolchainException | BenchException | IOException | RuntimeException e) {
                t.append(String.format("  %-22s FAILED: %s%n", spec, e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted", e);
            }
        }
        return t.toString();
    }

    private record Timed(String output, double cpuSeconds) {}

    /**
     * Runs {@code command} under bash, whose {@code times} then prints its children's user and
     * system time (getrusage(RUSAGE_CHILDREN): the process and every descendant it waited for).
     */
    private static Timed timed(List<String> command, Path work)
            throws IOException, InterruptedException, BenchException {
        Files.createDirectories(work);
        Path output = work.resolve("output.txt");
        List<String> bash = new ArrayList<>(List.of("bash", "-c", "\"$@\" > " + output + " && times", "timed"));
        bash.addAll(command);
        Process p = new ProcessBuilder(bash).redirectErrorStream(true).start();
        try {
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new BenchException(String.join(" ", command) + " failed:\n" + text);
            }
            String children = text.strip().lines().reduce((a, b) -> b).orElse("");
            Matcher m = TIMES.matcher(children);
            if (!m.find()) throw new BenchException("no times from bash: " + text);
            double cpu = Integer.parseInt(m.group(1)) * 60
                    + Double.parseDouble(m.group(2))
                    + Integer.parseInt(m.group(3)) * 60
                    + Double.parseDouble(m.group(4));
            return new Timed(Files.readString(output), cpu);
        } finally {
            p.destroyForcibly();
        }
    }
}
