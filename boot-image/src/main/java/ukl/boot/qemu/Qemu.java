package ukl.boot.qemu;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ukl.boot.ImageBuildException;
import ukl.boot.ImageBuilder;

/**
 * Boots an image in QEMU: configure, then {@link #runCaptured} or {@link #runInteractive}.
 *
 * <pre>{@code
 * QemuResult r = Qemu.forImage(image).memoryMiB(256).cmdline("a b").runCaptured(Duration.ofSeconds(10));
 * }</pre>
 *
 * The guest's COM1 is its standard output, COM2 its standard error (docs/contracts.md §8). In
 * {@link #runCaptured} and {@link #start} each stream also has a virtio console (a
 * {@code virtio-serial-pci} with a {@code virtconsole} on port 0, stdout's first on the bus) whose
 * output lands in the same file as its UART's: the kernel writes a whole buffer per notification
 * there, where QEMU's UART makes a host {@code write(2)} per byte. Both back ends of a file open it
 * for appending, and QEMU handles both devices' writes in the order the guest makes them, so the
 * boot code's early and panic output on the UART and the kernel's on the virtio console keep their
 * order. {@link #virtioConsole(boolean)} leaves the virtio consoles out (the UART-only machine).
 */
public final class Qemu {
    static final String EXECUTABLE = "qemu-system-x86_64";
    static final Path QBOOT = Path.of("/usr/share/qemu/qboot.rom");
    /** How QEMU's own errors start: its program name, or just "qemu" from the kernel loader. */
    private static final Pattern QEMU_ERROR = Pattern.compile("^qemu(-system-x86_64)?: (?!warning:)");

    private final Path image;
    private int memoryMiB = 256;
    private String cmdline = "";
    private Accelerator accelerator = Accelerator.AUTO;
    private final List<String> extraArgs = new ArrayList<>();
    private List<String> prefix = List.of();
    private Consumer<String> progress = line -> {};
    private String searchPath = System.getenv("PATH");
    private Path qboot = QBOOT;
    private Path input;
    private int gdbPort;
    /** {@link System#nanoTime()} just before the last QEMU process was spawned. */
    private long spawnedNanos;

    private boolean virtioConsole = true;

    private Qemu(Path image) {
        this.image = Objects.requireNonNull(image, "image");
    }

    public static Qemu forImage(Path image) {
        return new Qemu(image);
    }

    /**
     * Guest RAM in MiB (default 256). Any positive size is taken here; the image's own floor (the
     * memory it occupies once loaded) is checked when QEMU starts.
     */
    public Qemu memoryMiB(int mib) {
        if (mib < 1) throw new IllegalArgumentException("guest memory must be at least 1 MiB, was " + mib);
        this.memoryMiB = mib;
        return this;
    }

    /** The kernel command line ({@code -append}); empty by default. */
    public Qemu cmdline(String cmdline) {
        this.cmdline = Objects.requireNonNull(cmdline, "cmdline");
        return this;
    }

    public Qemu accelerator(Accelerator accelerator) {
        this.accelerator = Objects.requireNonNull(accelerator, "accelerator");
        return this;
    }

    /**
     * What the guest reads on COM1 (its descriptor 0, {@code System.in}) in {@link #runCaptured}
     * and {@link #start}: the file's bytes, then nothing more. End the text with a Ctrl-D (0x04)
     * for the guest to see the end of its input, as at a terminal. Without it COM1 receives nothing.
     */
    public Qemu input(Path file) {
        this.input = Objects.requireNonNull(file, "file");
        return this;
    }

    /**
     * Starts the guest halted, with QEMU's gdb stub on {@code 127.0.0.1:port}: the CPU runs once
     * gdb connects and says {@code continue} (QEMU's {@code -gdb tcp:… -S}).
     */
    public Qemu gdbStub(int port) {
        if (port < 1 || port > 65535) throw new IllegalArgumentException("gdb port out of range: " + port);
        this.gdbPort = port;
        return this;
    }

    /**
     * Whether captured runs give the guest virtio consoles for its standard output and error
     * (default {@code true}); without them the kernel writes both to its UARTs, as on a machine
     * that has nothing else.
     */
    public Qemu virtioConsole(boolean on) {
        this.virtioConsole = on;
        return this;
    }

    /** Arguments appended to QEMU's command line as they are, e.g. {@code -netdev tap,…}. */
    public Qemu extraArgs(List<String> args) {
        this.extraArgs.addAll(args);
        return this;
    }

    /**
     * Runs QEMU under this command, e.g. {@code ip netns exec NS} to reach a tap device inside a
     * network namespace. The command must exec QEMU in its own process (as {@code ip netns exec}
     * does), so that the PID the launcher kills is QEMU's.
     */
    public Qemu under(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
        return this;
    }

    /** Receives warnings and one line per run with QEMU's PID and command line. */
    public Qemu progress(Consumer<String> progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Looks QEMU up on this PATH value instead of the environment's (for tests). */
    Qemu searchPath(String searchPath) {
        this.searchPath = searchPath;
        return this;
    }

    /** Uses this qboot firmware instead of Debian's (for tests). */
    Qemu qboot(Path qboot) {
        this.qboot = qboot;
        return this;
    }

    /**
     * Runs with both serial ports on this terminal (QEMU's stdio, multiplexed; Ctrl-A X quits)
     * until the guest exits. No virtio consoles here: on the multiplexer they would take the
     * terminal's input from COM1, and a terminal does not need their rate.
     *
     * @return the guest's exit status
     * @throws QemuException when QEMU fails or the guest stops without calling {@code ukl_exit}
     */
    public int runInteractive() throws QemuException, InterruptedException {
        List<String> command = command();
        command.addAll(List.of(
                "-chardev",
                "stdio,id=ukl-console,mux=on,signal=on",
                "-serial",
                "chardev:ukl-console",
                "-serial",
                "chardev:ukl-console"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = start(builder, command);
        ProcessGuard guard = new ProcessGuard(process);
        try {
            String messages = teeToStderr(process.getErrorStream());
            int exitCode = process.waitFor();
            QemuResult result = result(exitCode, new byte[0], new byte[0], start, false, messages);
            if (!result.exited()) throw new QemuException("QEMU ran " + image + ": " + result.describe());
            return result.exitStatus();
        } finally {
            guard.close();
        }
    }

    /**
     * Runs with COM1 and COM2 captured apart, and kills QEMU (by PID, with its descendants) when
     * {@code timeout} passes first.
     *
     * @throws QemuException when QEMU cannot start or fails before the guest runs
     */
    public QemuResult runCaptured(Duration timeout) throws QemuException, InterruptedException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ukl-qemu");
            Path com1 = dir.resolve("com1");
            Path com2 = dir.resolve("com2");
            Path messages = dir.resolve("qemu.log");
            long start = System.nanoTime();
            Process process = startWithFiles(com1, com2, messages);
            boolean timedOut;
            try (ProcessGuard guard = new ProcessGuard(process)) {
                timedOut = !process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
                if (timedOut) guard.kill();
            }
            return result(
                    process.exitValue(),
                    readIfExists(com1),
                    readIfExists(com2),
                    start,
                    timedOut,
                    Files.readString(messages, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new QemuException("cannot capture QEMU's output in " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Starts the guest and returns at once, for guests that serve until stopped: COM1 and COM2 go to
     * files the handle reads, and closing the handle kills QEMU (by PID, with its descendants).
     *
     * @throws QemuException when QEMU cannot start
     */
    public RunningQemu start() throws QemuException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ukl-qemu");
            Path com1 = dir.resolve("com1");
            Path com2 = dir.resolve("com2");
            Path messages = dir.resolve("qemu.log");
            Process process = startWithFiles(com1, com2, messages);
            Path owned = dir;
            dir = null;
            return new RunningQemu(process, new ProcessGuard(process), owned, com1, com2, messages, spawnedNanos);
        } catch (IOException e) {
            throw new QemuException("cannot set up QEMU's output files: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Starts QEMU with standard output, standard error and QEMU's own messages going to the given
     * files. With an {@link #input}, COM1 is QEMU's stdio instead (QEMU 7.2's file back end cannot
     * read): standard input from that file, standard output appended to {@code com1}, QEMU's
     * messages on standard error.
     */
    private Process startWithFiles(Path com1, Path com2, Path messages) throws QemuException {
        List<String> command = command();
        command.addAll(outputFile("ukl-com2", com2));
        if (input == null) {
            command.addAll(outputFile("ukl-com1", com1));
            command.addAll(List.of("-serial", "chardev:ukl-com1", "-serial", "chardev:ukl-com2"));
            command.addAll(virtioConsoles(com1, com2));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(messages.toFile());
            return start(builder, command);
        }
        command.addAll(List.of(
                "-chardev",
                "stdio,id=ukl-com1,signal=off",
                "-serial",
                "chardev:ukl-com1",
                "-serial",
                "chardev:ukl-com2"));
        command.addAll(virtioConsoles(com1, com2));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(input.toFile())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(com1.toFile()))
                .redirectError(messages.toFile());
        return start(builder, command);
    }

    /**
     * A character back end {@code id} that appends to {@code file}: every back end writing a file
     * appends, so that writes from two devices land in the order QEMU makes them.
     */
    private static List<String> outputFile(String id, Path file) {
        return List.of("-chardev", "file,id=" + id + ",path=" + escape(file) + ",append=on");
    }

    /**
     * A legacy virtio console for standard output, then one for standard error (the kernel tells
     * them apart by bus order), each appending to its stream's file. {@code max_ports=1}: no
     * multiport feature, so port 0 works without a control queue (VirtIO 1.1 §5.3).
     */
    List<String> virtioConsoles(Path stdout, Path stderr) {
        if (!virtioConsole) return List.of();
        List<String> args = new ArrayList<>();
        args.addAll(outputFile("ukl-vout", stdout));
        args.addAll(outputFile("ukl-verr", stderr));
        for (String stream : List.of("out", "err")) {
            args.addAll(List.of(
                    "-device",
                    "virtio-serial-pci,id=ukl-v" + stream + "-bus,max_ports=1,disable-modern=on",
                    "-device",
                    "virtconsole,bus=ukl-v" + stream + "-bus.0,chardev=ukl-v" + stream));
        }
        return args;
    }

    /** docs/contracts.md §7: QEMU's exit code {@code 2n+1} is the guest's status {@code n}. */
    private QemuResult result(
            int exitCode, byte[] com1, byte[] com2, long startNanos, boolean timedOut, String messages)
            throws QemuException {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (!timedOut && exitCode == 1 && failedToStart(messages)) {
            throw new QemuException("QEMU could not run " + image + " (exit code 1): " + messages.strip());
        }
        int status = !timedOut && exitCode % 2 == 1 ? exitCode >> 1 : QemuResult.NO_EXIT;
        return new QemuResult(status, com1, com2, elapsed, timedOut, exitCode, messages);
    }

    /**
     * Exit code 1 is also the guest's status 0, but QEMU uses it for its own errors too; those come
     * with a message "qemu-system-x86_64: …" or "qemu: …" that is not a warning.
     */
    static boolean failedToStart(String messages) {
        return messages.lines().anyMatch(l -> QEMU_ERROR.matcher(l).find());
    }

    /**
     * Below the memory its segments occupy, QEMU's PVH loader has nowhere to put the image and the
     * guest never starts (it hangs): say so before starting it. A file that is not a PVH image is
     * left to QEMU, which names what is wrong with it.
     */
    private void requireMemoryFloor() throws QemuException {
        int floor;
        try {
            floor = ImageBuilder.inspect(image).memoryFloorMiB();
        } catch (ImageBuildException notAnImage) {
            return;
        }
        if (memoryMiB < floor) {
            throw new QemuException(image.getFileName() + " occupies " + floor + " MiB of guest memory once loaded, "
                    + "more than the " + memoryMiB + " MiB given: give it at least " + floor
                    + " MiB (-m " + floor + "M), and more for its stack and heap");
        }
    }

    /** The command line both runs share; each adds its serial ports. */
    List<String> command() throws QemuException {
        Path executable = onPath(EXECUTABLE)
                .orElseThrow(() -> new QemuException(
                        EXECUTABLE + " not found on PATH: install it (Debian: apt-get install qemu-system-x86)"));
        if (!Files.isRegularFile(image)) throw new QemuException("image " + image + " does not exist: build it first");
        requireMemoryFloor();
        Accelerator accel = accelerator.resolve();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                executable.toString(),
                "-machine",
                // no ACPI tables (the kernel reads none): building them was 10 ms of QEMU's CPU time
                // per start, a tenth of a bare image's start to exit (issue #12, item 4)
                "pc,acpi=off",
                "-accel",
                accel.qemuName(),
                // TCG cannot advertise CPUID's invariant-TSC bit, but its TSC is the host's, steady at the
                // calibrated rate; "max" gives every feature TCG has (SSE4.2, POPCNT, …).
                "-cpu",
                "max",
                "-m",
                Integer.toString(memoryMiB)));
        if (Files.isRegularFile(qboot)) {
            command.addAll(List.of("-bios", qboot.toString())); // DESIGN.md: SeaBIOS costs seconds under TCG
        } else {
            progress.accept("qemu: warning: " + qboot + " not found, booting with QEMU's default BIOS, which is "
                    + "much slower (Debian: apt-get install qemu-system-data)");
        }
        command.addAll(List.of(
                "-nodefaults",
                "-no-user-config",
                "-no-reboot",
                "-display",
                "none",
                "-device",
                "isa-debug-exit,iobase=0xf4,iosize=0x04",
                "-kernel",
                image.toString()));
        if (!cmdline.isEmpty()) command.addAll(List.of("-append", cmdline));
        if (gdbPort > 0) command.addAll(List.of("-gdb", "tcp:127.0.0.1:" + gdbPort, "-S"));
        command.addAll(extraArgs);
        return command;
    }

    private Optional<Path> onPath(String tool) {
        if (searchPath == null) return Optional.empty();
        return Stream.of(searchPath.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, tool))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    private Process start(ProcessBuilder builder, List<String> command) throws QemuException {
        builder.environment().compute("GLIBC_TUNABLES", (k, v) -> tunables(v));
        TransparentHugePages.offForChildren(progress);
        try {
            spawnedNanos = System.nanoTime();
            Process process = builder.start();
            progress.accept("qemu: pid " + process.pid() + ": " + String.join(" ", command));
            return process;
        } catch (IOException e) {
            throw new QemuException("cannot start " + command.getFirst() + ": " + e.getMessage(), e);
        }
    }

    /**
     * QEMU's malloc on transparent huge pages (glibc 2.35's {@code glibc.malloc.hugetlb=1}: madvise
     * on its heap): half of QEMU's start-up is page faults, in its heap as much as in relocation, and
     * this took its CPU time to the first echo of the echo-server image from 239 to 186 ms (median of
     * six, TCG), for 1.7 MB more resident memory. A tunable the caller set is kept; an older glibc
     * ignores it, and so does a QEMU that {@link TransparentHugePages} keeps off huge pages.
     */
    static String tunables(String existing) {
        String hugeMalloc = "glibc.malloc.hugetlb=1";
        if (existing == null || existing.isEmpty()) return hugeMalloc;
        return existing.contains("glibc.malloc.hugetlb=") ? existing : existing + ":" + hugeMalloc;
    }

    /** Copies QEMU's stderr to ours as it comes, and keeps it for the result. */
    private static String teeToStderr(InputStream in) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                System.err.write(buffer, 0, n);
                System.err.flush();
                kept.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading QEMU's messages", e);
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    /** QEMU's option syntax: a comma inside a value is written twice. */
    private static String escape(Path path) {
        return path.toString().replace(",", ",,");
    }

    private static byte[] readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
