package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The class-library programs of the differential corpus must link: every java.* class, method
 * and field they use exists in this module (invokedynamic is the linker's to lower). Compiles
 * them from ukl-corpus's sources, as the JDK sees them.
 */
class CorpusClosureTest {
    private static final List<String> PROGRAMS = List.of("StringOps", "StringBuilderOps", "BoxingAndCaches",
            "IntegerParsing", "CharacterClasses", "MathFunctions", "ArraysAndObjects", "EnumsBasics", "RecordsBasics",
            "FloatingPointPrinting", "ThrowableBasics", "ListsBasics", "StringFormatting");

    @Test
    void classLibraryProgramsUseOnlyWhatTheLibraryDefines(@TempDir Path out) throws Exception {
        Path sources = Path.of("../ukl-corpus/src/main/java/corpus");
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
        for (String p : PROGRAMS) {
            args.add(sources.resolve(p + ".java").toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "corpus programs compile");
        Map<String, ClassNode> programs = ClosureTest.load(out);
        assertTrue(programs.size() >= PROGRAMS.size());
        Set<String> missing = new TreeSet<>();
        for (ClassNode c : programs.values()) {
            check(c.superName, c.name, missing);
            c.interfaces.forEach(i -> check(i, c.name, missing));
            for (MethodNode m : c.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode mi && mi.owner.startsWith("java/")
                            && !ClosureTest.hasMethod(mi.owner, mi.name, mi.desc)) {
                        missing.add(c.name + " -> " + mi.owner + "." + mi.name + mi.desc);
                    } else if (insn instanceof FieldInsnNode fi && fi.owner.startsWith("java/")
                            && !ClosureTest.hasField(fi.owner, fi.name, fi.desc)) {
                        missing.add(c.name + " -> field " + fi.owner + "." + fi.name);
                    } else if (insn instanceof TypeInsnNode ti) {
                        check(ti.desc, c.name, missing);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "corpus programs use class-library members that do not exist");
        assertTrue(Files.exists(out.resolve("corpus/StringOps.class")));
    }

    private static void check(String type, String site, Set<String> missing) {
        if (type != null && type.startsWith("java/") && !ClosureTest.CLASSES.containsKey(type)) {
            missing.add(site + " -> class " + type);
        }
    }
}
