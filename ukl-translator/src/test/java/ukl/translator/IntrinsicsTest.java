package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** The translator's intrinsics and the class library's native declarations are the same set (contracts §4). */
class IntrinsicsTest {
    @Test
    void everyClassLibraryNativeIsAnIntrinsicAndBack() throws Exception {
        Set<String> natives = classLibraryMethods(
                (c, m) -> (m.access & Opcodes.ACC_NATIVE) != 0 && !c.name.startsWith("ukl/kernel/arch/"));
        Set<String> undeclared = new TreeSet<>(Translator.intrinsicNatives());
        undeclared.removeAll(natives);
        natives.removeAll(Translator.intrinsicNatives());
        assertEquals(Set.of(), natives, "class library natives the translator does not implement");
        assertEquals(Set.of(), undeclared, "intrinsics the class library does not declare");
    }

    /** A supplied body replaces a Java one: a typo, or a method the library dropped or made native, would leave it unused. */
    @Test
    void suppliedBodiesReplaceJavaMethodsOfTheClassLibrary() throws Exception {
        Set<String> missing = new TreeSet<>(Intrinsics.supplied());
        missing.removeAll(classLibraryMethods((c, m) -> (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) == 0));
        assertEquals(Set.of(), missing, "supplied bodies for methods the class library does not write in Java");
    }

    /** A fast path falls through to the method's Java: a typo would leave it unused. */
    @Test
    void fastPathsBelongToJavaMethodsOfTheClassLibraryOrKernel() throws Exception {
        Set<String> missing = new TreeSet<>(Intrinsics.fastPaths());
        missing.removeAll(classLibraryMethods((c, m) -> (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT)) == 0));
        assertEquals(Set.of(), missing, "fast paths for methods the class library and kernel do not write in Java");
    }

    /** The class library's and kernel's methods that {@code which} takes, as "owner.name(desc)". */
    private static Set<String> classLibraryMethods(BiPredicate<ClassNode, MethodNode> which) throws Exception {
        Set<String> out = new TreeSet<>();
        for (byte[] bytes : Harness.world(Map.of(), "ukl/kernel/AppMain").values()) {
            ClassNode c = new ClassNode();
            new ClassReader(bytes).accept(c, ClassReader.SKIP_CODE);
            for (MethodNode m : c.methods) {
                if (which.test(c, m)) {
                    out.add(c.name + "." + m.name + m.desc);
                }
            }
        }
        return out;
    }

    /** A leaf is called like arithmetic (no line stored, no poll around it): a typo would silently drop it. */
    @Test
    void leavesArePureIntrinsics() {
        Set<String> notIntrinsics = new TreeSet<>(Intrinsics.leaves());
        notIntrinsics.removeAll(Translator.intrinsicNatives());
        assertEquals(Set.of(), notIntrinsics, "leaf natives the translator does not implement");
    }

    @Test
    void keepRulesNameTheEntryPointAndTheRuntimeSupport() {
        assertTrue(Translator.keepRules().contains("-keep class ukl.kernel.Start { public static void start(); }"));
        assertTrue(Translator.keepRules().contains("-keep class java.lang.RuntimeSupport { public static *; }"));
        assertTrue(Translator.keepRules().contains("-keep class java.lang.Object { native *** hashCode(...); }"));
    }
}
