package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldInsnNode;

/**
 * Which final fields the translator takes as never null ({@link NonNullFields}), and what that
 * spares the emitted code. Whether programs that read such a field too early still throw as on the
 * JVM is corpus.FinalFieldsUnderConstruction's part, in {@link CorpusTest}.
 */
class NonNullFieldsTest {
    static final String APP = """
            package nn;
            public final class App {
                static class Base {
                    Base(boolean early) { if (early) { describe(); } }
                    int describe() { return 0; }
                }
                /** Its superclass's constructor calls a method it overrides. */
                static final class Derived extends Base {
                    final int[] items = new int[3];
                    Derived() { super(false); }
                    @Override int describe() { return items.length; }
                }
                static final class Quiet { Quiet() {} }
                /** A superclass constructor that lets nothing out. */
                static final class Filled extends Object {
                    final int[] table;
                    final StringBuilder log = new StringBuilder();
                    final String name = "filled";
                    final Object given;
                    final Quiet quiet;
                    final int[] onBothBranches;
                    Filled(Object given, boolean big) {
                        table = new int[4];
                        this.given = given;
                        quiet = new Quiet();
                        if (big) { onBothBranches = new int[8]; } else { onBothBranches = new int[1]; }
                        App.register(this);
                    }
                    Filled() { this(null, false); }
                    int size() { return table.length + onBothBranches.length; }
                }
                static Object registered;
                static void register(Object o) { registered = o; }
                /** Puts itself somewhere before it fills its field. */
                static final class Leaky {
                    final int[] data;
                    Leaky() { App.register(this); data = new int[2]; }
                }
                /** Calls its own method first. */
                static final class Early {
                    final int[] data;
                    Early() { check(); data = new int[2]; }
                    void check() {}
                }
                /** Fills its field from a call, which may return null. */
                static final class FromCall {
                    final String s;
                    FromCall() { s = String.valueOf(1); }
                }
                public static void main(String[] args) {
                    Filled f = new Filled(args, args.length > 0);
                    System.out.println(f.size() + new Derived().describe() + new Leaky().data.length
                            + new Early().data.length + new FromCall().s.length() + f.log.length()
                            + f.name.length() + f.quiet.hashCode() + new Filled().size());
                }
            }
            """;

    @TempDir
    static Path dir;

    static NonNullFields fields;
    static String program;

    @BeforeAll
    static void translate() throws Exception {
        Path classes = Harness.compile(dir, Map.of("nn/App.java", APP));
        Map<String, byte[]> world = Harness.world(Harness.classesIn(classes), "nn/App");
        fields = new NonNullFields(new World(world));
        TranslationResult r = Translator.translate(world, dir.resolve("c"));
        program = Files.readString(r.cFiles().get(0)).replaceAll("(?m)^#line .*\\n", "");
    }

    static boolean nonNull(String owner, String name, String desc) {
        return fields.contains(new FieldInsnNode(Opcodes.GETFIELD, "nn/App$" + owner, name, desc));
    }

    @Test
    void fieldsEveryConstructorFillsWithNewObjectsBeforeThisEscapes() {
        assertTrue(nonNull("Filled", "table", "[I"));
        assertTrue(nonNull("Filled", "log", "Ljava/lang/StringBuilder;"));
        assertTrue(nonNull("Filled", "name", "Ljava/lang/String;"), "a string literal");
        assertTrue(nonNull("Filled", "quiet", "Lnn/App$Quiet;"));
        assertTrue(nonNull("Filled", "onBothBranches", "[I"), "filled on every path");
    }

    @Test
    void notFieldsThatMayBeNullOrBeSeenBeforeTheyAreFilled() {
        assertFalse(nonNull("Filled", "given", "Ljava/lang/Object;"), "a parameter");
        assertFalse(nonNull("FromCall", "s", "Ljava/lang/String;"), "a call's result");
        assertFalse(nonNull("Leaky", "data", "[I"), "this escapes to a static method first");
        assertFalse(nonNull("Early", "data", "[I"), "this calls its own method first");
        assertFalse(nonNull("Derived", "items", "[I"), "the superclass constructor calls an overridable method");
    }

    @Test
    void theEmittedCodeChecksOnlyWhatMayBeNull() {
        String size = LazyFrameTest.function(program, "nn.App$Filled.size");
        assertFalse(size.contains("ukl_throw_npe"), "table and onBothBranches are never null:\n" + size);
        String describe = LazyFrameTest.function(program, "nn.App$Derived.describe");
        assertTrue(describe.contains("ukl_throw_npe"), "items is null while Base's constructor runs:\n" + describe);
        assertEquals(
                0, size.split("ukl_frame F", -1).length - 1, "size() cannot throw, so it needs no frame:\n" + size);
    }
}
