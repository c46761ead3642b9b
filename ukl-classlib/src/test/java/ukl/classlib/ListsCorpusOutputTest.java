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
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Runs the list and queue corpus programs on the JVM twice, once with the JDK's classes and once
 * with this module's queues, lists, Optional, StringJoiner and Collections (renamed as in
 * {@link Shadow}), and requires the same standard output and error: the image's behaviour for
 * these classes, checked before any image is built.
 */
class ListsCorpusOutputTest {
    /** The corpus programs this test runs both ways. */
    static final List<String> PROGRAMS = List.of(
            "PriorityQueueScheduler",
            "DequeBasics",
            "LinkedListOps",
            "QueueSimulation",
            "OptionalChains",
            "StringJoinerAndJoin",
            "StringStripRepeat",
            "CollectionsUtilities",
            "ShuffleWithSeed",
            "TryWithResources",
            "SealedShapes",
            "TextWrap",
            "RpnCalculator",
            "MergeSortedLists",
            "DijkstraSmall",
            "LruWithLinkedList",
            "StackTraceCauses",
            "UnsignedAndFormat",
            "ThreadBasics");

    /** Classes the programs are pointed at; the rest of the java.* they use stays the JDK's. */
    private static final List<String> OURS = List.of(
            "java/util/ArrayDeque",
            "java/util/LinkedList",
            "java/util/PriorityQueue",
            "java/util/Optional",
            "java/util/OptionalInt",
            "java/util/StringJoiner",
            "java/util/Collections");

    private static final Shadow SHADOW = new Shadow(
            "java/util/ArrayDeque",
            "java/util/LinkedList",
            "java/util/ReversedLinkedList",
            "java/util/ReverseOrderListView",
            "java/util/ReverseOrderDequeView",
            "java/util/PriorityQueue",
            "java/util/AbstractQueue",
            "java/util/AbstractSequentialList",
            "java/util/AbstractList",
            "java/util/ListIndexIterator",
            "java/util/AbstractCollection",
            "java/util/Optional",
            "java/util/OptionalInt",
            "java/util/StringJoiner",
            "java/util/Collections",
            "java/util/Comparators");

    @Test
    void programsPrintTheSameWithOurClasses(@TempDir Path out) throws Exception {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
        for (String p : PROGRAMS) {
            args.add(Path.of("../ukl-corpus/src/main/java/corpus", p + ".java").toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        for (String p : PROGRAMS) {
            if (p.equals("ThreadBasics")) {
                continue; // uses none of the classes under test, and sleeps
            }
            // one line, so that stack traces printed by the programs show the same caller line
            assertEquals(run(new ProgramLoader(out, false), p), run(new ProgramLoader(out, true), p), p);
        }
    }

    /** Standard output, then standard error, then what escaped main: all must agree. */
    private static String run(ClassLoader loader, String program) throws Exception {
        Method main = loader.loadClass("corpus." + program).getMethod("main", String[].class);
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(stdout, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(stderr, true, StandardCharsets.UTF_8)) {
            System.setOut(o);
            System.setErr(e);
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            stdout.write(("uncaught " + e.getCause()).getBytes(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return stdout.toString(StandardCharsets.UTF_8) + "\n--- stderr\n" + stderr.toString(StandardCharsets.UTF_8);
    }

    /** Loads the compiled programs, pointing their uses of our classes at the shadows if asked. */
    private static final class ProgramLoader extends ClassLoader {
        private final Path classes;
        private final boolean ours;

        ProgramLoader(Path classes, boolean ours) {
            super(ListsCorpusOutputTest.class.getClassLoader());
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
            for (String c : OURS) {
                if (internalName.equals(c) || internalName.startsWith(c + "$")) {
                    return "shadow/" + internalName.substring("java/util/".length());
                }
            }
            return internalName;
        }
    }
}
