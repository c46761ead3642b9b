package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Character against the JDK's over every code point (U+0000–U+10FFFF, and a few invalid ones):
 * classification, general category, simple case mapping, numeric and digit values.
 */
class CharacterTest {
    private static final Shadow SHADOW = new Shadow(
            "java/lang/Character", "java/lang/UnicodeProperties", "java/lang/UnicodeTables", "java/lang/Primitives");
    private static final String[] INT_METHODS = {
        "isLetter",
        "isDigit",
        "isLetterOrDigit",
        "isUpperCase",
        "isLowerCase",
        "isTitleCase",
        "isWhitespace",
        "isSpaceChar",
        "isISOControl",
        "isAlphabetic",
        "isIdeographic",
        "isDefined",
        "isJavaIdentifierStart",
        "isJavaIdentifierPart",
        "isIdentifierIgnorable",
        "toUpperCase",
        "toLowerCase",
        "getNumericValue",
        "getType"
    };
    private static final int[] INVALID = {-1, -0x10000, Integer.MIN_VALUE, 0x110000, Integer.MAX_VALUE};

    @Test
    void everyCodePointAnswersAsTheJdk() throws Throwable {
        for (String name : INT_METHODS) {
            Method ours = SHADOW.method("java/lang/Character", name, int.class);
            Method jdk = Character.class.getMethod(name, int.class);
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                check(name, ours, jdk, c);
            }
            for (int c : INVALID) {
                check(name, ours, jdk, c);
            }
        }
    }

    private static void check(String name, Method ours, Method jdk, int c) throws Throwable {
        Object expected = jdk.invoke(null, c);
        Object actual = Shadow.call(ours, c);
        if (!expected.equals(actual)) {
            assertEquals(expected, actual, name + "(U+" + Integer.toHexString(c) + ")");
        }
    }

    @Test
    void charOverloadsAnswerAsTheJdk() throws Throwable {
        for (String name : INT_METHODS) {
            if (name.equals("isAlphabetic") || name.equals("isIdeographic")) {
                continue; // int only, in the JDK too
            }
            Method ours = SHADOW.method("java/lang/Character", name, char.class);
            Method jdk = Character.class.getMethod(name, char.class);
            for (int c = 0; c <= 0xffff; c++) {
                Object expected = jdk.invoke(null, (char) c);
                Object actual = Shadow.call(ours, (char) c);
                if (!expected.equals(actual)) {
                    assertEquals(expected, actual, name + "((char) U+" + Integer.toHexString(c) + ")");
                }
            }
        }
    }

    @Test
    void digitsInEveryRadixAnswerAsTheJdk() throws Throwable {
        Method digit = SHADOW.method("java/lang/Character", "digit", int.class, int.class);
        for (int radix = 1; radix <= 37; radix++) {
            for (int c = 0; c <= Character.MAX_CODE_POINT; c += radix == 10 || radix == 36 ? 1 : 7) {
                int expected = Character.digit(c, radix);
                Object actual = Shadow.call(digit, c, radix);
                if (!Integer.valueOf(expected).equals(actual)) {
                    assertEquals(expected, actual, "digit(U+" + Integer.toHexString(c) + ", " + radix + ")");
                }
            }
        }
    }

    @Test
    void categoryConstantsAreTheJdks() throws Exception {
        Class<?> ours = SHADOW.loadClass("shadow.Character");
        int n = 0;
        for (Field f : Character.class.getFields()) {
            if (f.getType() == byte.class
                    && Modifier.isStatic(f.getModifiers())
                    && !f.getName().startsWith("DIRECTIONALITY")) {
                assertEquals(f.get(null), ours.getField(f.getName()).get(null), f.getName());
                n++;
            }
        }
        assertEquals(30, n);
    }
}
