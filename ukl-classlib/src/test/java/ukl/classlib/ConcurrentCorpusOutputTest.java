package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Runs the java.util.concurrent corpus programs on the JVM twice, with the JDK's classes and with
 * this module's (every java.util.concurrent class renamed as in {@link Shadow}, except
 * LockSupport, whose parking only our scheduler can do, and the atomics, which are plain
 * straight-line code: atomic on one vCPU that switches only at safepoints, not on the JDK's
 * parallel threads),
 * and requires the same output. The multi-threaded programs run on real JDK threads here, so the
 * locks, queues, pools and futures are exercised with true parallelism before any image runs them.
 */
class ConcurrentCorpusOutputTest {
    /** Programs that use one thread; also in the translator's differential corpus. */
    static final List<String> SINGLE_THREADED =
            List.of("ConcurrentMapsWordCount", "AtomicsAndTimeUnits", "CompletedFutureChains");

    /** Programs that start threads (issue #10 item 5); for the image once threads are merged. */
    static final List<String> MULTI_THREADED = List.of(
            "ProducersConsumers",
            "ParallelWordCount",
            "LatchesAndBarriers",
            "FuturePipelines",
            "LockOrdering",
            "InvokeAllAny",
            "SynchronousPingPong",
            "ScheduledTicks",
            "PhasedComputation",
            "PhaserTree",
            "ExchangerBuffers",
            "TimeoutsAndDelays");

    private static final String LOCK_SUPPORT = "java/util/concurrent/locks/LockSupport";

    /** Every top-level java.util.concurrent class of this module but LockSupport. */
    static final List<String> CLASSES = concurrentClasses();

    static final Shadow SHADOW = new Shadow(CLASSES.toArray(String[]::new));

    private static List<String> concurrentClasses() {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root.resolve("java/util/concurrent"))) {
            return files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !n.equals(LOCK_SUPPORT) && !n.startsWith("java/util/concurrent/atomic/"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void programsPrintTheSameWithOurConcurrencyClasses(@TempDir Path out) throws Exception {
        List<String> programs = new ArrayList<>(SINGLE_THREADED);
        programs.addAll(MULTI_THREADED);
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
        for (String p : programs) {
            args.add(Path.of("../ukl-corpus/src/main/java/corpus", p + ".java").toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        for (String p : programs) {
            String expected = run(new ProgramLoader(out, false), p);
            // class names in messages (an exception's toString) carry the shadow package
            String ours = run(new ProgramLoader(out, true), p).replace("shadow.", "java.util.concurrent.");
            assertEquals(expected, ours, p);
        }
    }

    private static String run(ClassLoader loader, String program) throws Exception {
        Method main = loader.loadClass("corpus." + program).getMethod("main", String[].class);
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            bytes.write(("uncaught " + e.getCause()).getBytes(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Loads the compiled programs, pointing their uses of java.util.concurrent at the shadows if asked. */
    private static final class ProgramLoader extends ClassLoader {
        private final Path classes;
        private final boolean ours;

        ProgramLoader(Path classes, boolean ours) {
            super(ConcurrentCorpusOutputTest.class.getClassLoader());
            this.classes = classes;
            this.ours = ours;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("shadow.")) {
                return SHADOW.loadClass(name);
            }
            if (!name.startsWith("corpus.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] b = bytes(name);
                    c = defineClass(name, b, 0, b.length);
                }
                return c;
            }
        }

        private byte[] bytes(String name) {
            try {
                byte[] original = Files.readAllBytes(classes.resolve(name.replace('.', '/') + ".class"));
                if (!ours) {
                    return original;
                }
                ClassWriter writer = new ClassWriter(0);
                new ClassReader(original).accept(new ClassRemapper(writer, new ToShadow()), 0);
                return writer.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class ToShadow extends Remapper {
        @Override
        public String map(String internalName) {
            for (String c : CLASSES) {
                if (internalName.equals(c) || internalName.startsWith(c + "$")) {
                    return "shadow/" + internalName.substring(c.lastIndexOf('/') + 1);
                }
            }
            return internalName;
        }
    }
}
