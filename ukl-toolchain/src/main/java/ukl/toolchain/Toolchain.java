package ukl.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ukl.boot.ImageBuildException;
import ukl.boot.ImageBuilder;
import ukl.boot.ImageInfo;
import ukl.boot.ImageSymbol;
import ukl.boot.InlinedCalls;
import ukl.boot.Target;
import ukl.boot.qemu.QemuResult;
import ukl.linker.LinkException;
import ukl.linker.LinkReport.SyscallCode;
import ukl.linker.LinkRequest;
import ukl.linker.LinkResult;
import ukl.linker.Linker;
import ukl.translator.KernelNative;
import ukl.translator.SymbolOwners;
import ukl.translator.TranslationException;
import ukl.translator.TranslationResult;
import ukl.translator.Translator;

/** Builds and boots images (see the package documentation for the pipeline). */
public final class Toolchain {
    /**
     * The layout of the fingerprint itself. The toolchain's own artifacts are fingerprinted, so a
     * new toolchain never reuses an old image; bump this only when what is fingerprinted changes.
     */
    private static final String FORMAT = "ukl-image-3";

    private Toolchain() {}

    /** Links, translates and compiles the application into an image, unless it is up to date. */
    public static ImageResult build(ImageRequest request) throws ToolchainException {
        requireGcc();
        Platform platform = Platform.locate();
        String mainClass = MainClass.resolve(request.mainClass(), request.applicationClasspath());
        Path work = request.workDir();
        Path reportText = work.resolve("link-report.txt");
        Path reportJson = work.resolve("link-report.json");
        Path stamp = work.resolve("image.fingerprint");

        String fingerprint = Fingerprint.of(
                imageInputs(request, platform),
                FORMAT,
                mainClass,
                request.platform().id(),
                Integer.toString(request.memoryMiB()),
                String.join(",", request.reflectionClasses()),
                request.incremental() ? "several C files" : "one C file",
                compilerVersion());
        try {
            Files.createDirectories(work);
            if (Files.isRegularFile(request.output())
                    && Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(fingerprint)) {
                request.log().accept("ukl: image is up to date: " + request.output());
                ImageInfo info = inspect(request.platform(), request.output());
                return new ImageResult(
                        request.output(), info.fileSize(), info.sectionSizes(), reportText, reportJson, true);
            }
            Files.deleteIfExists(stamp);

            LinkResult linked = link(request, platform, mainClass);
            TranslationResult c = translate(request, linked);
            ImageBuilder builder =
                    new ImageBuilder(request.platform(), request.workDir().resolve("cache"), line -> request.log()
                            .accept("ukl image: " + line));
            ImageInfo image = compile(request, c, builder);
            Map<String, String> facts = imageFacts(request, image);
            facts.putAll(buildFacts(builder.lastBuild()));
            request.log().accept("ukl image: peak memory: " + facts.get("peak memory of the build"));
            long readStart = System.nanoTime();
            List<SyscallCode> syscalls = syscallCode(linked, request.output());
            linked.report().setSyscallCode(syscalls);
            request.log()
                    .accept("ukl image: " + SyscallInlining.summaryLine(syscalls) + " (read from the DWARF in "
                            + (System.nanoTime() - readStart) / 1_000_000 + " ms)");

            linked.report().addSection("image", facts);
            linked.report().addSection("heap", heapFacts(request));
            if (request.platform() == Target.PROCESS) {
                linked.report().addSection("process platform", processFacts());
            }
            linked.report().addSection("class library kept", classLibraryFacts(linked));
            linked.report()
                    .addSection(
                            "image bytes by package",
                            bytesByPackage(
                                    symbols(image.image()), linked.classes().keySet()));
            linked.report().writeText(reportText);
            linked.report().writeJson(reportJson);
            Files.writeString(stamp, fingerprint);
            return new ImageResult(
                    image.image(), image.fileSize(), image.sectionSizes(), reportText, reportJson, false);
        } catch (IOException e) {
            throw new ToolchainException("cannot write in " + work + ": " + e.getMessage(), e);
        }
    }

    /** Every file an image is made from: the application, the platform it links and the toolchain. */
    static List<Path> imageInputs(ImageRequest request, Platform platform) {
        List<Path> inputs = new ArrayList<>(request.applicationClasspath());
        inputs.addAll(List.of(platform.classLibrary(), platform.kernel(), platform.libcStubs()));
        inputs.addAll(platform.toolchain());
        return inputs;
    }

    /**
     * The gdb command that attaches to an image started with a gdb stub on {@code port}: the image
     * names its debug file ({@code <image>.debug}, found beside it), whose lines are the Java
     * sources' (the translator's {@code #line}s name them by package path, e.g.
     * {@code echo/EchoServer.java}), so {@code sourceDirs} are source roots such as
     * {@code src/main/java}. Break on a Java line with {@code break EchoServer.java:42}; a method's
     * C function is {@code m_<class>_<method>} with every {@code .} and {@code $} as {@code _},
     * and a Java local has its Java name where the class has a LocalVariableTable (javac -g),
     * else {@code l<n>_<kind>} for slot n (kinds i, j, f, d, a).
     */
    public static List<String> gdbCommand(Path image, int port, List<Path> sourceDirs) {
        List<String> command = new java.util.ArrayList<>(List.of("gdb", "-q", image.toString()));
        command.addAll(directories(sourceDirs));
        command.addAll(List.of("-ex", "'target remote 127.0.0.1:" + port + "'"));
        return command;
    }

    /**
     * The gdb command that debugs a process-platform executable as any program (issue #15 item 4):
     * gdb starts it with its command line ({@code ukl.memory=<n>M -- <args>}) after {@code --args}
     * and finds its debug file beside it; names, lines and locals are as for {@link #gdbCommand}.
     * Further {@code -ex} commands go before {@code --args}.
     */
    public static List<String> gdbProcessCommand(
            Path executable, int memoryMiB, List<String> args, List<Path> sourceDirs) {
        List<String> command = new java.util.ArrayList<>(List.of("gdb", "-q"));
        command.addAll(directories(sourceDirs));
        command.add("--args");
        command.addAll(ProcessLauncher.command(executable, memoryMiB, args));
        return command;
    }

    /**
     * The source folders gdb needs for {@code image}: the application's, then the class library's
     * and the kernel's ({@link Platform#sourceRoots}: their source folders in a build, or their
     * sources jars unpacked beside the image in {@code <image>.sources}), so that {@code list}
     * shows their lines too.
     */
    public static List<Path> gdbSourceDirs(Path image, List<Path> applicationSourceDirs) throws ToolchainException {
        List<Path> dirs = new java.util.ArrayList<>(applicationSourceDirs);
        Path absolute = image.toAbsolutePath();
        dirs.addAll(Platform.locate().sourceRoots(absolute.resolveSibling(absolute.getFileName() + ".sources")));
        return dirs;
    }

    private static List<String> directories(List<Path> sourceDirs) {
        List<String> words = new java.util.ArrayList<>();
        for (Path dir : sourceDirs) {
            words.addAll(List.of("-ex", "'directory " + dir + "'"));
        }
        return words;
    }

    /**
     * Boots an image with the console on this terminal and returns the guest's exit status; a
     * process-platform executable (an ELF without a PVH entry) runs as a child process instead.
     */
    public static int run(RunRequest request) throws ToolchainException {
        if (ProcessLauncher.isProcess(request.image())) {
            return ProcessLauncher.runInteractive(request);
        }
        return Launcher.runInteractive(request);
    }

    /** Boots an image with its console captured; QEMU is killed at {@code timeout}. */
    public static QemuResult runCaptured(RunRequest request, Duration timeout) throws ToolchainException {
        return Launcher.runCaptured(request, timeout);
    }

    private static LinkResult link(ImageRequest request, Platform platform, String mainClass)
            throws ToolchainException {
        Set<String> natives = implementedNatives(platform, ImageBuilder.nativeFunctions(request.platform()));
        LinkRequest link = new LinkRequest(
                request.applicationClasspath(),
                List.of(platform.classLibrary(), platform.kernel()),
                platform.libcStubs(),
                mainClass,
                natives,
                Translator.keepRules(),
                request.workDir().resolve("link"),
                line -> request.log().accept("ukl link: " + line),
                request.reflectionClasses());
        try {
            return Linker.link(link);
        } catch (LinkException e) {
            throw new ToolchainException("the link failed:\n" + e.getMessage(), e);
        }
    }

    /**
     * The natives someone implements, as the linker names them: the translator's (docs/contracts.md
     * §4) and each kernel native (§5) whose C function is among {@code bootFunctions}, the functions
     * boot-image's {@code ukl_natives.h} defines. The linker reports any other native the program
     * reaches, naming it.
     */
    static Set<String> implementedNatives(Platform platform, Set<String> bootFunctions) throws ToolchainException {
        Set<String> natives = new HashSet<>(Translator.intrinsicNatives());
        try {
            for (KernelNative n : Translator.kernelNatives(platform.kernelArchClasses())) {
                if (bootFunctions.contains(n.function())) {
                    natives.add(n.key());
                }
            }
        } catch (TranslationException e) {
            throw new ToolchainException("the kernel's natives break docs/contracts.md §5: " + e.getMessage(), e);
        }
        return natives;
    }

    private static TranslationResult translate(ImageRequest request, LinkResult linked) throws ToolchainException {
        request.log().accept("ukl translate: " + linked.classes().size() + " classes to C");
        try {
            Path out = request.workDir().resolve("c");
            return request.incremental()
                    ? Translator.translate(linked.classes(), linked.application(), out)
                    : Translator.translate(linked.classes(), out);
        } catch (TranslationException e) {
            throw new ToolchainException(
                    "translation to C failed: " + e.getMessage()
                            + "\nThis is a ukl bug unless the message names unsupported bytecode; please report it.",
                    e);
        }
    }

    private static ImageInfo compile(ImageRequest request, TranslationResult c, ImageBuilder builder)
            throws ToolchainException {
        List<String> cflags = new ArrayList<>(c.cflags());
        if (request.platform() == Target.PROCESS) {
            cflags.add("-DUKL_MEMORY_MIB=" + request.memoryMiB()); // the heap process.c maps by default
        }
        try {
            return builder.build(c.cFiles(), c.includeDirs(), cflags, request.output());
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage(), e);
        }
    }

    /** What gcc made of the rewritten system-call sites, from the image's debug file (issue #12 item 8). */
    private static List<SyscallCode> syscallCode(LinkResult linked, Path image) throws ToolchainException {
        try {
            InlinedCalls calls = InlinedCalls.read(ImageBuilder.debugFile(image));
            return SyscallInlining.of(linked.report(), calls);
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage(), e);
        }
    }

    /** gcc and ld are checked before linking, which takes seconds, rather than after it. */
    private static void requireGcc() throws ToolchainException {
        try {
            ImageBuilder.requireTools();
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage(), e);
        }
    }

    private static String compilerVersion() throws ToolchainException {
        try {
            return ImageBuilder.compilerVersion();
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage(), e);
        }
    }

    private static ImageInfo inspect(Target target, Path image) throws ToolchainException {
        try {
            return ImageBuilder.inspect(target, image);
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage(), e);
        }
    }

    private static Map<String, String> imageFacts(ImageRequest request, ImageInfo image) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("file", request.output().toString());
        facts.put("bytes", Long.toString(image.fileSize()));
        image.sectionSizes().forEach((section, bytes) -> facts.put("section " + section, Long.toString(bytes)));
        return facts;
    }

    /**
     * What the build cost (issue #12 item 5): the C files compiled and reused from the object
     * cache, and the peak memory of the build: this JVM's (Maven's, with the link and the
     * translation in it) and the largest gcc process's, each its own high-water mark (VmHWM).
     */
    static Map<String, String> buildFacts(ImageBuilder.BuildFacts build) {
        long jvm = ImageBuilder.peakResidentKiB(ProcessHandle.current().pid());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("C files compiled", Integer.toString(build.compiled()));
        facts.put("C files reused from the object cache", Integer.toString(build.reused()));
        facts.put(
                "peak memory of the build",
                "JVM " + jvm / 1024 + " MiB, largest gcc process " + build.peakCompilerKiB() / 1024 + " MiB");
        return facts;
    }

    private static Map<String, String> heapFacts(ImageRequest request) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("guest memory MiB", Integer.toString(request.memoryMiB()));
        facts.put("collector", Translator.heapDescription());
        return facts;
    }

    /** The process platform's confinement: the system calls its seccomp filter allows after start-up. */
    private static Map<String, String> processFacts() {
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> calls = Target.PROCESS.systemCalls();
        facts.put("system calls allowed", calls.size() + ": " + String.join(" ", calls));
        facts.put("any other system call", "SIGSYS: \"ukl: forbidden system call N\", exit status 159");
        facts.put(
                "before main only",
                "mmap (the heap), openat + ioctl TUNSETIFF, TUNSETOFFLOAD (ukl.tap=), rt_sigaction, prctl, seccomp");
        return facts;
    }

    private static List<ImageSymbol> symbols(Path image) throws ToolchainException {
        try {
            return ImageBuilder.symbols(image);
        } catch (ImageBuildException e) {
            throw new ToolchainException(e.getMessage(), e);
        }
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "(default)" : internalName.substring(0, slash).replace('/', '.');
    }

    /** What the program costs in class library: the java.* classes shrinking kept, and their bytecode. */
    private static Map<String, String> classLibraryFacts(LinkResult linked) {
        long classes = 0;
        long bytes = 0;
        for (Map.Entry<String, byte[]> c : linked.classes().entrySet()) {
            if (c.getKey().startsWith("java/")) {
                classes++;
                bytes += c.getValue().length;
            }
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("java.* classes", Long.toString(classes));
        facts.put("java.* class file bytes", Long.toString(bytes));
        return facts;
    }

    /**
     * What takes the bytes (issue #12 item 6): the image's functions and data by the package of the
     * class they belong to ({@link SymbolOwners}), largest first, with the string literals and the
     * runtime (collector, boot code, array classes, gcc's helpers) as lines of their own. Each line
     * says how much is code ({@code .text}) and how much data ({@code .rodata}, {@code .data}); the
     * zeroed sections ({@code .bss}) are memory, not file bytes, and are left out.
     */
    static Map<String, String> bytesByPackage(List<ImageSymbol> symbols, Set<String> classes) {
        SymbolOwners owners = new SymbolOwners(classes);
        Map<String, long[]> byPackage = new HashMap<>();
        for (ImageSymbol symbol : symbols) {
            boolean code = symbol.section().startsWith(".text");
            if (!code
                    && !symbol.section().startsWith(".rodata")
                    && !symbol.section().startsWith(".data")) {
                continue;
            }
            String pkg = owners.ownerOf(symbol.name())
                    .map(owner -> SymbolOwners.isClass(owner) ? packageOf(owner) : owner)
                    .orElse("(runtime, boot code, array classes)");
            byPackage.computeIfAbsent(pkg, k -> new long[2])[code ? 0 : 1] += symbol.size();
        }
        List<Map.Entry<String, long[]>> sorted = new ArrayList<>(byPackage.entrySet());
        sorted.sort((a, b) -> {
            long x = a.getValue()[0] + a.getValue()[1];
            long y = b.getValue()[0] + b.getValue()[1];
            return x != y ? Long.compare(y, x) : a.getKey().compareTo(b.getKey());
        });
        Map<String, String> facts = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : sorted) {
            long[] b = e.getValue();
            facts.put(e.getKey(), (b[0] + b[1]) + " bytes: code " + b[0] + ", data " + b[1]);
        }
        return facts;
    }
}
