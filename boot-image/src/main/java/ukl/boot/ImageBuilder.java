package ukl.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles a program's C files with the runtime of a {@link Target} and links them: into a
 * PVH-bootable ELF64 ({@link Target#VM}), or a static Linux executable ({@link Target#PROCESS}).
 *
 * <pre>{@code
 * ImageInfo info = new ImageBuilder(cacheDir, System.out::println)
 *         .build(List.of(programC), List.of(runtimeInclude), List.of(), output);
 * }</pre>
 *
 * The C files may include {@code ukl_boot.h}, {@code ukl_natives.h} and {@code ukl_image.h}.
 */
public final class ImageBuilder {
    /**
     * docs/contracts.md: freestanding, static, no libc; no red zone since exceptions share the stack.
     * {@code -malign-data=abi}: static data at the psABI's alignment (8 for a struct, 16 for an array
     * of 16 bytes or more), not gcc's default of 32 bytes for every object of 32 bytes or more and
     * 64 from 64: a translated program's data is thousands of small objects (a string literal's
     * char array, a class descriptor), and the padding took ~20 KB of the echo server's image.
     * {@code -falign-functions=1 -falign-jumps=1 -falign-loops=1}: no padding before functions, jump
     * targets and loops (Linux builds x86-64 with the last two for the same reason): 29 KB of the
     * echo server's image, while its instructions per echo and the CPU benchmarks on the host did
     * not change (TCG does not care where code starts; the host's loops measured the same).
     * Not {@code --param=max-inline-insns-auto=20} (gcc inlining functions of up to 20 of its
     * instructions not declared inline, 15 at -O2): the echo server's instructions per round trip
     * went 10,859 -> 10,556 for 1.6% more image, but the CPU benchmarks' translated programs run
     * alternately with and without it took more CPU: binary-trees 0.70 s against 0.64 (medians of 5
     * pairs), pidigits 0.69-0.70 against 0.64-0.67. (CpuBenchTest's unpaired medians move by a half
     * between runs on a shared host: 0.66 to 1.03 s for the same binary-trees.)
     */
    static final List<String> CFLAGS = List.of(
            "-O2",
            "-g",
            "-ffreestanding",
            "-nostdlib",
            "-static",
            "-fno-pic",
            "-no-pie",
            "-mno-red-zone",
            "-fno-stack-protector",
            "-fno-asynchronous-unwind-tables",
            "-malign-data=abi",
            "-falign-functions=1",
            "-falign-jumps=1",
            "-falign-loops=1",
            "-ffunction-sections",
            "-fdata-sections");

    /** A definition is the name, its parameter list and a body; comments, prototypes and calls are not. */
    private static final Pattern NATIVE_DEFINITION = Pattern.compile("\\b(ukl_native_\\w+)\\s*\\([^()]*\\)\\s*\\{");

    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private final Target target;
    private final Path cacheDir;
    private final Consumer<String> progress;
    private final String searchPath;
    private int compiled;
    private int reused;
    private long peakCompilerKiB;

    /**
     * @param cacheDir where compiled boot objects are kept between builds (created if absent)
     * @param progress receives one line per step, e.g. {@code gcc: compiling program.c (1.2 MB)}
     */
    public ImageBuilder(Path cacheDir, Consumer<String> progress) {
        this(Target.VM, cacheDir, progress);
    }

    /** A builder for {@code target}'s runtime. */
    public ImageBuilder(Target target, Path cacheDir, Consumer<String> progress) {
        this(target, cacheDir, progress, System.getenv("PATH"));
    }

    /** With gcc and ld looked up on {@code searchPath} instead of the PATH (for tests). */
    ImageBuilder(Path cacheDir, Consumer<String> progress, String searchPath) {
        this(Target.VM, cacheDir, progress, searchPath);
    }

    private ImageBuilder(Target target, Path cacheDir, Consumer<String> progress, String searchPath) {
        this.target = Objects.requireNonNull(target, "target");
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.searchPath = searchPath;
    }

    /**
     * Compiles {@code cFiles} (with the boot sources) and links the image at {@code output}.
     *
     * @param includeDirs passed to gcc as {@code -I}, after the boot headers' directory
     * @param extraCflags appended to the fixed flags, for the program and the boot code alike
     * @return the image and its sizes by section
     */
    public ImageInfo build(List<Path> cFiles, List<Path> includeDirs, List<String> extraCflags, Path output)
            throws ImageBuildException {
        if (cFiles.isEmpty())
            throw new ImageBuildException("no C files to compile: pass at least the program's program.c");
        for (Path c : cFiles) {
            if (!Files.isRegularFile(c)) throw new ImageBuildException("C file " + c + " does not exist");
        }
        Gcc gcc = Gcc.locate(searchPath);
        List<String> cflags = new ArrayList<>(CFLAGS);
        cflags.addAll(extraCflags);
        BootObjects boot = BootObjects.prepare(target, cacheDir, gcc, cflags, progress);
        Path work = null;
        try {
            work = Files.createTempDirectory(Files.createDirectories(cacheDir), "build");
            List<Path> objects = compile(gcc, cflags, boot, includeDirs, cFiles, work);
            link(gcc, cflags, boot, objects, output, work);
            new ObjectCache(cacheDir.resolve("objects")).evict();
            splitDebugInfo(Gcc.binutil("objcopy", searchPath), output, work);
            return describe(output);
        } catch (IOException e) {
            throw new ImageBuildException("cannot build " + output + ": " + e.getMessage(), e);
        } finally {
            try {
                if (work != null) BootObjects.deleteTree(work);
            } catch (IOException e) {
                progress.accept("gcc: could not remove the scratch directory " + work + ": " + e.getMessage());
            }
        }
    }

    private List<Path> compile(
            Gcc gcc, List<String> cflags, BootObjects boot, List<Path> includeDirs, List<Path> cFiles, Path work)
            throws IOException, ImageBuildException {
        ObjectCache cache = new ObjectCache(cacheDir.resolve("objects"));
        List<Path> headerDirs = new ArrayList<>();
        headerDirs.add(boot.includeDirectory());
        headerDirs.addAll(includeDirs);
        String version = gcc.version();
        Map<Path, String> keys = new LinkedHashMap<>();
        List<Path> objects = new ArrayList<>();
        for (Path c : cFiles) {
            String key = ObjectCache.key(c, headerDirs, cflags, version);
            keys.put(c, key);
            objects.add(cache.object(key));
        }
        // the largest first, so that parallel runs end about together
        List<Path> bySize = new ArrayList<>(keys.keySet());
        bySize.sort(Comparator.comparingLong((Path c) -> c.toFile().length()).reversed());
        List<Gcc.Job> jobs = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Path c : bySize) {
            String key = keys.get(c);
            if (misses.contains(key) || cache.lookup(key)) continue;
            List<String> arguments = new ArrayList<>(cflags);
            arguments.add("-I" + boot.includeDirectory());
            for (Path dir : includeDirs) arguments.add("-I" + dir);
            arguments.addAll(
                    List.of("-c", c.toString(), "-o", cache.scratch(key).toString()));
            progress.accept("gcc: compiling " + c.getFileName() + " (" + size(Files.size(c)) + ")");
            jobs.add(new Gcc.Job("compiling " + c, arguments, work.resolve(jobs.size() + ".log")));
            misses.add(key);
        }
        gcc.run(jobs);
        for (String key : misses) cache.store(key);
        compiled = jobs.size();
        reused = cFiles.size() - jobs.size();
        peakCompilerKiB = gcc.peakChildKiB();
        progress.accept("gcc: compiled " + compiled + " of " + cFiles.size() + " C files, reused " + reused + " from "
                + cacheDir.resolve("objects") + "; largest gcc process " + peakCompilerKiB / 1024 + " MiB");
        return objects;
    }

    /**
     * The peak resident memory of the largest process gcc ran for the last {@link #build} (the
     * compiler proper, cc1, of the largest C file), in KiB, 0 if none ran; with the C files it
     * compiled and the ones it reused from the object cache.
     */
    public BuildFacts lastBuild() {
        return new BuildFacts(compiled, reused, peakCompilerKiB);
    }

    /** The peak resident memory (VmHWM, proc(5)) of a running process, in KiB; 0 if unknown. */
    public static long peakResidentKiB(long pid) {
        return Gcc.highWaterKiB(pid);
    }

    /** What {@link #lastBuild()} reports. */
    public record BuildFacts(int compiled, int reused, long peakCompilerKiB) {}

    /** Where the image's debug information goes: {@code <image>.debug}, beside it. */
    public static Path debugFile(Path image) {
        return image.resolveSibling(image.getFileName() + ".debug");
    }

    /**
     * Moves the DWARF (Java files and lines, from the translator's {@code #line}s) and the symbol
     * table into {@link #debugFile}, and leaves in the image only a {@code .gnu_debuglink} naming it:
     * the image holds what is loaded and little else (the symbols were a quarter of the echo
     * server's file), and gdb, {@code nm} and the benchmark's instruction counter read the debug
     * file.
     */
    private void splitDebugInfo(Gcc objcopy, Path output, Path work) throws ImageBuildException {
        Path debug = debugFile(output);
        progress.accept("objcopy: debug information to " + debug.getFileName());
        objcopy.run(List.of(new Gcc.Job(
                "keeping the debug information of " + output,
                List.of("--only-keep-debug", output.toString(), debug.toString()),
                work.resolve("debug.log"))));
        objcopy.run(List.of(new Gcc.Job(
                "stripping the debug information and symbols from " + output,
                List.of("--strip-all", "--add-gnu-debuglink=" + debug, output.toString()),
                work.resolve("strip.log"))));
    }

    private void link(Gcc gcc, List<String> cflags, BootObjects boot, List<Path> objects, Path output, Path work)
            throws IOException, ImageBuildException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        List<String> arguments = new ArrayList<>(cflags);
        if (boot.linkerScript() != null) {
            // The loader copies each segment from its file offset to its physical address and needs
            // no page congruence between the two (-kernel's PVH loader, like a firmware's): so the
            // segments follow each other in the file without padding up to a page (8 KB of hello's).
            arguments.addAll(List.of("-T", boot.linkerScript().toString(), "-Wl,-z,max-page-size=16"));
        }
        arguments.addAll(List.of("-Wl,--gc-sections", "-Wl,--build-id=none", "-o", output.toString()));
        boot.objects().forEach(o -> arguments.add(o.toString()));
        objects.forEach(o -> arguments.add(o.toString()));
        arguments.add("-lgcc"); // -nostdlib drops it, but gcc may still call its helpers
        progress.accept("ld: linking " + output.getFileName());
        gcc.run(List.of(new Gcc.Job("linking " + output, arguments, work.resolve("link.log"))));
    }

    /** Fails at once when gcc or ld is missing, naming the package to install: before any long work. */
    public static void requireTools() throws ImageBuildException {
        Gcc.locate(System.getenv("PATH"));
    }

    /** The version line of the gcc on PATH: a different gcc compiles a different image. */
    public static String compilerVersion() throws ImageBuildException {
        return Gcc.locate(System.getenv("PATH")).version();
    }

    /** Which target built {@code image}: {@link Target#VM} when it has the PVH entry note, else {@link Target#PROCESS}. */
    public static Target targetOf(Path image) throws ImageBuildException {
        try {
            return ElfFile.read(image).pvhEntry().isPresent() ? Target.VM : Target.PROCESS;
        } catch (IOException e) {
            throw new ImageBuildException("cannot read " + image + ": " + e.getMessage(), e);
        }
    }

    /** The sizes of a PVH image built earlier; fails if it is not one. */
    public static ImageInfo inspect(Path image) throws ImageBuildException {
        return inspect(Target.VM, image);
    }

    /** The sizes of an image of {@code target} built earlier; fails if a VM image has no PVH entry. */
    public static ImageInfo inspect(Target target, Path image) throws ImageBuildException {
        try {
            return sizes(target, image);
        } catch (IOException e) {
            throw new ImageBuildException("cannot read " + image + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sized symbols of {@code image} in its loaded sections, from its debug file ({@link
     * #debugFile}: the image itself carries no symbol table), largest first.
     */
    public static List<ImageSymbol> symbols(Path image) throws ImageBuildException {
        Path debug = debugFile(image);
        try {
            ElfFile elf = ElfFile.read(debug);
            List<ImageSymbol> symbols = new ArrayList<>();
            for (ElfFile.Symbol s : elf.symbols()) {
                if (s.size() == 0
                        || s.section() == 0
                        || s.section() >= elf.sections().size()) continue;
                ElfFile.Section section = elf.sections().get(s.section());
                if ((section.flags() & ElfFile.SHF_ALLOC) != 0) {
                    symbols.add(new ImageSymbol(s.name(), section.name(), s.size()));
                }
            }
            symbols.sort((a, b) -> Long.compare(b.size(), a.size()));
            return symbols;
        } catch (IOException e) {
            throw new ImageBuildException(
                    "cannot read the symbols of " + image + " in " + debug + ": " + e.getMessage(), e);
        }
    }

    private ImageInfo describe(Path output) throws IOException, ImageBuildException {
        ImageInfo info = sizes(target, output);
        progress.accept("ld: " + output.getFileName() + " " + size(info.fileSize()) + " ("
                + info.sectionSizes().entrySet().stream()
                        .map(e -> e.getKey() + " " + size(e.getValue()))
                        .collect(Collectors.joining(", "))
                + ")");
        return info;
    }

    private static ImageInfo sizes(Target target, Path output) throws IOException, ImageBuildException {
        ElfFile elf = ElfFile.read(output);
        if (target == Target.VM && elf.pvhEntry().isEmpty()) {
            throw new ImageBuildException(
                    output + " has no PVH entry note (XEN_ELFNOTE_PHYS32_ENTRY): the linker script "
                            + "dropped .note.Xen; QEMU would refuse to boot it");
        }
        Map<String, Long> sizes = new LinkedHashMap<>();
        elf.sections().stream()
                .filter(s -> (s.flags() & ElfFile.SHF_ALLOC) != 0)
                .forEach(s -> sizes.put(s.name(), s.size()));
        return new ImageInfo(output, Files.size(output), sizes, elf.loadEnd());
    }

    private static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /**
     * The C functions {@code ukl_natives.h} defines for the kernel's natives, e.g.
     * {@code ukl_native_Cpu_outb} (docs/contracts.md §5). The header is the one list of what the
     * boot code implements; the kernel's {@code native} declarations are the one list of what it
     * must implement, and the toolchain matches the two.
     */
    public static Set<String> nativeFunctions() {
        return nativeFunctions(Target.VM);
    }

    /** {@link #nativeFunctions()} of {@code target}'s runtime. */
    public static Set<String> nativeFunctions(Target target) {
        String header = target.headers().stream()
                .filter(h -> h.endsWith("/ukl_natives.h"))
                .findFirst()
                .orElseThrow();
        return definedNatives(new String(BootObjects.resource(header), StandardCharsets.UTF_8));
    }

    static Set<String> definedNatives(String header) {
        return NATIVE_DEFINITION
                .matcher(COMMENT.matcher(header).replaceAll(" "))
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toUnmodifiableSet());
    }
}
