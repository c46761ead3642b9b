package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/** Character's classification must equal the JDK's over the ranges its documentation promises. */
class CharacterTest {
    private static final Shadow SHADOW = new Shadow("java/lang/Character", "java/lang/Primitives");
    private static final String[] PREDICATES = {
        "isLetter",
        "isDigit",
        "isLetterOrDigit",
        "isUpperCase",
        "isLowerCase",
        "isWhitespace",
        "isSpaceChar",
        "isISOControl",
        "isAlphabetic",
        "isJavaIdentifierStart",
        "isJavaIdentifierPart"
    };
    private static final String[] MAPPINGS = {"toUpperCase", "toLowerCase", "getNumericValue"};

    private static boolean promised(int c) {
        return c < 0x180 || c >= 0x391 && c <= 0x3a9 || c >= 0x3b1 && c <= 0x3c9 || c >= 0x400 && c <= 0x45f;
    }

    @Test
    void classificationAndCaseMatchTheJdk() throws Throwable {
        for (String name : PREDICATES) {
            Method ours = SHADOW.method("java/lang/Character", name, int.class);
            Method jdk = Character.class.getMethod(name, int.class);
            for (int c = 0; c < 0x460; c++) {
                if (promised(c)) {
                    int ch = c;
                    assertEquals(
                            jdk.invoke(null, c),
                            Shadow.call(ours, c),
                            () -> name + "(U+" + Integer.toHexString(ch) + ")");
                }
            }
        }
        for (String name : MAPPINGS) {
            Method ours = SHADOW.method("java/lang/Character", name, int.class);
            Method jdk = Character.class.getMethod(name, int.class);
            for (int c = 0; c < 0x460; c++) {
                if (promised(c)) {
                    int ch = c;
                    assertEquals(
                            jdk.invoke(null, c),
                            Shadow.call(ours, c),
                            () -> name + "(U+" + Integer.toHexString(ch) + ")");
                }
            }
        }
        Method isDigit = SHADOW.method("java/lang/Character", "isDigit", int.class);
        Method digit = SHADOW.method("java/lang/Character", "digit", int.class, int.class);
        for (int c = 0; c < 0x10000; c++) {
            int ch = c;
            assertEquals(
                    Character.isDigit(c), Shadow.call(isDigit, c), () -> "isDigit(U+" + Integer.toHexString(ch) + ")");
            assertEquals(
                    Character.digit(c, 36),
                    Shadow.call(digit, c, 36),
                    () -> "digit(U+" + Integer.toHexString(ch) + ")");
        }
        for (int radix = 1; radix <= 37; radix++) {
            for (int c = 0; c < 0x180; c++) {
                assertEquals(Character.digit(c, radix), Shadow.call(digit, c, radix));
            }
        }
    }
}
