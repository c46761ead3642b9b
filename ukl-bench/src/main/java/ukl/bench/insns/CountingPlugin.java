package ukl.bench.insns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ukl.bench.run.BenchException;
import ukl.bench.run.HostCommand;
import ukl.boot.ImageBuilder;

/**
 * The instruction-counting QEMU plugin, {@code insn-count.c}: built here with gcc, given an
 * image's symbols, and read back. Its output is a list of snapshots, each the cumulative counts per
 * function (instructions and entries) at the moment a label was written to its FIFO.
 */
public final class CountingPlugin {
    /** Where a block outside every symbol counts. */
    public static final String OUTSIDE = "?";

    /** How long the guest is left alone before and after a snapshot: its delayed ACK and timers fire first. */
    private static final long QUIET_MILLIS = 300;

    private final Path library;

    private CountingPlugin(Path library) {
        this.library = library;
    }

    /** Compiles the plugin into {@code dir}. */
    public static CountingPlugin build(Path dir) throws BenchException {
        Path source = dir.resolve("insn-count.c");
        Path library = dir.resolve("insn-count.so");
        try (InputStream in = CountingPlugin.class.getResourceAsStream("insn-count.c")) {
            Files.write(source, in.readAllBytes());
        } catch (IOException e) {
            throw new BenchException("cannot write the plugin's source to " + dir + ": " + e.getMessage(), e);
        }
        HostCommand.run(List.of(
                "gcc",
                "-O2",
                "-shared",
                "-fPIC",
                "-fvisibility=hidden",
                "-o",
                library.toString(),
                source.toString(),
                "-lpthread"));
        return new CountingPlugin(library);
    }

    /**
     * QEMU's arguments that load the plugin for {@code image}, with the symbols written to {@code
     * dir}, snapshots taken on lines written to {@code control} (a FIFO made here) and written to {@code
     * output}.
     */
    public List<String> qemuArgs(Path image, Path dir, Path control, Path output) throws BenchException {
        Path symbols = dir.resolve("symbols.txt");
        // the image has no symbol table: ImageBuilder moved it into the debug file beside it
        String nm = HostCommand.run(List.of(
                "nm",
                "-n",
                "-S",
                "--defined-only",
                ImageBuilder.debugFile(image).toString()));
        try {
            Files.writeString(symbols, nm);
            Files.deleteIfExists(control);
        } catch (IOException e) {
            throw new BenchException("cannot write " + symbols + ": " + e.getMessage(), e);
        }
        HostCommand.run(List.of("mkfifo", control.toString()));
        return List.of("-plugin", library + ",syms=" + symbols + ",ctl=" + control + ",out=" + output);
    }

    /**
     * One function's cumulative counts.
     *
     * @param instructions instructions executed in it so far
     * @param entries how often a block at its first instruction ran: its calls, where gcc did not
     *     inline it
     */
    public record Counts(long instructions, long entries) {
        static final Counts NONE = new Counts(0, 0);
    }

    /**
     * Has the plugin take a snapshot labelled {@code label} through {@code control}, after the
     * guest has been left alone a while, and leaves it alone as long again: what a window between
     * two snapshots holds is then the work of the requests sent in it, timers and ACKs included.
     */
    public static void snapshot(Path control, String label) throws BenchException, InterruptedException {
        Thread.sleep(QUIET_MILLIS);
        try {
            Files.writeString(control, label + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot write to the plugin's control FIFO " + control + ": " + e.getMessage(), e);
        }
        Thread.sleep(QUIET_MILLIS);
    }

    /** What each function executed between two snapshots: instructions and entries. */
    public static Map<String, Counts> between(Map<String, Counts> start, Map<String, Counts> end) {
        Map<String, Counts> delta = new TreeMap<>();
        end.forEach((function, counts) -> {
            Counts before = start.getOrDefault(function, Counts.NONE);
            Counts d = new Counts(counts.instructions() - before.instructions(), counts.entries() - before.entries());
            if (d.instructions() != 0 || d.entries() != 0) delta.put(function, d);
        });
        return delta;
    }

    /** The snapshots in the plugin's output: label → function → its counts so far. */
    public static Map<String, Map<String, Counts>> snapshots(Path output) throws BenchException {
        Map<String, Map<String, Counts>> snapshots = new LinkedHashMap<>();
        Map<String, Counts> current = null;
        try {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith("snap ")) {
                    current = new TreeMap<>();
                    snapshots.put(line.substring("snap ".length()), current);
                } else if (line.equals("end")) {
                    current = null;
                } else if (current != null) {
                    String[] fields = line.split(" ", 3); // COUNT ENTRIES NAME
                    current.put(fields[2], new Counts(Long.parseLong(fields[0]), Long.parseLong(fields[1])));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BenchException("cannot read the plugin's counts in " + output + ": " + e.getMessage(), e);
        }
        return snapshots;
    }
}
