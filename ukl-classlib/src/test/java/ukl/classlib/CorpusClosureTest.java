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
import java.util.stream.Stream;
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
 * Every program of the differential corpus must link: every java.* class, method and field it
 * uses exists in this module (invokedynamic is the linker's to lower). Compiles all of
 * ukl-corpus's sources, as the JDK sees them.
 */
class CorpusClosureTest {
    @Test
    void corpusProgramsUseOnlyWhatTheLibraryDefines(@TempDir Path out) throws Exception {
        Path sources = Path.of("../ukl-corpus/src/main/java/corpus");
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none"));
        List<Path> files;
        try (Stream<Path> list = Files.list(sources)) {
            files = list.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        files.forEach(f -> args.add(f.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "corpus programs compile");
        Map<String, ClassNode> programs = ClosureTest.load(out);
        assertTrue(programs.size() >= files.size(), programs.size() + " classes from " + files.size() + " files");
        Set<String> missing = new TreeSet<>();
        for (ClassNode c : programs.values()) {
            check(c.superName, c.name, missing);
            c.interfaces.forEach(i -> check(i, c.name, missing));
            for (MethodNode m : c.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    if (insn instanceof MethodInsnNode mi
                            && mi.owner.startsWith("java/")
                            && !ClosureTest.hasMethod(mi.owner, mi.name, mi.desc)) {
                        missing.add(c.name + " -> " + mi.owner + "." + mi.name + mi.desc);
                    } else if (insn instanceof FieldInsnNode fi
                            && fi.owner.startsWith("java/")
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
