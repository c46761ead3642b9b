package ukl.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.LocalVariableNode;

class LocalNamesTest {
    private static LocalVariableNode local(String name, String desc, int slot) {
        return new LocalVariableNode(name, desc, null, null, null, slot);
    }

    @Test
    void namesEachSlotAfterItsJavaLocal() {
        String f =
                "static int32_t m_A_f(int32_t l0_i) {\n    ukl_obj * l1_a = 0;\n    l1_a = 0;\n    return l0_i;\n}\n";
        String out = LocalNames.apply(f, List.of(local("count", "I", 0), local("name", "Ljava/lang/String;", 1)));
        assertEquals(
                "static int32_t m_A_f(int32_t count) {\n    ukl_obj * name = 0;\n    name = 0;\n    return count;\n}\n",
                out);
    }

    @Test
    void keepsSlotsWithoutEntriesAndFunctionsWithoutTable() {
        String f = "int32_t l0_i = 0; int32_t l1_i = l0_i;";
        assertEquals("int32_t n = 0; int32_t l1_i = n;", LocalNames.apply(f, List.of(local("n", "I", 0))));
        assertEquals(f, LocalNames.apply(f, null));
        assertEquals(f, LocalNames.apply(f, List.of()));
    }

    @Test
    void sharedNamesGetKindThenSlot() {
        String f = "l1_i l1_a l2_i l3_i l4_j";
        Map<String, String> names = LocalNames.choose(
                f,
                List.of(
                        local("x", "I", 1),
                        local("x", "[I", 1),
                        local("y", "I", 2),
                        local("y", "Z", 3),
                        local("z", "J", 4)));
        assertEquals("x_i", names.get("l1_i"));
        assertEquals("x_a", names.get("l1_a"));
        assertEquals("y_2_i", names.get("l2_i"));
        assertEquals("y_3_i", names.get("l3_i"));
        assertEquals("z", names.get("l4_j"));
    }

    @Test
    void aReusedSlotCarriesEveryName() {
        assertEquals(
                "i_or_j",
                LocalNames.choose("l2_i", List.of(local("i", "I", 2), local("j", "I", 2)))
                        .get("l2_i"));
    }

    @Test
    void avoidsKeywordsReservedNamesAndIdentifiersTheFunctionUses() {
        String f = "l0_i l1_i l2_i l3_i l4_a l5_i F.line = str3 + s0_i + p->next;";
        Map<String, String> names = LocalNames.choose(
                f,
                List.of(
                        local("register", "I", 0),
                        local("str3", "I", 1),
                        local("_x", "I", 2),
                        local("s0_i", "I", 3),
                        local("F", "[B", 4),
                        local("next", "I", 5)));
        assertEquals("register_i", names.get("l0_i"));
        assertEquals("str3_i", names.get("l1_i"));
        assertEquals(null, names.get("l2_i"), "a name C reserves keeps the slot's name");
        assertEquals("s0_i_i", names.get("l3_i"), "never a name the translator generates");
        assertEquals("F_a", names.get("l4_a"));
        assertEquals("next", names.get("l5_i"), "a member name after -> is another name space");
    }

    /**
     * The rule that names starting with ukl_, UKL_ or _ are the runtime's holds only while the
     * runtime's macros, which expand inside generated functions, name nothing else.
     */
    @Test
    void runtimeMacrosNameOnlyReservedIdentifiers() throws IOException {
        Pattern define = Pattern.compile("#define\\s+(\\w+)(?:\\(([^)]*)\\))?((?:[^\\n]*\\\\\\n)*[^\\n]*)");
        Pattern identifier = Pattern.compile("(?<![\\w.])(?<!->)[A-Za-z_]\\w*");
        List<String> plain = new ArrayList<>();
        for (String h : List.of("ukl_object.h", "ukl_runtime.h", "ukl_gc.h", "ukl_arith.h", "ukl_thread.h")) {
            String text;
            try (InputStream in = LocalNamesTest.class.getResourceAsStream("/ukl/runtime/" + h)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher d = define.matcher(text);
            while (d.find()) {
                List<String> params =
                        d.group(2) == null ? List.of() : List.of(d.group(2).split("\\s*,\\s*"));
                String body = d.group(3).replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"");
                Matcher id = identifier.matcher(body);
                while (id.find()) {
                    String n = id.group();
                    if (!params.contains(n)
                            && !n.startsWith("ukl_")
                            && !n.startsWith("UKL_")
                            && !n.startsWith("_")
                            && !List.of(
                                            "do",
                                            "while",
                                            "if",
                                            "else",
                                            "sizeof",
                                            "void",
                                            "char",
                                            "volatile",
                                            "int",
                                            "static",
                                            "extern")
                                    .contains(n)) {
                        plain.add(h + ": " + d.group(1) + " names " + n);
                    }
                }
            }
        }
        assertTrue(plain.isEmpty(), "macros that a Java local could shadow: " + plain);
    }
}
