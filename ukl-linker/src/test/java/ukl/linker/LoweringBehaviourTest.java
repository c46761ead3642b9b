package ukl.linker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The truth for lowering is the JVM: the program with its invokedynamic sites and the lowered
 * program, both run on the real JDK in child class loaders, print the same. Lowering uses only the
 * application's classes, never the class library.
 */
class LoweringBehaviourTest {
    @TempDir
    Path tmp;

    @Test
    void loweredDemoPrintsWhatTheOriginalPrints() throws Exception {
        String source = new String(
                getClass().getResourceAsStream("/programs/demo/Demo.java").readAllBytes(), StandardCharsets.UTF_8);
        Path classes = Fixture.compile(tmp, Map.of("demo/Demo.java", source), List.of());

        String original;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            original = run(loader);
        }

        World world = new World();
        Loader.read(classes).forEach(c -> world.add(c, true));
        Map<String, Integer> lowered = new IndyLowering(world).lower();
        assertTrue(lowered.values().stream().allMatch(n -> n > 2), "every kind is exercised: " + lowered);
        for (ClassNode c : world.classes()) {
            for (MethodNode m : c.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    assertTrue(
                            !(insn instanceof InvokeDynamicInsnNode),
                            c.name + "." + m.name + " still has an invokedynamic");
                }
            }
        }
        String linked = run(new BytesClassLoader(world.writeAll()));

        assertEquals(original, linked);
        for (String line : List.of(
                "Point[x=1, y=2] true 33",
                "bridge casts",
                "dot",
                "kind LINE",
                "second",
                "ints 3",
                "A digit ?",
                "1 2 99 0",
                "null selector throws",
                "marked ran 3",
                "took it",
                "non-capturing lambdas are shared: true")) {
            assertTrue(original.contains(line), line + " in\n" + original);
        }
    }

    private static String run(ClassLoader loader) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            loader.loadClass("demo.Demo").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Defines the lowered classes over the real JDK. */
    private static final class BytesClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        BytesClassLoader(Map<String, byte[]> classes) {
            super(ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
