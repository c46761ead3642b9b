package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * java/lang/UnicodeTables.java is what UnicodeTablesGenerator writes from this JDK's Character.
 * With -Dukl.updateGolden=true the test writes it (after a JDK update brings a new Unicode
 * version); review the diff and commit it. Whitespace is not compared: the formatter may rewrap
 * the generated source.
 */
class UnicodeTablesTest {
    private static final Path TABLES = Path.of("src/main/java/java/lang/UnicodeTables.java");

    @Test
    void tablesAreTheBuildJdksAnswers() throws Exception {
        String generated = UnicodeTablesGenerator.generate();
        if (Boolean.getBoolean("ukl.updateGolden")) {
            Files.writeString(TABLES, generated);
        }
        assertEquals(
                generated.replaceAll("\\s+", ""),
                Files.readString(TABLES).replaceAll("\\s+", ""),
                TABLES + " is stale: run UnicodeTablesTest with -Dukl.updateGolden=true and commit the result");
    }
}
