package ukl.translator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.boot.ImageBuilder;
import ukl.boot.Target;

/**
 * Test plumbing: compile Java sources, build the closed world the linker would (program + class
 * library + kernel, with the linker's two renames), translate, link the C with the process
 * platform's runtime (boot-image, {@link Target#PROCESS}: a static Linux executable, as
 * {@code mvn ukl:image -Dukl.platform=process} builds) and {@link #hostFallbacks}, and run programs
 * on the JVM and natively.
 */
final class Harness {
    /** The method {@code name} of a compiled test class, as ASM reads it (for the analyses' unit tests). */
    static MethodNode method(Class<?> test, String name) {
        ClassNode node = new ClassNode();
        try (InputStream in = test.getResourceAsStream(test.getSimpleName() + ".class")) {
            new ClassReader(in).accept(node, 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return node.methods.stream()
                .filter(m -> m.name.equals(name))
                .findFirst()
                .orElseThrow();
    }

    static final Path MODULE = Path.of(System.getProperty("user.dir"));
    static final Path CORPUS = MODULE.resolveSibling("ukl-corpus").resolve("src/main/java/corpus");
    /** The C of the collector's own test (gc_test.c). */
    static final Path SHIM = MODULE.resolve("src/test/c");
    /** Where boot-image keeps the compiled process runtime between builds. */
    static final Path RUNTIME_CACHE = MODULE.resolve("target/process-runtime");
    /** The heap a test program gets unless the test says otherwise ({@code ukl.memory=}). */
    static final int DEFAULT_HEAP_MB = 256;

    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Run(int status, String stdout, String stderr) {}

    private Harness() {}

    /** Compiles sources (file name → text) as javac would for an image: string concatenation without indy. */
    static Path compile(Path dir, Map<String, String> sources) throws IOException {
        return compile(dir, sources, List.of());
    }

    /** {@link #compile(Path, Map)} against these jars or directories too. */
    static Path compile(Path dir, Map<String, String> sources, List<Path> classPath) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args =
                new ArrayList<>(List.of("-d", classes.toString(), "-XDstringConcat=inline", "-g", "-nowarn"));
        if (!classPath.isEmpty()) {
            args.addAll(List.of("-cp", classPath(classPath)));
        }
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
            args.add(f.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("javac failed on " + sources.keySet());
        }
        return classes;
    }

    static String corpusSource(String simpleName) throws IOException {
        return Files.readString(CORPUS.resolve(simpleName + ".java"));
    }

    /** Internal name → bytes of every class file under a directory. */
    static Map<String, byte[]> classesIn(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                out.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** The closed world: program classes + class library + kernel, renamed as ukl-linker does (contracts §1–2). */
    static Map<String, byte[]> world(Map<String, byte[]> program, String mainClass) throws IOException {
        Map<String, byte[]> all = new TreeMap<>(program);
        all.putAll(jar("ukl-classlib"));
        all.putAll(jar("ukl-kernel"));
        all.remove("ukl/libc/Libc");
        all.remove("ukl/kernel/AppMain");
        SimpleRemapper remapper =
                new SimpleRemapper(Map.of("ukl/libc/Libc", "ukl/kernel/sys/Sys", "ukl/kernel/AppMain", mainClass));
        Map<String, byte[]> out = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            if (e.getKey().equals("module-info")) {
                continue;
            }
            ClassWriter w = new ClassWriter(0);
            new ClassReader(ConcatLowering.lower(e.getValue())).accept(new ClassRemapper(w, remapper), 0);
            out.put(e.getKey(), w.toByteArray());
        }
        return out;
    }

    private static final Map<String, Map<String, byte[]>> JARS = new HashMap<>();

    /** The jar (or classes directory) of one of the project's modules on the test class path. */
    static Path artifact(String artifact) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(java.io.File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith(artifact + "-"))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(artifact + " is not on the test class path"));
    }

    private static synchronized Map<String, byte[]> jar(String artifact) throws IOException {
        Map<String, byte[]> cached = JARS.get(artifact);
        if (cached != null) {
            return cached;
        }
        Path jar = artifact(artifact);
        Map<String, byte[]> out = new TreeMap<>();
        if (Files.isDirectory(jar)) {
            out.putAll(classesIn(jar));
        } else {
            try (JarFile f = new JarFile(jar.toFile())) {
                for (JarEntry e : java.util.Collections.list(f.entries())) {
                    if (e.getName().endsWith(".class") && !e.getName().startsWith("META-INF")) {
                        try (InputStream in = f.getInputStream(e)) {
                            out.put(e.getName().substring(0, e.getName().length() - 6), in.readAllBytes());
                        }
                    }
                }
            }
        }
        JARS.put(artifact, out);
        return out;
    }

    /** The classes of a {@link #world} that are the program's, not the class library's or the kernel's. */
    static Set<String> application(Map<String, byte[]> world) throws IOException {
        Set<String> application = new TreeSet<>(world.keySet());
        application.removeAll(jar("ukl-classlib").keySet());
        application.removeAll(jar("ukl-kernel").keySet());
        return application;
    }

    /**
     * Translates (into one C file, as images are by default; with {@code -Dukl.split=true} into the
     * several files of {@code -Dukl.incremental=true}, docs/contracts.md §9) and links with the
     * process runtime; returns the executable.
     */
    static Path build(Map<String, byte[]> world, Path dir) throws Exception {
        return build(world, dir, Boolean.getBoolean("ukl.split"));
    }

    /** {@link #build(Map, Path)}, into several C files if {@code split}, compiled with gcc's {@code flags} too. */
    static Path build(Map<String, byte[]> world, Path dir, boolean split, String... flags) throws Exception {
        TranslationResult r = split
                ? Translator.translate(world, application(world), dir.resolve("c"))
                : Translator.translate(world, dir.resolve("c"));
        List<Path> cFiles = new ArrayList<>(r.cFiles());
        cFiles.add(hostFallbacks(world, dir));
        List<String> cflags = new ArrayList<>(r.cflags());
        cflags.add("-DUKL_MEMORY_MIB=" + DEFAULT_HEAP_MB);
        cflags.addAll(List.of(flags));
        Path exe = dir.resolve("program");
        new ImageBuilder(Target.PROCESS, RUNTIME_CACHE, line -> {}).build(cFiles, r.includeDirs(), cflags, exe);
        return exe;
    }

    /**
     * An external definition of every kernel native the process runtime's ukl_natives.h leaves out,
     * stopping the program and naming the native: program.c declares every native from its Java
     * declaration, so a test that declares one of its own (KernelNativeTest) still links, and
     * reaching it says what is missing (docs/contracts.md §5).
     */
    static Path hostFallbacks(Map<String, byte[]> world, Path dir) throws Exception {
        StringBuilder c = new StringBuilder("/* Generated by Harness.hostFallbacks from the kernel's native"
                + " declarations. */\n#include <stdint.h>\n#include \"ukl_boot.h\"\n\n"
                + "static _Noreturn void missing(const char *key) {\n"
                + "    static const char head[] = \"kernel native \";\n"
                + "    static const char tail[] = \" has no definition in the process runtime: define it in"
                + " boot-image/src/main/resources/ukl/process/ukl_natives.h\";\n"
                + "    static char msg[512];\n"
                + "    int n = 0;\n"
                + "    for (const char *p = head; *p; p++) msg[n++] = *p;\n"
                + "    for (const char *p = key; *p && n < 300; p++) msg[n++] = *p;\n"
                + "    for (const char *p = tail; *p; p++) msg[n++] = *p;\n"
                + "    ukl_panic(msg);\n}\n\n");
        Set<String> defined = ImageBuilder.nativeFunctions(Target.PROCESS);
        for (KernelNative n : Translator.kernelNatives(world)) {
            if (!defined.contains(n.function())) {
                c.append(n.prototype()).append(" { missing(\"").append(n.key()).append("\"); }\n");
            }
        }
        return Files.writeString(Files.createDirectories(dir.resolve("c")).resolve("host_fallbacks.c"), c);
    }

    static Run exec(List<String> cmd, int timeoutSeconds) throws IOException, InterruptedException {
        return exec(new ProcessBuilder(cmd), timeoutSeconds);
    }

    private static Run exec(ProcessBuilder pb, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = pb.command();
        Path outFile = Files.createTempFile("ukl-out", ".txt");
        Path errFile = Files.createTempFile("ukl-err", ".txt");
        pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + cmd);
            }
            return new Run(
                    p.exitValue(),
                    Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    private static String classPath(List<Path> entries) {
        return String.join(
                java.io.File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    static Run runJvm(Path classes, String mainClass, String heap) throws IOException, InterruptedException {
        return runJvm(List.of(classes), mainClass, heap);
    }

    static Run runJvm(List<Path> classPath, String mainClass, String heap) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                JAVA,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                heap,
                // RuntimeSupport.nullPointer() has no message, like the JVM without helpful NPEs (JEP 358).
                "-XX:-ShowCodeDetailsInExceptionMessages",
                "-cp",
                classPath(classPath),
                mainClass));
        return exec(cmd, 60);
    }

    static Run runNative(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, 60);
    }

    /** Runs with a heap of heapMb MiB: the kernel option {@code ukl.memory=}, as a VM's memory would be. */
    static Run runNative(Path exe, int heapMb, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), "ukl.memory=" + heapMb + "M"));
        cmd.addAll(List.of(args));
        return exec(cmd, 60);
    }
}
