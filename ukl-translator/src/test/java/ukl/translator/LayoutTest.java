package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import ukl.classmodel.MethodRef;

/** Vtable slots against the JVM's overriding rule (JVMS §5.4.5) where one slot per name would be wrong. */
class LayoutTest {
    private static final String DESC = "()Ljava/lang/String;";

    @TempDir
    Path dir;

    /**
     * A.m is package-private in p1, T.m (p1) overrides it publicly, U.m (p2) overrides T.m and so
     * A.m, Z.m (p1) overrides both. Made package-private in the bytecode (javac refuses weaker
     * access), U.m still overrides A.m through T.m, but Z.m no longer overrides U.m: a call of U.m
     * on a Z runs U.m, a call of A.m on a Z runs Z.m, so U.m needs a slot of its own.
     */
    @Test
    void aMethodOverriddenByFewerClassesThanItsSlotGetsItsOwnSlot() throws Exception {
        Map<String, byte[]> classes = Harness.classesIn(Harness.compile(
                dir,
                Map.of(
                        "p1/A.java", "package p1; public class A { String m() { return \"A\"; } }",
                        "p1/T.java", "package p1; public class T extends A { public String m() { return \"T\"; } }",
                        "p2/U.java", "package p2; public class U extends p1.T { public String m() { return \"U\"; } }",
                        "p1/Z.java",
                                "package p1; public class Z extends p2.U { public String m() { return \"Z\"; } }")));
        classes.put("p2/U", packagePrivateM(classes.get("p2/U")));
        ClassWriter object = new ClassWriter(0);
        object.visit(Opcodes.V25, Opcodes.ACC_PUBLIC, "java/lang/Object", null, null, null);
        classes.put("java/lang/Object", object.toByteArray());
        World world = new World(classes);
        Layout layout = new Layout(world);

        MethodRef aM = world.resolveMethod("p1/A", "m", DESC);
        MethodRef uM = world.resolveMethod("p2/U", "m", DESC);
        int aSlot = layout.slot("p1/Z", aM);
        int uSlot = layout.slot("p1/Z", uM);
        assertNotEquals(aSlot, uSlot);
        assertEquals(
                "p1/Z",
                layout.implementation("p1/Z", layout.vtables.get("p1/Z").get(aSlot))
                        .owner()
                        .name);
        assertEquals(
                "p2/U",
                layout.implementation("p1/Z", layout.vtables.get("p1/Z").get(uSlot))
                        .owner()
                        .name);
        assertEquals(
                aSlot,
                layout.slot("p1/T", world.resolveMethod("p1/T", "m", DESC)),
                "T.m is overridden wherever A.m is: it shares A.m's slot");
    }

    private static byte[] packagePrivateM(byte[] bytes) {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, 0);
        for (MethodNode m : c.methods) {
            if (m.name.equals("m")) {
                m.access &= ~Opcodes.ACC_PUBLIC;
            }
        }
        ClassWriter w = new ClassWriter(0);
        c.accept(w);
        return w.toByteArray();
    }
}
