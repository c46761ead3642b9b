package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which classes the translator initialises at build time ({@link Preinitialized}): a plain enum's
 * constants and a table's arrays become static data and their classes no initialiser, while
 * initialisers that do more keep theirs. That what they made behaves as on the JVM: CorpusTest's
 * ConstantInitializers.
 */
class PreinitializedTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            package app;
            public class Main {
                enum Plain { A, B, C }
                enum WithFields {
                    X(1, "x"), Y(-2, null);
                    final int n;
                    final String s;
                    WithFields(int n, String s) { this.n = n; this.s = s; }
                }
                enum Computes {
                    P(3);
                    final int square;
                    Computes(int n) { this.square = n * n; }
                }
                enum WithBody {
                    Q { int f() { return 1; } };
                    abstract int f();
                }
                enum Mutable {
                    M;
                    Object cache;
                }
                enum Prints {
                    R;
                    static { System.out.println("init"); }
                }
                static final class Table {
                    static final int[] T = {1, 2};
                    static final Object[] NONE = {};
                }
                static final class Words {
                    static final String[] W = {"a"};
                }
                static final class Boom extends RuntimeException {}
                static final class Single {
                    static final Single ONE = new Single(String.class);
                    final Class<?> type;
                    final int x = 5;
                    Single(Class<?> type) { this.type = type; }
                }
                static final class Holder {
                    static final Holder ONE = new Holder();
                    Object held;
                }
                public static void main(String[] args) {
                    System.out.println(Plain.B + " " + WithFields.Y.n + " " + Computes.P.square + " " + WithBody.Q.f()
                            + " " + Mutable.M.cache + " " + Prints.R + " " + Table.T[1] + Table.NONE.length
                            + Words.W[0] + new Boom() + Single.ONE.x + Holder.ONE.held);
                }
            }
            """;

    @Test
    void constantInitialisersBecomeStaticDataAndTheOthersStay() throws Exception {
        Path classes = Harness.compile(dir.resolve("src"), Map.of("app/Main.java", PROGRAM));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "app/Main");
        TranslationResult r = Translator.translate(world, Harness.application(world), dir.resolve("c"));
        StringBuilder c = new StringBuilder();
        for (Path f : r.cFiles()) {
            c.append(Files.readString(f));
        }
        String text = c.toString();
        for (String folded : new String[] {"Plain", "WithFields", "Table", "Single"}) {
            assertFalse(text.contains("void init_" + symbol(text, folded) + "(void)"), folded + " has an initialiser");
            assertTrue(text.contains(symbol(text, folded) + "_built0 = "), folded + "'s constants are not static data");
        }
        assertTrue(
                text.matches("(?s).*" + symbol(text, "WithFields") + "_built1 = \\{[^;]*\\.f\\d+ = -2[, ].*"),
                "Y's n is not -2 in its static data");
        for (String kept : new String[] {"Computes", "WithBody", "Mutable", "Prints", "Words", "Holder"}) {
            assertTrue(text.contains("void init_" + symbol(text, kept) + "(void) {"), kept + " lost its initialiser");
            assertFalse(text.contains(symbol(text, kept) + "_built0"), kept + " was folded");
        }
        // the library's: constants read from another folded class (Primitives), a literal's chars
        for (String folded : new String[] {"java_lang_Boolean", "java_lang_Long", "java_lang_Integer"}) {
            assertFalse(
                    Pattern.compile("void init_cls\\d+_" + folded + "\\(void\\)")
                            .matcher(text)
                            .find(),
                    folded + " has an initialiser");
        }
        for (String made : new String[] {"java_lang_Boolean", "java_lang_Integer"}) { // TRUE and FALSE, DIGITS
            assertTrue(
                    Pattern.compile("\\bcls\\d+_" + made + "_built0 = ")
                            .matcher(text)
                            .find(),
                    made + "'s objects are not static data");
        }
        // main uses what the folded initialisers made, not their classes' static fields, where
        // their definitions are in its C file: in one file, not in the several of -Dukl.incremental
        assertTrue(
                mainOf(text).contains("= sf") && mainOf(text).contains("_app_Main_Plain_B;"),
                "main, in another C file than Plain's data, does not load Plain.B");
        Path one = dir.resolve("one");
        Translator.translate(world, one);
        text = Files.readString(one.resolve("program.c"));
        String main = mainOf(text);
        assertTrue(main.contains("(ukl_obj *) &" + symbol(text, "Plain") + "_built1;"), "Plain.B is not its object");
        assertTrue(main.contains("(ukl_obj *) &" + symbol(text, "Table") + "_built0;"), "Table.T is not its array");
        assertFalse(
                Pattern.compile("= sf\\d+_app_Main_(Plain_B|Table_T|Single_ONE);")
                        .matcher(main)
                        .find(),
                "main loads a folded class's final field");
        assertTrue(
                Pattern.compile("= sf\\d+_app_Main_Holder_ONE;").matcher(main).find(),
                "Holder.ONE, of an initialiser that runs, is not loaded from its field");
        assertFalse(
                text.contains("void init_" + symbol(text, "Boom") + "(void)"),
                "an exception class needs initialising (Throwable's empty arrays were not folded)");
        assertEquals(
                0,
                Pattern.compile("m_app_Main_Plain_clinit\\(")
                        .matcher(text)
                        .results()
                        .count(),
                "a folded initialiser is still translated");
    }

    /** The C function of app.Main.main. */
    private static String mainOf(String c) {
        Matcher m = Pattern.compile("m_app_Main_main\\(ukl_obj \\*\\w+\\) \\{").matcher(c);
        assertTrue(m.find(), "no function for main");
        return c.substring(m.start(), c.indexOf("\n}\n", m.start()));
    }

    /** The descriptor symbol of app.Main's nested class {@code simpleName}, e.g. cls12_app_Main_Plain. */
    private static String symbol(String c, String simpleName) {
        Matcher m = Pattern.compile("\\bcls\\d+_app_Main_" + simpleName + "\\b").matcher(c);
        assertTrue(m.find(), "no descriptor for " + simpleName);
        return m.group();
    }
}
