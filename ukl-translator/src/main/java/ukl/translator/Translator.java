package ukl.translator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Translates a closed world of class files to C: one {@code program.c}, or several files
 * ({@link Units}). The pipeline:
 * read the classes ({@link World}) → lay out objects, vtables and itables ({@link Layout}) →
 * find which methods cannot throw ({@link Effects}) → emit every method ({@link MethodEmitter}),
 * the descriptors and tables ({@link Metadata}) and the runtime glue ({@link Glue}) into
 * {@code program.c} ({@link Program}) or the units ({@link Units}) → copy the C runtime beside it.
 */
public final class Translator {
    /** The C runtime, kept as real files under src/main/resources/ukl/runtime. */
    private static final List<String> RUNTIME =
            List.of("ukl_object.h", "ukl_runtime.h", "ukl_gc.h", "ukl_arith.h", "ukl_thread.h");

    /** What the generated C relies on: Java's wrapping integers, IEEE floating point, no type-based aliasing. */
    private static final List<String> CFLAGS = List.of(
            "-std=gnu11",
            "-fwrapv",
            "-fno-strict-aliasing",
            "-fno-delete-null-pointer-checks",
            "-ffp-contract=off",
            "-fno-math-errno",
            "-fno-trapping-math",
            "-fexcess-precision=standard",
            "-msse2",
            "-mfpmath=sse");

    private Translator() {}

    /** Translates a closed world (internal class name → class bytes) to C in outDir. */
    public static TranslationResult translate(Map<String, byte[]> classes, Path outDir) throws TranslationException {
        World world = new World(classes);
        return write(List.of(new Units.Unit("program.c", new Program(world).emit())), outDir);
    }

    /**
     * Translates a closed world to several C files (issue #12 item 5): the application's classes
     * (internal names, {@code application}) in one, the platform's in others whose text does not
     * change when only the application does, and the data of the whole program in a small one
     * (see docs/contracts.md §9). gcc then compiles them in parallel, and a build cache by content
     * recompiles only the files that changed. Cross-boundary inlining between the class library's
     * system-call sites and the kernel is kept (they share a file); calls from the application
     * into the platform are calls.
     */
    public static TranslationResult translate(Map<String, byte[]> classes, Set<String> application, Path outDir)
            throws TranslationException {
        World world = new World(classes, application);
        List<Units.Unit> units = new Units(new Program(world, true)).emit();
        return write(units, outDir);
    }

    private static TranslationResult write(List<Units.Unit> units, Path outDir) throws TranslationException {
        try {
            Files.createDirectories(outDir);
            List<Path> files = new ArrayList<>();
            try (var old = Files.newDirectoryStream(outDir, "*.c")) {
                for (Path c : old) {
                    Files.delete(c); // a file of an earlier build with other units
                }
            }
            for (Units.Unit u : units) {
                Path file = outDir.resolve(u.file());
                Files.writeString(file, u.text(), StandardCharsets.UTF_8);
                files.add(file);
            }
            for (String r : RUNTIME) {
                try (InputStream in = Translator.class.getResourceAsStream("/ukl/runtime/" + r)) {
                    if (in == null) {
                        throw new TranslationException(
                                "runtime file ukl/runtime/" + r + " is missing from the translator's jar");
                    }
                    Files.write(outDir.resolve(r), in.readAllBytes());
                }
            }
            return new TranslationResult(files, List.of(outDir), CFLAGS);
        } catch (IOException e) {
            throw new TranslationException("cannot write the C program to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * "owner.name(desc)" (owner as an internal name, e.g. {@code java/lang/Object.hashCode()I}) of
     * every native method the translator implements itself (docs/contracts.md §4). Static natives
     * in {@code ukl/kernel/arch} are not listed: they become calls of boot-image's functions (§5,
     * {@link #kernelNatives}).
     */
    public static Set<String> intrinsicNatives() {
        return Intrinsics.keys();
    }

    /**
     * The kernel natives (docs/contracts.md §5) among these classes (internal name → class bytes):
     * every {@code static native} method of package {@code ukl.kernel.arch}, with the C function
     * translated code calls for it and that function's prototype, in class and declaration order.
     */
    public static List<KernelNative> kernelNatives(Map<String, byte[]> classes) throws TranslationException {
        List<ClassNode> nodes = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(classes).entrySet()) {
            ClassNode node = new ClassNode();
            try {
                new ClassReader(e.getValue()).accept(node, ClassReader.SKIP_CODE);
            } catch (RuntimeException ex) {
                throw new TranslationException("class " + e.getKey() + ": unreadable class file (" + ex + ")", ex);
            }
            nodes.add(node);
        }
        return KernelNative.in(nodes);
    }

    /**
     * The C function a method becomes, without the {@code __<id>} that overloads get after it:
     * {@code m_<owner>_<name>} with every character C does not take in a name as {@code _}
     * ({@code java/net/SocketDescriptor}, {@code read} → {@code m_java_net_SocketDescriptor_read};
     * constructors {@code …_init}, static initialisers {@code …_clinit}). The same names are in the
     * image's debug file, where tools find a method's code.
     */
    public static String functionName(String owner, String name) {
        return "m_" + Names.sanitize(owner + "_" + name.replace("<", "").replace(">", ""));
    }

    /**
     * The collector's configuration, one line for the link report: heap bytes (what the boot code
     * reports minus the Java stack), block size and size classes.
     */
    public static String heapDescription() {
        return HeapLayout.describe();
    }

    /** ProGuard keep rules for everything the runtime or translated code reaches by name. */
    public static List<String> keepRules() {
        List<String> rules = new ArrayList<>();
        rules.add("-keep class ukl.kernel.Start { public static void start(); }");
        rules.add("-keep class java.lang.RuntimeSupport { public static *; }");
        rules.add("-keep class java.lang.String { char[] value; int hash; }");
        rules.add("-keep class java.lang.Class");
        // ukl_reference (ukl_object.h): the collector reads these; Java never reads discovered
        rules.add(
                "-keepclassmembers class java.lang.ref.Reference {"
                        + " java.lang.Object referent; java.lang.ref.Reference discovered; java.lang.ref.ReferenceQueue queue; }");
        rules.add("-keep class java.lang.Error");
        rules.add("-keep class java.lang.CloneNotSupportedException { <init>(); }");
        rules.add("-keep class java.lang.NoClassDefFoundError { <init>(java.lang.String); }");
        rules.add("-keep class java.lang.StackOverflowError { <init>(); }");
        rules.add("-keep class java.lang.IllegalMonitorStateException { <init>(java.lang.String); }");
        rules.add("-keep class ukl.kernel.sched.Monitors { public static void enter(java.lang.Object);"
                + " public static void exit(java.lang.Object); }");
        rules.add(
                "-keep class ukl.kernel.sched.Scheduler { public static void threadMain(); public static void safepoint(); }");
        rules.add("-keep class java.lang.Cloneable");
        rules.add("-keep class java.io.Serializable");
        rules.add("-keepclassmembers enum * { public static **[] values(); }");
        for (String k : Intrinsics.keys()) {
            int dot = k.indexOf('.');
            rules.add("-keep class " + k.substring(0, dot).replace('/', '.') + " { native *** "
                    + k.substring(dot + 1, k.indexOf('(')) + "(...); }");
        }
        return rules;
    }
}
