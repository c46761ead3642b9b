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
 * Runs the maps-and-sets corpus programs on the JVM twice, once with the JDK's collections and
 * once with this module's HashMap, TreeMap, HashSet, ... (renamed as in {@link Shadow}), and
 * requires the same output: the image's behaviour, checked before any image is built.
 */
class MapsCorpusOutputTest {
    /** The corpus programs this test runs both ways. */
    static final List<String> PROGRAMS = List.of(
            "WordCounter",
            "MapsBasics",
            "MapComputeMerge",
            "LinkedHashMapLru",
            "TreeMapNavigation",
            "SetsBasics",
            "TreeSetOrdering",
            "HashMapResize",
            "InventoryLedger",
            "GraphBfs",
            "JsonLikePrinter",
            "Anagrams",
            "SparseMatrix",
            "TopKFrequent",
            "IntervalMerge",
            "MapIteratorFailures");

    @Test
    void programsPrintTheSameWithOurMaps(@TempDir Path out) throws Exception {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
        for (String p : PROGRAMS) {
            args.add(Path.of("../ukl-corpus/src/main/java/corpus", p + ".java").toString());
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
        for (String p : PROGRAMS) {
            String expected = run(new ProgramLoader(out, false), p);
            assertEquals(expected, run(new ProgramLoader(out, true), p), p);
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

    /** Loads the compiled programs, pointing their uses of the map classes at the shadows if asked. */
    private static final class ProgramLoader extends ClassLoader {
        private final Path classes;
        private final boolean ours;

        ProgramLoader(Path classes, boolean ours) {
            super(MapsCorpusOutputTest.class.getClassLoader());
            this.classes = classes;
            this.ours = ours;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("shadow.")) {
                return HashMapsTest.SHADOW.loadClass(name);
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
            for (String c : HashMapsTest.CLASSES) {
                if (internalName.equals(c) || internalName.startsWith(c + "$")) {
                    return "shadow/" + internalName.substring("java/util/".length());
                }
            }
            return internalName;
        }
    }
}
