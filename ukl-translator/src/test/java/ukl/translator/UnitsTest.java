package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * The program's C files (issue #12 item 5, docs/contracts.md §9): a change to the application that
 * keeps the reachable platform the same leaves every platform file byte for byte as it was, so
 * the build's object cache reuses their objects. (That the split program runs: CorpusTest, whose
 * Harness.build translates so.)
 */
class UnitsTest {
    @TempDir
    Path dir;

    private static final String MAIN = """
            package app;
            public class Main {
                public static void main(String[] args) {
                    int n = args.length + %d;
                    System.out.println("%s " + n);
                }
            }
            """;

    /** Static initialisers (a class's and an enum's) and a stack trace's names. */
    private static final String INITIALISERS = """
            package app;
            public class Main {
                enum Colour { RED, GREEN, BLUE }
                static final int[] SQUARES = new int[5];
                static {
                    for (int i = 0; i < SQUARES.length; i++) {
                        SQUARES[i] = i * i;
                    }
                }
                public static void main(String[] args) {
                    System.out.println(Colour.valueOf("BLUE").ordinal() + " " + SQUARES[4]);
                    StackTraceElement top = new Throwable().getStackTrace()[0];
                    System.out.println(top.getClassName() + "." + top.getMethodName() + " " + top.getFileName());
                }
            }
            """;

    private Map<String, String> translate(String name, int add, String text) throws Exception {
        return translate(name, add, text, UnaryOperator.identity());
    }

    /** Translates the program with {@code platform} applied to the closed world's classes first. */
    private Map<String, String> translate(
            String name, int add, String text, UnaryOperator<Map<String, byte[]>> platform) throws Exception {
        Path classes = Harness.compile(dir.resolve(name), Map.of("app/Main.java", MAIN.formatted(add, text)));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "app/Main");
        Set<String> application = Harness.application(world);
        world = platform.apply(new TreeMap<>(world));
        TranslationResult r = Translator.translate(world, application, dir.resolve(name + "-c"));
        Map<String, String> files = new TreeMap<>();
        for (Path c : r.cFiles()) {
            files.put(c.getFileName().toString(), Files.readString(c));
        }
        return files;
    }

    @Test
    void platformFilesDoNotDependOnTheApplication() throws Exception {
        Map<String, String> a = translate("a", 1, "hello");
        Map<String, String> literal = translate("b", 1, "hello, world");
        Map<String, String> line = translate("c", 2, "hello");
        assertEquals(a.keySet(), literal.keySet());
        assertTrue(
                a.keySet().containsAll(List.of(Units.APPLICATION, Units.DATA)),
                a.keySet().toString());
        for (String file : a.keySet()) {
            if (file.startsWith("platform-")) {
                assertEquals(
                        a.get(file), literal.get(file), file + " changed with one string literal of the application");
                assertEquals(a.get(file), line.get(file), file + " changed with one line of the application");
            }
        }
        assertNotEquals(a.get(Units.DATA), literal.get(Units.DATA), "the literal lives in data.c");
        assertNotEquals(a.get(Units.APPLICATION), line.get(Units.APPLICATION), "the changed line is the application's");
        assertTrue(a.get(Units.APPLICATION).contains("m_app_Main_main("), "the application's method is in its file");
        // the data a rebuild compiles is the application's: the platform's descriptors are cached
        assertTrue(a.get(Units.DATA).contains("_app_Main = {"), "the application's descriptor is in data.c");
        assertTrue(
                a.get(Units.PLATFORM_DATA).contains("_java_lang_Object = {"),
                "java.lang.Object's descriptor is in platform-data.c");
        assertFalse(a.get(Units.DATA).contains("_java_lang_Object = {"), "data.c holds no platform descriptor");
    }

    /**
     * The other side of the cache: a change to the platform (here a constant added to one of its
     * classes, as a new class library would) changes the platform's data file, so its object is
     * compiled again rather than reused (the object cache's key is the file's text).
     */
    @Test
    void platformDataFollowsThePlatform() throws Exception {
        Map<String, String> a = translate("a", 1, "hello");
        Map<String, String> changed = translate("p", 1, "hello", world -> {
            ClassNode c = new ClassNode();
            new ClassReader(world.get("java/lang/Boolean")).accept(c, 0);
            c.fields.add(new FieldNode(
                    Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "UKL_TEST", "I", null, 424242));
            ClassWriter w = new ClassWriter(0);
            c.accept(w);
            world.put(c.name, w.toByteArray());
            return world;
        });
        assertFalse(a.get(Units.PLATFORM_DATA).contains("424242"));
        assertTrue(changed.get(Units.PLATFORM_DATA).contains(" = 424242;"), "the new constant is the platform's data");
    }

    /**
     * The split program compiles, links and runs as on the JVM: its static initialisers are called
     * from the data files' init functions, so they are external, and they are cold
     * ({@code UKL_COLD}, Program.prototype): Units must find a definition's name past that macro
     * (an initialiser defined {@code static} after an external declaration fails to compile); and
     * the stack trace reads the method tables through the data file's accessors.
     */
    @Test
    void splitProgramWithStaticInitialisersRuns() throws Exception {
        Path classes = Harness.compile(dir.resolve("init"), Map.of("app/Main.java", INITIALISERS));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "app/Main");
        // -O0: what is tested is C linkage, and the platform's files compile in seconds, not minutes
        Path exe = Harness.build(world, dir.resolve("init-image"), true, "-O0");
        Set<String> cold = new TreeSet<>();
        for (Path c : Files.list(dir.resolve("init-image/c")).toList()) {
            for (String line : Files.readAllLines(c)) {
                if (line.startsWith("UKL_COLD void ") && line.endsWith("{")) {
                    cold.add(c.getFileName() + ": " + line);
                }
            }
        }
        assertFalse(cold.isEmpty(), "no external cold initialiser is defined: the test tests nothing");
        Harness.Run jvm = Harness.runJvm(classes, "app.Main", "-Xmx64m");
        Harness.Run image = Harness.runNative(exe);
        assertEquals(0, image.status(), image.stderr());
        assertEquals(jvm.stdout(), image.stdout());
    }
}
