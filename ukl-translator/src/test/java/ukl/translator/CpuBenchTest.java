package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPU time of translated programs compiled for the host against HotSpot's on the same classes and
 * the same heap (issue #12, item 3): binary-trees (the collector), spectral-norm and n-body (numeric
 * loops), pidigits (BigInteger). Each program runs natively and on this JDK's java, alternating,
 * {@code ukl.bench.runs} times; {@code /usr/bin/time} gives each run's user + system seconds and the
 * table shows the medians and their ratio. Outputs must agree, as in CorpusTest.
 *
 * <p>Not part of the build's tests (the figures depend on the machine; the module's pom excludes
 * it): run it with {@code -Dtest=CpuBenchTest}, optionally {@code -Dukl.bench.runs=N} and {@code -Dukl.keepDir=DIR} to
 * keep the binary ({@code DIR/program corpus.BinaryTrees 16}) and the classes for other tools.
 */
class CpuBenchTest {
    /** Program, its argument, and the heap both sides get (MiB). */
    record Case(String program, String arg, int heapMb) {}

    static final List<Case> CASES = List.of(
            new Case("BinaryTrees", "18", 64),
            new Case("SpectralNorm", "3000", 64),
            new Case("NBody", "20000000", 64),
            new Case("PiDigits", "4000", 64));

    @TempDir
    Path dir;

    @Test
    void translatedAgainstHotSpot() throws Exception {
        int runs = Integer.getInteger("ukl.bench.runs", 3);
        Map<String, String> sources = new LinkedHashMap<>();
        StringBuilder dispatch = new StringBuilder("""
                public final class BenchMain {
                    public static void main(String[] args) throws Throwable {
                        String[] rest = new String[args.length - 1];
                        System.arraycopy(args, 1, rest, 0, rest.length);
                """);
        for (Case c : CASES) {
            sources.put("corpus/" + c.program() + ".java", Harness.corpusSource(c.program()));
            dispatch.append("        if (args[0].equals(\"corpus.")
                    .append(c.program())
                    .append("\")) { corpus.")
                    .append(c.program())
                    .append(".main(rest); return; }\n");
        }
        dispatch.append("        throw new IllegalArgumentException(args[0]);\n    }\n}\n");
        sources.put("BenchMain.java", dispatch.toString());
        Path work = System.getProperty("ukl.keepDir") == null
                ? dir
                : Files.createDirectories(Path.of(System.getProperty("ukl.keepDir")));
        Path classes = Harness.compile(work, sources);
        Path exe = Harness.build(Harness.world(Harness.classesIn(classes), "BenchMain"), work);

        StringBuilder table = new StringBuilder(String.format(
                "%-14s %-8s %5s %12s %12s %8s%n", "program", "arg", "heap", "ukl cpu s", "HotSpot cpu s", "ratio"));
        for (Case c : CASES) {
            double[] ukl = new double[runs];
            double[] jvm = new double[runs];
            for (int i = 0; i < runs; i++) {
                Timed n = timed(List.of(exe.toString(), "corpus." + c.program(), c.arg()), c.heapMb());
                Timed j = timed(
                        List.of(
                                Harness.JAVA,
                                "-Xms" + c.heapMb() + "m",
                                "-Xmx" + c.heapMb() + "m",
                                "-cp",
                                classes.toString(),
                                "corpus." + c.program(),
                                c.arg()),
                        0);
                assertEquals(j.stdout(), n.stdout(), c.program() + ": standard output");
                ukl[i] = n.cpuSeconds();
                jvm[i] = j.cpuSeconds();
            }
            double u = median(ukl);
            double h = median(jvm);
            table.append(String.format(
                    "%-14s %-8s %4dM %12.3f %12.3f %8.2f%n", c.program(), c.arg(), c.heapMb(), u, h, u / h));
        }
        System.out.print("CPU time, median of " + runs + " runs (user + system, /usr/bin/time):\n" + table);
    }

    record Timed(String stdout, double cpuSeconds) {}

    /** Runs cmd under /usr/bin/time; heapMb > 0 gives the native program that heap ({@code ukl.memory=}). */
    static Timed timed(List<String> cmd, int heapMb) throws Exception {
        Path times = Files.createTempFile("ukl-time", ".txt");
        Path out = Files.createTempFile("ukl-out", ".txt");
        try {
            List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S"));
            full.add(cmd.get(0));
            if (heapMb > 0) {
                full.add("ukl.memory=" + heapMb + "M");
            }
            full.addAll(cmd.subList(1, cmd.size()));
            ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(out.toFile());
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            try {
                if (p.waitFor() != 0) {
                    throw new AssertionError("exit status " + p.exitValue() + ": " + cmd);
                }
            } finally {
                p.destroyForcibly();
            }
            String[] f = Files.readString(times).trim().split("\\s+");
            return new Timed(Files.readString(out), Double.parseDouble(f[0]) + Double.parseDouble(f[1]));
        } finally {
            Files.deleteIfExists(times);
            Files.deleteIfExists(out);
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
