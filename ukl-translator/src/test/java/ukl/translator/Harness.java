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
import java.util.TreeMap;
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

/**
 * Test plumbing: compile Java sources, build the closed world the linker would (program + class
 * library + kernel, with the linker's two renames), translate, compile the C hosted together
 * with src/test/c/host_shim.c and {@link #hostFallbacks}, and run programs on the JVM and natively.
 */
final class Harness {
    static final Path MODULE = Path.of(System.getProperty("user.dir"));
    static final Path CORPUS = MODULE.resolveSibling("ukl-corpus").resolve("src/main/java/corpus");
    static final Path SHIM = MODULE.resolve("src/test/c");
    static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Run(int status, String stdout, String stderr) {}

    private Harness() {}

    /** Compiles sources (file name → text) as javac would for an image: string concatenation without indy. */
    static Path compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args =
                new ArrayList<>(List.of("-d", classes.toString(), "-XDstringConcat=inline", "-g", "-nowarn"));
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

    private static synchronized Map<String, byte[]> jar(String artifact) throws IOException {
        Map<String, byte[]> cached = JARS.get(artifact);
        if (cached != null) {
            return cached;
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path jar = Arrays.stream(cp.split(java.io.File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith(artifact + "-"))
                .map(Path::of)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(artifact + " is not on the test class path"));
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

    /** Translates and compiles hosted; returns the executable. */
    static Path build(Map<String, byte[]> world, Path dir) throws Exception {
        Path out = dir.resolve("c");
        TranslationResult r = Translator.translate(world, out);
        List<String> cmd = new ArrayList<>(List.of("gcc", "-O2", "-g0", "-w"));
        cmd.addAll(r.cflags());
        for (Path inc : r.includeDirs()) {
            cmd.add("-I" + inc);
        }
        cmd.add("-I" + SHIM);
        r.cFiles().forEach(f -> cmd.add(f.toString()));
        cmd.add(SHIM.resolve("host_shim.c").toString());
        cmd.add(hostFallbacks(world, dir).toString());
        Path exe = dir.resolve("program");
        cmd.addAll(List.of("-o", exe.toString()));
        // The corpus's C is ~35 MB: gcc -O2 takes over 200 s when the machine's two cores are shared.
        Run gcc = exec(cmd, 900);
        if (gcc.status() != 0) {
            throw new AssertionError("gcc failed on " + out + ":\n"
                    + gcc.stderr().lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
        }
        return exe;
    }

    /**
     * An external definition of every kernel native that stops the program, naming the native. The
     * host's ukl_natives.h defines, static inline, only the natives the tests run; program.c calls
     * those, and these (another entity: external linkage, C11 §6.2.2) only satisfy its calls of a
     * native the host header leaves out (docs/contracts.md §5).
     */
    static Path hostFallbacks(Map<String, byte[]> world, Path dir) throws Exception {
        StringBuilder c = new StringBuilder("/* Generated by Harness.hostFallbacks from the kernel's native"
                + " declarations. */\n#include <stdint.h>\n\n"
                + "_Noreturn void ukl_host_missing_native(const char *key);\n\n");
        for (KernelNative n : Translator.kernelNatives(world)) {
            c.append(n.prototype())
                    .append(" { ukl_host_missing_native(\"")
                    .append(n.key())
                    .append("\"); }\n");
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

    static Run runJvm(Path classes, String mainClass, String heap) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                JAVA,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                heap,
                // RuntimeSupport.nullPointer() has no message, like the JVM without helpful NPEs (JEP 358).
                "-XX:-ShowCodeDetailsInExceptionMessages",
                "-cp",
                classes.toString(),
                mainClass));
        return exec(cmd, 60);
    }

    static Run runNative(Path exe, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        return exec(cmd, 60);
    }

    /** Runs with the RAM the boot code would report cut to heapMb MiB (host_shim.c reads UKL_HEAP_MB). */
    static Run runNative(Path exe, int heapMb, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("UKL_HEAP_MB", Integer.toString(heapMb));
        return exec(pb, 60);
    }
}
