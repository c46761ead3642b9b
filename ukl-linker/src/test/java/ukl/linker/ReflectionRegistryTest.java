package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.ClassWorld;

/** The {@code <reflection>} list's tables, written into the real class library's hooks. */
class ReflectionRegistryTest {
    @TempDir
    Path tmp;

    private World world(Problems problems) {
        String plugin = """
                package app;

                public class Plugin implements Runnable {
                    public static final int VERSION = 1;
                    public String name = "p";

                    public Plugin() {}

                    public Plugin(String name) {
                        this.name = name;
                    }

                    Plugin(int hidden) {}

                    @Override
                    public void run() {}

                    public int twice(int x) {
                        return 2 * x;
                    }

                    private void secret() {}
                }
                """;
        Path app = Fixture.compile(tmp, Map.of("app/Plugin.java", plugin), List.of());
        return new Loader(problems, line -> {})
                .load(List.of(Fixture.moduleJar("ukl-classlib"), Fixture.moduleJar("ukl-kernel")), List.of(app));
    }

    private static List<String> calls(World world, String hook) {
        List<String> calls = new ArrayList<>();
        for (MethodNode m : world.get(ReflectionAccessors.MEMBERS).methods) {
            if (m.name.equals(hook)) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode call) {
                        calls.add(call.owner + "." + call.name);
                    }
                }
            }
        }
        return calls;
    }

    @Test
    void listedClassKeepsItsPublicMembers() {
        Problems problems = new Problems();
        World world = world(problems);
        ReflectionAccessors accessors = new ReflectionAccessors(world);
        int kept = new ReflectionRegistry(world, accessors, new ReflectionFolding(world, accessors), problems)
                .register(List.of("app.Plugin"));
        assertTrue(problems.isEmpty());
        // two public constructors (not the package-private one), two public fields
        assertEquals(
                2,
                calls(world, "registeredConstructors").size(),
                calls(world, "registeredConstructors").toString());
        assertEquals(2, calls(world, "registeredFields").size());
        List<String> methods = calls(world, "registeredMethods");
        int objectMethods = (int) world.get("java/lang/Object").methods.stream()
                .filter(m -> (m.access & org.objectweb.asm.Opcodes.ACC_PUBLIC) != 0 && !m.name.startsWith("<"))
                .count();
        assertEquals(2 + objectMethods, methods.size(), "run, twice and Object's public methods: " + methods);
        assertEquals(4 + methods.size(), kept);
        assertEquals(
                List.of("java/lang/String.equals"),
                calls(world, "registeredClass"),
                "a name comparison per listed class, and its class constant");
        MethodNode forName = ClassWorld.declaredMethod(
                world.get(ReflectionAccessors.MEMBERS), "registeredClass", "(Ljava/lang/String;)Ljava/lang/Class;");
        assertTrue(forName.instructions.size() > 3);
    }

    @Test
    void listedClassOutsideTheWorldIsALinkProblem() {
        Problems problems = new Problems();
        World world = world(problems);
        ReflectionAccessors accessors = new ReflectionAccessors(world);
        new ReflectionRegistry(world, accessors, new ReflectionFolding(world, accessors), problems)
                .register(List.of("app.Missing"));
        LinkException e = org.junit.jupiter.api.Assertions.assertThrows(LinkException.class, problems::throwIfAny);
        assertTrue(
                e.getMessage()
                        .contains(
                                "the <reflection> list names app.Missing, which is not in the closed world; fix: give a"
                                        + " binary name"),
                e.getMessage());
    }
}
