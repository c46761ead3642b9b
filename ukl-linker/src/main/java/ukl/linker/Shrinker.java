package ukl.linker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * Pass 7: shrinks and optimises the world with ProGuard, in process. The whole world is the program
 * jar and there are no library jars: the class library is {@code java.*}, including
 * {@code java.lang.Object}, which ProGuard accepts as a program class without tricks. The one
 * concession is {@code -ignorewarnings}: ProGuard reads every class before it shrinks, and unused
 * corners of the world may refer to what it lacks (the reference check has covered reachable code).
 *
 * <p>ProGuard only shrinks here ({@code -dontoptimize}), and it does not preverify
 * ({@code -dontpreverify}): its StackMapTable frames were a quarter of its time in a cold
 * JVM (1.9 s against 2.5 s for the echo server's world, run alone), and no reader needs them: the
 * linker's {@code Verifier} and the translator analyse the code themselves, and the linked classes
 * are written again with frames ({@code World.writeAll}).
 *
 * <p>ProGuard's optimiser is off: it carries assumptions about
 * the JDK's own {@code java.*} that are false when {@code java.*} is our class library, and it
 * mishandles some constants; each of these broke a corpus program:
 * <ul>
 *   <li>string simplification rewrote {@code new StringBuilder().append(s)} into
 *       {@code new StringBuilder(s)} after shrinking had removed that constructor from ours;
 *   <li>boxing simplification rewrote the {@code new Integer(i)} inside our
 *       {@code Integer.valueOf} into a call of {@code Integer.valueOf}: endless recursion;
 *   <li>the partial evaluator folded {@code ldc2_w -0.0} into {@code dconst_0} (+0.0);
 *   <li>parameter removal and specialisation renamed methods ({@code append$50763d2c}), which
 *       would show in stack traces.
 * </ul>
 * Nothing is lost: the translator emits the whole program as one C translation unit, and gcc
 * propagates constants, inlines and removes dead code across application, class library and
 * kernel (DESIGN.md gave ProGuard constant propagation; this is where it moved, and why).
 */
final class Shrinker {
    private final Path workDir;
    private final Consumer<String> progress;

    Shrinker(Path workDir, Consumer<String> progress) {
        this.workDir = workDir;
        this.progress = progress;
    }

    /** The shrunk world; ProGuard's failure becomes a link problem. */
    World shrink(World world, List<String> keepRules, Problems problems) {
        Path in = workDir.resolve("ukl-link-in.jar");
        Path out = workDir.resolve("ukl-link-out.jar");
        Path config = workDir.resolve("ukl-link.pro");
        try {
            Files.createDirectories(workDir);
            Files.deleteIfExists(out);
            writeJar(in, world.writeAll());
            List<String> rules = new ArrayList<>(keepRules);
            if (asksForEnclosingClasses(world)) {
                // Class.getEnclosingClass and kin answer from a pointer to the enclosing class, so a
                // kept nested class keeps its enclosing class (the class alone, none of its members)
                rules.add("-if class **$* -keep class <1>");
            }
            Files.writeString(config, configuration(in, out, rules));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ProGuard's input to " + workDir + ": " + e.getMessage(), e);
        }
        try (ConfigurationParser parser = new ConfigurationParser(config.toFile(), new Properties())) {
            Configuration c = new Configuration();
            parser.parse(c);
            runCapturingLog(c);
        } catch (Exception e) {
            problems.add(
                    LinkProblem.Kind.SHRINKER,
                    "ProGuard failed: " + e.getMessage(),
                    "see the ProGuard lines in the progress output and " + config);
            return world;
        }
        World shrunk = new World();
        for (ClassNode c : Loader.read(out)) {
            restoreReflectionFacts(c, world.get(c.name));
            shrunk.add(c, world.isApplication(c.name));
        }
        return shrunk;
    }

    /** Whether code outside java.lang.Class calls one of the queries that answer an enclosing class. */
    static boolean asksForEnclosingClasses(World world) {
        for (ClassNode c : world.classes()) {
            if (c.name.equals("java/lang/Class")) {
                continue;
            }
            for (MethodNode m : c.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call
                            && call.owner.equals("java/lang/Class")
                            && ENCLOSING_QUERIES.contains(call.name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> ENCLOSING_QUERIES =
            Set.of("getEnclosingClass", "getDeclaringClass", "getNestHost", "isNestmateOf");

    /**
     * What {@code Class} answers from the class file and ProGuard loses: it writes a class's
     * interfaces sorted by name, and {@code getInterfaces} answers them in declaration order, so the
     * shrunk class gets the order of its input (minus those removed); and it drops InnerClasses,
     * whose entry for the class itself says anonymous, local or member ({@code isAnonymousClass}),
     * so that entry comes back (keeping the attribute would keep entries naming other classes);
     * and it drops EnclosingMethod, whose class {@code getEnclosingClass} answers for a local or
     * anonymous class (the method is not kept: {@code getEnclosingMethod} is not answered).
     */
    private static void restoreReflectionFacts(ClassNode shrunk, ClassNode input) {
        if (input == null) {
            return;
        }
        if (input.outerClass != null) {
            shrunk.outerClass = input.outerClass;
            shrunk.outerMethod = null;
            shrunk.outerMethodDesc = null;
        }
        for (InnerClassNode inner : input.innerClasses) {
            if (inner.name.equals(shrunk.name)) {
                shrunk.innerClasses.removeIf(i -> i.name.equals(shrunk.name));
                shrunk.innerClasses.add(inner);
            }
        }
        if (shrunk.interfaces.size() > 1) {
            List<String> kept = new ArrayList<>(input.interfaces);
            kept.retainAll(shrunk.interfaces);
            if (kept.size() == shrunk.interfaces.size()) {
                shrunk.interfaces = kept;
            }
        }
    }

    static String configuration(Path in, Path out, List<String> keepRules) {
        List<String> lines = new ArrayList<>(List.of(
                "-injars '" + in + "'",
                "-outjars '" + out + "'",
                "-dontobfuscate",
                // the Java stack at a panic, and gdb's Java files, lines and local names (issue #15)
                "-keepattributes SourceFile,LineNumberTable,LocalVariableTable",
                "-dontoptimize", // see the class comment
                "-dontpreverify", // see the class comment
                // unreachable code may still refer to what the closed world lacks; reachable code was checked
                "-ignorewarnings",
                "-keep class ukl.kernel.Start { public static void start(); }",
                "-keepclassmembers enum * { public static **[] values(); }"));
        lines.addAll(keepRules);
        return String.join("\n", lines) + "\n";
    }

    /**
     * ProGuard reports through log4j 2 (its jar configures a console appender on the root logger).
     * While it runs, the root logger's appenders are swapped for one that turns each line into a
     * progress line, so the caller decides what reaches the console.
     */
    private void runCapturingLog(Configuration configuration) throws Exception {
        synchronized (Shrinker.class) { // the logger configuration is global: one ProGuard run at a time
            runLocked(configuration);
        }
    }

    private void runLocked(Configuration configuration) throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        String name = "ukl-linker-" + System.identityHashCode(this);
        AbstractAppender appender = new AbstractAppender(name, null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                progress.accept("proguard: " + event.getMessage().getFormattedMessage());
            }
        };
        appender.start();
        Map<String, Appender> saved = Map.copyOf(root.getAppenders());
        saved.keySet().forEach(root::removeAppender);
        root.addAppender(appender, Level.ALL, null);
        context.updateLoggers();
        try {
            new ProGuard(configuration).execute();
        } finally {
            root.removeAppender(name);
            saved.values().forEach(a -> root.addAppender(a, null, null));
            context.updateLoggers();
            appender.stop();
        }
    }

    private static void writeJar(Path jar, Map<String, byte[]> classes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey() + ".class"));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
