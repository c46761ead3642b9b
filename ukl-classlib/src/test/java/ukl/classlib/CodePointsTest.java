package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Code points over text with pairs and lone surrogates: Character's static methods and a
 * StringBuffer (with StringBuilder's code-point methods under it) against the JDK's under the
 * same random calls, exception classes included.
 */
class CodePointsTest {
    private static final Shadow CHARACTER = new Shadow(
            "java/lang/Character",
            "java/lang/UnicodeProperties",
            "java/lang/UnicodeTables",
            "java/lang/Primitives",
            "java/lang/Preconditions");
    private static final Shadow BUFFER = new Shadow(
            "java/lang/StringBuffer",
            "java/lang/StringBuilder",
            "java/lang/Preconditions",
            "java/lang/Integer",
            "java/lang/Long",
            "java/lang/Primitives");
    private static final String[] PIECES = {"a", "é", "😀", "\ud83d", "\ude00", "xyz", "𝄞q"};

    private static String text(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static String outcome(Method m, Object target, Object... args) {
        try {
            return String.valueOf(m.invoke(target, args));
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void characterCodePointMethodsMatchTheJdk() throws Exception {
        Class<?> ours = CHARACTER.type("java/lang/Character");
        SplittableRandom random = new SplittableRandom(11);
        Object[][] calls = {
            {"codePointAt", new Class<?>[] {CharSequence.class, int.class}},
            {"codePointAt", new Class<?>[] {char[].class, int.class}},
            {"codePointAt", new Class<?>[] {char[].class, int.class, int.class}},
            {"codePointBefore", new Class<?>[] {CharSequence.class, int.class}},
            {"codePointBefore", new Class<?>[] {char[].class, int.class}},
            {"codePointBefore", new Class<?>[] {char[].class, int.class, int.class}},
            {"codePointCount", new Class<?>[] {CharSequence.class, int.class, int.class}},
            {"codePointCount", new Class<?>[] {char[].class, int.class, int.class}},
            {"offsetByCodePoints", new Class<?>[] {CharSequence.class, int.class, int.class}},
            {"offsetByCodePoints", new Class<?>[] {char[].class, int.class, int.class, int.class, int.class}},
        };
        for (int i = 0; i < 5_000; i++) {
            Object[] call = calls[random.nextInt(calls.length)];
            Class<?>[] types = (Class<?>[]) call[1];
            String s = text(random);
            Object[] args = new Object[types.length];
            args[0] = types[0] == char[].class ? s.toCharArray() : s;
            for (int a = 1; a < args.length; a++) {
                args[a] = a == args.length - 1 && call[0].equals("offsetByCodePoints")
                        ? random.nextInt(-4, 5)
                        : random.nextInt(-1, s.length() + 2);
            }
            String jdk = outcome(Character.class.getMethod((String) call[0], types), null, args);
            String mine = outcome(ours.getMethod((String) call[0], types), null, args);
            assertEquals(jdk, mine, call[0] + "(" + Mirror.escape(s) + ", " + java.util.Arrays.toString(args) + ")");
        }
    }

    @Test
    void stringBufferMatchesTheJdk() throws Exception {
        Class<?> ours = BUFFER.type("java/lang/StringBuffer");
        SplittableRandom random = new SplittableRandom(12);
        Object[][] calls = {
            {"append", new Class<?>[] {String.class}},
            {"append", new Class<?>[] {CharSequence.class, int.class, int.class}},
            {"appendCodePoint", new Class<?>[] {int.class}},
            {"insert", new Class<?>[] {int.class, String.class}},
            {"insert", new Class<?>[] {int.class, CharSequence.class, int.class, int.class}},
            {"delete", new Class<?>[] {int.class, int.class}},
            {"deleteCharAt", new Class<?>[] {int.class}},
            {"replace", new Class<?>[] {int.class, int.class, String.class}},
            {"reverse", new Class<?>[] {}},
            {"codePointAt", new Class<?>[] {int.class}},
            {"codePointBefore", new Class<?>[] {int.class}},
            {"codePointCount", new Class<?>[] {int.class, int.class}},
            {"offsetByCodePoints", new Class<?>[] {int.class, int.class}},
            {"substring", new Class<?>[] {int.class, int.class}},
            {"setLength", new Class<?>[] {int.class}},
            {"repeat", new Class<?>[] {CharSequence.class, int.class}},
            {"repeat", new Class<?>[] {int.class, int.class}},
        };
        for (int run = 0; run < 60; run++) {
            StringBuffer jdk = new StringBuffer();
            Object mine = ours.getConstructor().newInstance();
            for (int step = 0; step < 60; step++) {
                Object[] call = calls[random.nextInt(calls.length)];
                Class<?>[] types = (Class<?>[]) call[1];
                Object[] args = new Object[types.length];
                for (int a = 0; a < args.length; a++) {
                    args[a] = types[a] == int.class
                            ? (call[0].equals("appendCodePoint") || call[0].equals("repeat") && a == 0
                                    ? random.nextInt(0x1f600 - 3, 0x1f600 + 3)
                                    : random.nextInt(-1, jdk.length() + 2))
                            : text(random);
                }
                if (call[0].equals("repeat")) {
                    args[1] = random.nextInt(-1, 3);
                }
                String expected = outcome(StringBuffer.class.getMethod((String) call[0], types), jdk, args);
                String actual = outcome(ours.getMethod((String) call[0], types), mine, args);
                String what = call[0] + java.util.Arrays.toString(args);
                assertEquals(Mirror.escape(expected), Mirror.escape(actual), what);
                assertEquals(Mirror.escape(jdk.toString()), Mirror.escape(mine.toString()), what);
            }
        }
    }
}
