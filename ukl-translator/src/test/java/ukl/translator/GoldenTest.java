package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files (STYLE.md 8): the C emitted for the methods of small inputs, compared with
 * src/test/resources/golden/*.expected.c so that a reviewer sees what a change does to the output.
 * Numbers that depend on the rest of the world (method ids, type ids, slots) are normalised.
 * Regenerate with {@code mvn -pl ukl-translator install -Dukl.updateGolden=true}.
 */
class GoldenTest {
    static final Path GOLDEN = Harness.MODULE.resolve("src/test/resources/golden");
    static final List<String> INPUTS = List.of("Arith", "Calls", "Monitors");

    @TempDir
    Path dir;

    @Test
    void emittedCMatchesGoldenFiles() throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : INPUTS) {
            sources.put("golden/" + name + ".java", Files.readString(GOLDEN.resolve(name + ".java")));
        }
        Path classes = Harness.compile(dir, sources);
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "golden/Arith");
        TranslationResult r = Translator.translate(world, dir.resolve("c"));
        // Without the #line directives, which also come between a function's comment and its header.
        String program = Files.readString(r.cFiles().get(0)).replaceAll("(?m)^#line .*\\n", "");
        boolean update = Boolean.getBoolean("ukl.updateGolden");
        for (String name : INPUTS) {
            String actual = normalise(functionsOf(program, "golden." + name));
            Path expected = GOLDEN.resolve(name + ".expected.c");
            if (update) {
                Files.writeString(expected, actual);
            }
            assertEquals(
                    Files.readString(expected),
                    actual,
                    "emitted C for golden." + name
                            + " changed; if intended, regenerate with -Dukl.updateGolden=true and review the diff");
        }
    }

    /** Every function whose header comment names a method of the class or its nested classes. */
    static String functionsOf(String program, String className) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(
                        "(?m)^/\\* " + Pattern.quote(className)
                                + "[.$][^\\n]*\\*/\\nstatic [^\\n]*\\) \\{\\n.*?\\n}\\n",
                        Pattern.DOTALL)
                .matcher(program);
        while (m.find()) {
            out.append(m.group()).append('\n');
        }
        return out.toString();
    }

    static String normalise(String c) {
        return c.replaceAll("(?m)^#line .*\\n", "") // Java lines for gdb: GdbTest checks them
                .replaceAll("(\\bm_\\w+__)\\d+\\b", "$1N")
                .replaceAll("cls\\d+_", "cls_")
                .replaceAll("\\bstr\\d+\\b", "str")
                .replaceAll("F\\.method = \\d+", "F.method = N")
                .replaceAll("(_at\\()\\d+,", "$1N,") // a lazy frame's method id
                .replaceAll("\\bsf\\d+_", "sf_")
                .replaceAll("(vtable|itable)\\[\\d+\\]", "$1[N]");
    }
}
