package ukl.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import ukl.boot.qemu.TransparentHugePages;

/**
 * A benchmark's main method: {@code --help} prints the usage; bad options exit 2, a failed step
 * exits 1, a target or run that failed exits 3, and all well exits 0. Messages start with the
 * benchmark's name ({@code ukl-bench}, {@code ukl-bench kv}).
 */
public final class Launcher {
    /** Runs a benchmark with parsed options; true when every target and run succeeded. */
    @FunctionalInterface
    public interface Benchmark<O> {
        boolean run(O options) throws BenchException;
    }

    /** Writes the report files into a directory that exists. */
    @FunctionalInterface
    public interface ReportWriter {
        void write(Path dir) throws IOException;
    }

    private Launcher() {}

    /** Never returns normally but for {@code --help}: exits with the codes above. */
    public static <O> void main(
            String[] args, String name, String usage, Function<String[], O> parse, Benchmark<O> benchmark) {
        if (List.of(args).contains("--help")) {
            System.out.print(usage);
            return;
        }
        O options;
        try {
            options = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        hugePagesOff(name);
        try {
            System.exit(benchmark.run(options) ? 0 : 3);
        } catch (BenchException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Every QEMU a benchmark starts runs without transparent huge pages (a start that stalls on
     * them is QEMU's and the host's, not the target's; {@link TransparentHugePages}).
     */
    public static void hugePagesOff(String name) {
        TransparentHugePages.offForChildren(line -> System.out.println(name + ": " + line));
    }

    /** Creates {@code dir}, has {@code writer} fill it, and says where the reports are on {@code out}. */
    public static void writeReports(String name, Path dir, ReportWriter writer, PrintStream out) throws BenchException {
        try {
            Files.createDirectories(dir);
            writer.write(dir);
        } catch (IOException e) {
            throw new BenchException("cannot write the reports in " + dir + ": " + e.getMessage(), e);
        }
        out.println(name + ": reports in " + dir);
    }
}
