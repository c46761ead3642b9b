package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import ukl.linker.LinkProblem.Kind;

/** One test per kind of link error: each names the class, the method and the source line, and a fix. */
class LinkErrorsTest {
    @TempDir
    Path tmp;

    private final List<String> progress = new ArrayList<>();

    /** Links {@code app.Main} with {@code body} as its main method's body (line 5 is the body's first line). */
    private List<LinkProblem> linkMain(String imports, String body) {
        String source = "package app;\n" + imports
                + "\npublic class Main {\n    public static void main(String[] args) throws Exception {\n" + body
                + "\n    }\n}\n";
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", source), List.of(Fixture.moduleJar("ukl-libc-stubs")));
        return Fixture.problems(Fixture.miniRequest(app, "app.Main", tmp.resolve("work"), progress));
    }

    private static LinkProblem only(List<LinkProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.getFirst();
    }

    private static void assertAt(LinkProblem p, Kind kind, String className, String method, int line) {
        assertEquals(kind, p.kind(), p.toString());
        assertEquals(className, p.className(), p.toString());
        assertEquals(method, p.method(), p.toString());
        assertEquals(line, p.line(), p.toString());
    }

    @Test
    void missingMainClass() {
        Path app = Fixture.compile(tmp, Map.of("app/Other.java", "package app; public class Other {}"), List.of());
        LinkProblem p = only(Fixture.problems(Fixture.miniRequest(app, "app.Main", tmp.resolve("w"), progress)));
        assertEquals(Kind.MAIN_CLASS, p.kind());
        assertEquals(
                "main class app.Main is not on the application classpath; fix: check <mainClass> (a binary name such as "
                        + "hello.Hello) and that the application jar is on the classpath",
                p.toString());
    }

    @Test
    void missingMainMethod() {
        Path app = Fixture.compile(
                tmp, Map.of("app/Main.java", "package app; public class Main { static void main() {} }"), List.of());
        LinkProblem p = only(Fixture.problems(Fixture.miniRequest(app, "app.Main", tmp.resolve("w"), progress)));
        assertEquals("app.Main", p.className());
        assertTrue(
                p.toString().contains("has no public static void main(String[]); fix: declare public static void main"),
                p.toString());
    }

    @Test
    void stubWithoutKernelTwin() {
        LinkProblem p = only(linkMain("import ukl.libc.Libc;", "        Libc.read(0, new byte[1], 0, 1);"));
        assertAt(p, Kind.LIBC, "app.Main", "main(String[])", 5);
        assertEquals(
                "app/Main.java:5: in app.Main.main(String[]): Libc.read has no kernel implementation "
                        + "(ukl.kernel.sys.Sys.read (I[BII)J); fix: implement it in ukl-kernel or avoid the call",
                p.toString());
    }

    @Test
    void otherLibcUse() {
        LinkProblem p =
                only(linkMain("import ukl.libc.Libc;", "        Object o = Libc.class;\n        o.hashCode();"));
        assertAt(p, Kind.LIBC, "app.Main", "main(String[])", 5);
        assertTrue(
                p.what()
                        .contains(
                                "ukl.libc.Libc is used, but only static calls of ukl.libc.Libc methods can be linked"),
                p.what());
    }

    @Test
    void missingClassOfTheClassLibrary() {
        LinkProblem p =
                only(linkMain("", "        Object m = new java.util.concurrent.ConcurrentHashMap<String, String>();"));
        assertAt(p, Kind.MISSING_FROM_CLASS_LIBRARY, "app.Main", "main(String[])", 5);
        assertEquals("java.util.concurrent.ConcurrentHashMap is not in ukl's class library", p.what());
        assertEquals("use HashMap, or add it to ukl-classlib", p.fix());
    }

    @Test
    void missingMethod() {
        LinkProblem p = only(linkMain("", "        int n = args.length;\n        \"x\".indent(n);"));
        assertAt(p, Kind.MISSING_FROM_CLASS_LIBRARY, "app.Main", "main(String[])", 6);
        assertEquals(
                "method java.lang.String.indent(int) (indent(I)Ljava/lang/String;) is not in ukl's class library",
                p.what());
    }

    @Test
    void missingFieldOfAnApplicationClass() {
        String v1 = "package lib; public class Config { public static int size; }";
        String v2 = "package lib; public class Config { public static int count; }";
        Path lib1 = Fixture.compile(tmp, Map.of("lib/Config.java", v1), List.of());
        Path lib2 = Fixture.compile(tmp, Map.of("lib/Config.java", v2), List.of());
        String main =
                "package app;\npublic class Main {\n    public static void main(String[] args) {\n        lib.Config.size = 1;\n    }\n}\n";
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", main), List.of(lib1));
        LinkRequest r = new LinkRequest(
                List.of(app, lib2),
                List.of(Fixture.miniLib(), Fixture.miniKernel()),
                Fixture.moduleJar("ukl-libc-stubs"),
                "app.Main",
                Fixture.MINI_NATIVES,
                List.of(),
                tmp.resolve("w"),
                progress::add);
        LinkProblem p = only(Fixture.problems(r));
        assertAt(p, Kind.MISSING_FROM_CLOSED_WORLD, "app.Main", "main(String[])", 4);
        assertEquals("field lib.Config.size (I) does not exist in the closed world", p.what());
    }

    @Test
    void reflection() {
        LinkProblem p = only(linkMain("", "        Class.forName(args[0]);"));
        assertAt(p, Kind.REFLECTION, "app.Main", "main(String[])", 5);
        assertTrue(
                p.toString()
                        .contains(
                                "Class.forName is reflection, which a closed world cannot resolve; fix: give it constant"),
                p.toString());
    }

    /** A lookup whose name is not a constant cannot be folded: a link error at its line. */
    @Test
    void nonConstantMemberLookup() {
        LinkProblem p = only(linkMain("", "        Main.class.getDeclaredMethod(args[0]);"));
        assertAt(p, Kind.REFLECTION, "app.Main", "main(String[])", 5);
        assertTrue(p.what().startsWith("Class.getDeclaredMethod is reflection"), p.what());
    }

    /** A field updater whose field name is not a constant finds its field by reflection: a link error at its line. */
    @Test
    void nonConstantFieldUpdater() {
        LinkProblem p = only(linkMain(
                "", "        java.util.concurrent.atomic.AtomicIntegerFieldUpdater.newUpdater(Main.class, args[0]);"));
        assertAt(p, Kind.REFLECTION, "app.Main", "main(String[])", 5);
        assertTrue(
                p.toString()
                        .contains("AtomicIntegerFieldUpdater.newUpdater finds its field by reflection, which a closed"
                                + " world cannot resolve; fix: give it constant arguments"),
                p.toString());
    }

    @Test
    void nativeWithoutImplementation() {
        String main =
                "package app;\npublic class Main {\n    public static void main(String[] args) {\n        magic();\n    }\n\n"
                        + "    static native int magic();\n}\n";
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", main), List.of());
        LinkProblem p = only(Fixture.problems(Fixture.miniRequest(app, "app.Main", tmp.resolve("w"), progress)));
        assertAt(p, Kind.UNIMPLEMENTED_NATIVE, "app.Main", "magic()", -1);
        assertTrue(
                p.what().startsWith("native method app.Main.magic() has no implementation (app/Main.magic()I)"),
                p.what());
    }

    @Test
    void unknownBootstrap() throws IOException {
        Path app = Files.createDirectories(tmp.resolve("asm-app/app"));
        Files.write(app.resolve("Main.class"), mainWithCustomIndy("Main.java"));
        LinkProblem p = only(
                Fixture.problems(Fixture.miniRequest(tmp.resolve("asm-app"), "app.Main", tmp.resolve("w"), progress)));
        assertAt(p, Kind.UNLOWERED_DYNAMIC, "app.Main", "main(String[])", 7);
        assertEquals(
                "invokedynamic with bootstrap method app.Main.bootstrap cannot be lowered in a closed world", p.what());
    }

    @Test
    void applicationClassInJavaPackage() throws IOException {
        Path app = Files.createDirectories(tmp.resolve("evil/java/util"));
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, "java/util/Evil", null, "java/lang/Object", null);
        w.visitEnd();
        Files.write(app.resolve("Evil.class"), w.toByteArray());
        LinkProblem p = only(
                Fixture.problems(Fixture.miniRequest(tmp.resolve("evil"), "app.Main", tmp.resolve("w"), progress)));
        assertEquals(Kind.JAVA_CLASS_IN_APPLICATION, p.kind());
        assertEquals("java.util.Evil", p.className());
        assertTrue(p.what().startsWith("the application defines a class in java.*"), p.what());
    }

    @Test
    void reportsAllProblemsOnceEach() {
        List<LinkProblem> problems = linkMain(
                "",
                "        Class.forName(args[0]);\n        Class.forName(args[1]);\n"
                        + "        Object m = new java.util.concurrent.ConcurrentHashMap<String, String>();");
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(List.of(5, 6, 7), problems.stream().map(LinkProblem::line).toList());
    }

    /** javac names the file in the SourceFile attribute; a second top-level class has no file of its own. */
    @Test
    void problemNamesTheSourceFileOfASecondTopLevelClass() {
        String source = "package app;\npublic class pidigits {\n    public static void main(String[] args) {\n"
                + "        new Transformation().compose();\n    }\n}\n\nclass Transformation {\n    void compose() {\n"
                + "        Object m = new java.util.concurrent.ConcurrentHashMap<String, String>();\n    }\n}\n";
        Path app = Fixture.compile(tmp, Map.of("app/pidigits.java", source), List.of());
        LinkProblem p = only(Fixture.problems(Fixture.miniRequest(app, "app.pidigits", tmp.resolve("w"), progress)));
        assertAt(p, Kind.MISSING_FROM_CLASS_LIBRARY, "app.Transformation", "compose()", 10);
        assertEquals("app/pidigits.java", p.sourceFile());
        assertTrue(p.toString().startsWith("app/pidigits.java:10: in app.Transformation.compose(): "), p.toString());
    }

    @Test
    void classFileWithoutSourceFileAttributeSaysTheFileIsGuessed() throws IOException {
        Path app = Files.createDirectories(tmp.resolve("asm-app/app"));
        Files.write(app.resolve("Main.class"), mainWithCustomIndy(null));
        LinkRequest request = Fixture.miniRequest(tmp.resolve("asm-app"), "app.Main", tmp.resolve("w"), progress);
        LinkProblem p = only(Fixture.problems(request));
        assertNull(p.sourceFile());
        assertTrue(
                p.toString()
                        .startsWith("app/Main.java:7 (file guessed from the class name: no SourceFile "
                                + "attribute): in app.Main.main(String[]): invokedynamic"),
                p.toString());
    }

    /** One missing class used from ten places is one entry: its first sites, a count of the rest, and a summary. */
    @Test
    void sitesOfOneMissingApiAreOneEntry() {
        String helper = "package app;\nclass Helper {\n    static Object make() {\n"
                + "        return new java.util.concurrent.ConcurrentHashMap<String, String>();\n    }\n}\n";
        String main = "package app;\n\npublic class Main {\n"
                + "    public static void main(String[] args) throws Exception {\n"
                + "        Object m = Helper.make();\n"
                + "        m = new java.util.concurrent.ConcurrentHashMap<String, String>();\n".repeat(9)
                + "        Class.forName(args[0]);\n        Class.forName(args[1]);\n    }\n}\n";
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", main, "app/Helper.java", helper), List.of());
        LinkException e = Fixture.failure(Fixture.miniRequest(app, "app.Main", tmp.resolve("w"), progress));
        assertEquals(12, e.problems().size(), "one structured problem per site: " + e.problems());
        assertEquals("""
                java.util.concurrent.ConcurrentHashMap is not in ukl's class library (10 sites); fix: use HashMap, or \
                add it to ukl-classlib
                  app/Helper.java:4: in app.Helper.make()
                  app/Main.java:6: in app.Main.main(String[])
                  app/Main.java:7: in app.Main.main(String[])
                  ... and 7 more sites
                Class.forName is reflection, which a closed world cannot resolve (2 sites); fix: give it constant \
                arguments (Class.forName("a.B"), B.class.getMethod("m", int.class)), which the linker folds, or list the \
                class in the ukl plugin's <reflection>, or refer to it directly
                  app/Main.java:15: in app.Main.main(String[])
                  app/Main.java:16: in app.Main.main(String[])
                summary: 1 API missing from ukl's class library (10 sites), 1 reflective API used (2 sites)""", e.getMessage());
    }

    /** {@code app.Main.main} whose line 7 is an invokedynamic with a bootstrap of its own; no SourceFile when null. */
    private static byte[] mainWithCustomIndy(String sourceFile) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        w.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, "app/Main", null, "java/lang/Object", null);
        if (sourceFile != null) {
            w.visitSource(sourceFile, null);
        }
        MethodVisitor m =
                w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        m.visitCode();
        Label l = new Label();
        m.visitLabel(l);
        m.visitLineNumber(7, l);
        Handle bsm = new Handle(
                Opcodes.H_INVOKESTATIC,
                "app/Main",
                "bootstrap",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
                false);
        m.visitInvokeDynamicInsn("run", "()V", bsm);
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return w.toByteArray();
    }
}
