package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import ukl.classmodel.MethodRef;
import ukl.classmodel.Resolver;

/** Unit tests of the passes that need no ProGuard: load, resolution, reachability, verification. */
class PassesTest {
    private static final String SHAPES = """
            package app;

            interface Shape {
                int CORNERS = Integer.parseInt("4");

                int area();

                default String name() {
                    return "shape";
                }
            }

            class Square implements Shape {
                public int area() {
                    return 1;
                }
            }

            class Never implements Shape {
                public int area() {
                    return 2;
                }
            }

            public class Main {
                public static void main(String[] args) {
                    Shape s = new Square();
                    s.area();
                }
            }
            """;

    @TempDir
    Path tmp;

    private World world(List<String> progress) {
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", SHAPES), List.of());
        World world = new Loader(new Problems(), progress::add)
                .load(List.of(Fixture.miniLib(), Fixture.miniKernel()), List.of(app));
        new MainRetargeter(world, new Problems()).retarget("app.Main");
        return world;
    }

    private static Set<String> names(java.util.Collection<MethodRef> methods) {
        return methods.stream().map(m -> m.owner().name + "." + m.node().name).collect(Collectors.toSet());
    }

    @Test
    void resolutionFollowsJvms543() {
        World world = world(new ArrayList<>());
        Resolver resolver = world.resolver();
        MethodRef name = resolver.resolveMethod("app/Square", "name", "()Ljava/lang/String;")
                .orElseThrow();
        assertEquals("app/Shape", name.owner().name, "a default method of a superinterface (JVMS §5.4.3.3)");
        assertEquals(
                "java/lang/Object",
                resolver.resolveMethod("app/Shape", "toString", "()Ljava/lang/String;")
                        .orElseThrow()
                        .owner()
                        .name,
                "Object's public methods for an interface (JVMS §5.4.3.4)");
        assertEquals(
                "app/Shape",
                resolver.resolveField("app/Square", "CORNERS", "I")
                        .orElseThrow()
                        .owner()
                        .name,
                "fields of superinterfaces (JVMS §5.4.3.2)");
        assertTrue(resolver.resolveMethod("app/Square", "volume", "()I").isEmpty());
        MethodRef area = resolver.resolveMethod("app/Shape", "area", "()I").orElseThrow();
        assertEquals(
                "app/Square", resolver.select("app/Square", area).orElseThrow().owner().name);
    }

    @Test
    void reachabilityDispatchesOnlyToInstantiatedClasses() {
        World world = world(new ArrayList<>());
        Set<String> reached = names(new Reachability(world).compute(List.of()));
        assertTrue(
                reached.containsAll(
                        Set.of("ukl/kernel/Start.start", "app/Main.main", "app/Square.area", "app/Square.<init>")),
                reached.toString());
        assertFalse(reached.contains("app/Never.area"), "Never is not instantiated");
        assertFalse(reached.contains("app/Shape.<clinit>"), "nothing reads Shape's fields");

        Set<String> kept = names(new Reachability(world).compute(List.of("-keep class app.Nev?r { *; }")));
        Set<String> named =
                names(new Reachability(world).compute(List.of("-keepclassmembers class app.* { int area(); }")));
        assertTrue(named.contains("app/Never.area") && !named.contains("app/Never.<init>"), named.toString());
        assertTrue(kept.contains("app/Never.area"), "a keep rule makes a class's methods roots");
    }

    /**
     * JVMS §5.4.6: a class inheriting {@code I1.m} and {@code I2.m} (I2 extends I1, both default)
     * runs {@code I2.m}, the maximally-specific one, through either interface; the linker once
     * marked {@code I1.m} reachable instead.
     */
    @Test
    void reachabilityMarksTheMaximallySpecificDefaultMethod() {
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", """
                package app;

                interface I1 {
                    default void m() {}
                }

                interface I2 extends I1 {
                    default void m() {}
                }

                class C implements I2 {}

                public class Main {
                    public static void main(String[] args) {
                        I1 viaI1 = new C();
                        viaI1.m();
                        new C().m();
                    }
                }
                """), List.of());
        World world = new Loader(new Problems(), line -> {})
                .load(List.of(Fixture.miniLib(), Fixture.miniKernel()), List.of(app));
        new MainRetargeter(world, new Problems()).retarget("app.Main");
        Set<String> reached = names(new Reachability(world).compute(List.of()));
        assertTrue(reached.contains("app/I2.m"), reached.toString());
        assertFalse(reached.contains("app/I1.m"), "I1.m never runs: I2.m overrides it for every C");
    }

    @Test
    void keepRuleWildcardsFollowProGuard() {
        assertTrue("a.b.C".matches(Reachability.globToRegex("a.**")));
        assertFalse("a.b.C".matches(Reachability.globToRegex("a.*")));
        assertTrue("a.C".matches(Reachability.globToRegex("a.*")));
        assertTrue("a.Cd".matches(Reachability.globToRegex("a.C?")));
    }

    @Test
    void duplicateClassesKeepTheFirstAndWarn() {
        List<String> progress = new ArrayList<>();
        Path again = Fixture.compile(
                tmp, Map.of("app/Square.java", "package app; public class Square { public int extra; }"), List.of());
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", SHAPES), List.of());
        World world = new Loader(new Problems(), progress::add).load(List.of(Fixture.miniLib()), List.of(app, again));
        assertTrue(world.get("app/Square").fields.isEmpty(), "the first definition wins");
        assertTrue(
                progress.stream().anyMatch(l -> l.startsWith("warning: duplicate class app.Square in ")),
                progress.toString());
    }

    @Test
    void verifierNamesTheMethodThatDoesNotVerify() {
        World world = world(new ArrayList<>());
        ClassNode main = world.get("app/Main");
        MethodNode broken = new MethodNode(Opcodes.ACC_STATIC, "broken", "()I", null, null);
        broken.instructions.add(new VarInsnNode(Opcodes.ALOAD, 0));
        broken.instructions.add(new InsnNode(Opcodes.IRETURN));
        broken.maxLocals = 1;
        broken.maxStack = 1;
        main.methods.add(broken);
        Problems problems = new Problems();
        new Verifier(world).verify(problems);
        LinkException e = assertThrows(LinkException.class, problems::throwIfAny);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("broken()", e.problems().getFirst().method());
        assertTrue(e.getMessage().contains("this is a bug in ukl's linker"), e.getMessage());
    }

    @Test
    void proguardOnlyShrinks() {
        String config = Shrinker.configuration(Path.of("in.jar"), Path.of("out.jar"), List.of("-keep class a.B"));
        for (String line : List.of(
                "-dontobfuscate",
                "-keepattributes SourceFile,LineNumberTable,LocalVariableTable",
                "-dontoptimize",
                "-dontpreverify",
                "-keep class ukl.kernel.Start { public static void start(); }",
                "-keepclassmembers enum * { public static **[] values(); }",
                "-keep class a.B")) {
            assertTrue(config.lines().anyMatch(line::equals), line + " in\n" + config);
        }
    }

    @Test
    void proguardFailureBecomesALinkProblem() {
        Path app = Fixture.compile(tmp, Map.of("app/Main.java", SHAPES), List.of());
        LinkRequest bad = new LinkRequest(
                List.of(app),
                List.of(Fixture.miniLib(), Fixture.miniKernel()),
                Fixture.moduleJar("ukl-libc-stubs"),
                "app.Main",
                Fixture.MINI_NATIVES,
                List.of("-keep class { broken"),
                tmp.resolve("w"),
                line -> {});
        LinkProblem p = Fixture.problems(bad).getFirst();
        assertTrue(p.what().startsWith("ProGuard failed: "), p.toString());
    }
}
