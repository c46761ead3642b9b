package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** The whole pipeline, ProGuard included, over the mini platform. */
class LinkerTest {
    private static final String APP = """
            package app;

            import ukl.libc.Libc;

            public class Main {
                public static void main(String[] args) {
                    Runnable r = () -> say("hi " + args.length);
                    r.run();
                }

                static void say(String s) {
                    byte[] b = new byte[s.length()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = (byte) s.charAt(i);
                    }
                    Libc.write(1, b, 0, b.length);
                }

                static void unused() {
                    say("never");
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void linksShrinksAndRewritesTheSystemCall() throws Exception {
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", APP), List.of(Fixture.moduleJar("ukl-libc-stubs")));
        List<String> progress = new ArrayList<>();
        LinkResult result = Linker.link(Fixture.miniRequest(app, "app.Main", tmp.resolve("work"), progress));

        Map<String, byte[]> classes = result.classes();
        assertTrue(classes.containsKey("app/Main"), classes.keySet().toString());
        assertTrue(classes.containsKey("java/lang/Object"));
        assertFalse(classes.containsKey("ukl/kernel/AppMain"));
        assertTrue(classes.keySet().stream().noneMatch(n -> n.startsWith("ukl/libc/")));
        assertTrue(calls(classes.get("ukl/kernel/Start"), "start").contains("app/Main.main"));

        LinkReport report = result.report();
        assertEquals(1, report.syscallSites().size());
        LinkReport.SyscallSite site = report.syscallSites().getFirst();
        assertEquals("app.Main", site.className());
        assertEquals("say(String)", site.method());
        assertEquals(16, site.line());
        assertEquals("ukl.kernel.sys.Sys.write(I[BII)J", site.kernelMethod());
        assertTrue(
                report.removedMethods().contains("app/Main.unused()V"),
                report.removedMethods().toString());
        assertTrue(report.classesAfter().contains("app/Main$$Lambda$1"));
        assertTrue(
                progress.containsAll(
                        List.of("lowered string concatenations: 1", "lowered lambdas and method references: 1")),
                progress.toString());
        assertEquals(1, report.passCounts().get("lowered lambdas and method references"));

        report.addSection("image sections", Map.of(".text", "4096"));
        report.writeJson(tmp.resolve("report.json"));
        report.writeText(tmp.resolve("report.txt"));
        String json = Files.readString(tmp.resolve("report.json"));
        assertTrue(json.contains("\"kernelMethod\":\"ukl.kernel.sys.Sys.write(I[BII)J\""), json);
        assertTrue(json.contains("\"image sections\":{\".text\":\"4096\"}"), json);
        assertTrue(Files.readString(tmp.resolve("report.txt"))
                .contains("app.Main.say(String) line 16 -> ukl.kernel.sys.Sys.write"));
    }

    @Test
    void unusedCornersDoNotFailTheLink() throws Exception {
        String app = """
                package app;

                public class Main {
                    public static void main(String[] args) {
                    }

                    static Object neverCalled() throws Exception {
                        ukl.libc.Libc.read(0, new byte[1], 0, 1);
                        return Class.forName("x").getDeclaredConstructor().newInstance();
                    }
                }
                """;
        Path classes = Fixture.compile(tmp, Map.of("app/Main.java", app), List.of(Fixture.moduleJar("ukl-libc-stubs")));
        LinkResult result =
                Linker.link(Fixture.miniRequest(classes, "app.Main", tmp.resolve("work"), new ArrayList<>()));
        assertTrue(result.report().removedMethods().contains("app/Main.neverCalled()Ljava/lang/Object;"));
    }

    /**
     * A class named with a character beyond the BMP: ProGuard writes its jar entry's name in the
     * class file's modified UTF-8 (two 3-byte surrogates), which is not UTF-8; the link still reads
     * every class.
     */
    @Test
    void aClassNamedBeyondTheBmpLinks() throws Exception {
        String app = """
                package app;

                public class Main {
                    static final class Größe𝑥 {
                        static int twice(int n) {
                            return 2 * n;
                        }
                    }

                    static int result;

                    public static void main(String[] args) {
                        result = Größe𝑥.twice(args.length);
                    }
                }
                """;
        Path classes = Fixture.compile(tmp, Map.of("app/Main.java", app), List.of(Fixture.moduleJar("ukl-libc-stubs")));
        LinkResult result =
                Linker.link(Fixture.miniRequest(classes, "app.Main", tmp.resolve("work"), new ArrayList<>()));
        assertTrue(
                result.classes().containsKey("app/Main$Größe𝑥"),
                "app/Main$Größe𝑥 among " + result.classes().keySet());
    }

    /** A constant Class.forName becomes the class constant and a read that initialises the class. */
    @Test
    void constantForNameIsFoldedAndInitialisesTheClass() throws Exception {
        String main = """
                package app;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        Class<?> plugin = Class.forName("app.Plugin");
                    }
                }
                """;
        String plugin =
                "package app;\nclass Plugin {\n    static int loaded;\n    static {\n        loaded = 1;\n    }\n}\n";
        Path classes = Fixture.compile(tmp, Map.of("app/Main.java", main, "app/Plugin.java", plugin), List.of());
        LinkResult result =
                Linker.link(Fixture.miniRequest(classes, "app.Main", tmp.resolve("work"), new ArrayList<>()));
        assertEquals(1, result.report().passCounts().get("folded reflective lookups"));
        ClassNode folded = Loader.parse(result.classes().get("app/Main"));
        List<String> code = new ArrayList<>();
        for (MethodNode m : folded.methods) {
            if (m.name.equals("main")) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call) {
                        code.add(call.owner + "." + call.name);
                    } else if (insn instanceof org.objectweb.asm.tree.FieldInsnNode f) {
                        code.add(f.owner + "." + f.name);
                    }
                }
            }
        }
        assertEquals(List.of("app/Plugin." + ReflectionFolding.INIT_FIELD), code);
    }

    private static List<String> calls(byte[] classFile, String method) {
        ClassNode c = Loader.parse(classFile);
        List<String> calls = new ArrayList<>();
        for (MethodNode m : c.methods) {
            if (m.name.equals(method)) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call) {
                        calls.add(call.owner + "." + call.name);
                    }
                }
            }
        }
        return calls;
    }
}
