package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Locale's names, tags and equality against the JDK's, for the kinds of locale programs build. */
class LocaleTest {
    private static final Shadow SHADOW = new Shadow("java/util/Locale");
    private static final List<String[]> PARTS = List.of(
            new String[] {"", "", ""},
            new String[] {"en", "", ""},
            new String[] {"EN", "us", ""},
            new String[] {"de", "DE", ""},
            new String[] {"", "US", ""},
            new String[] {"en", "", "POSIX"},
            new String[] {"en", "US", "POSIX"},
            new String[] {"iw", "IL", ""},
            new String[] {"in", "", ""},
            new String[] {"es", "419", ""},
            new String[] {"sl", "", "rozaj"},
            new String[] {"de", "CH", "1901"});
    private static final List<String> TAGS = List.of(
            "en-US",
            "und",
            "en",
            "de-CH-1901",
            "en-US-x-lvariant-POSIX",
            "sl-rozaj",
            "es-419",
            "en_GB",
            "x-private",
            "EN-us");

    private static Object ours(String... parts) throws Throwable {
        return Shadow.invoke(SHADOW.type("java/util/Locale"), "of", (Object[]) parts);
    }

    @Test
    void namesTagsAndEqualityMatchTheJdk() throws Throwable {
        for (String[] p : PARTS) {
            Locale jdk = Locale.of(p[0], p[1], p[2]);
            Object mine = ours(p);
            String what = String.join("/", p);
            assertEquals(jdk.toString(), mine.toString(), what);
            assertEquals(jdk.toLanguageTag(), Shadow.invoke(mine, "toLanguageTag"), what);
            assertEquals(jdk.getLanguage(), Shadow.invoke(mine, "getLanguage"), what);
            assertEquals(jdk.getCountry(), Shadow.invoke(mine, "getCountry"), what);
            assertEquals(jdk.getVariant(), Shadow.invoke(mine, "getVariant"), what);
            for (String[] q : PARTS) {
                assertEquals(jdk.equals(Locale.of(q[0], q[1], q[2])), mine.equals(ours(q)), what + " = " + q[0]);
            }
        }
        for (String tag : TAGS) {
            Object mine = Shadow.invoke(SHADOW.type("java/util/Locale"), "forLanguageTag", tag);
            assertEquals(Locale.forLanguageTag(tag).toString(), mine.toString(), tag);
        }
    }

    @Test
    void constantsAndTheImageDefault() throws Throwable {
        Class<?> c = SHADOW.type("java/util/Locale");
        for (String name :
                List.of("ROOT", "ENGLISH", "US", "UK", "GERMANY", "FRANCE", "CHINA", "JAPAN", "CANADA_FRENCH")) {
            assertEquals(
                    Locale.class.getField(name).get(null).toString(),
                    c.getField(name).get(null).toString(),
                    name);
        }
        assertEquals("en_US", Shadow.invoke(c, "getDefault").toString());
    }
}
