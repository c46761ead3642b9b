package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** StringBuilder against the JDK's under the same random edits, exception messages included. */
class StringBuilderTest {
    private static final Shadow SHADOW = new Shadow(
            "java/lang/StringBuilder",
            "java/lang/Preconditions",
            "java/lang/Integer",
            "java/lang/Long",
            "java/lang/Primitives");
    private static final String[] WORDS = {"", "a", "héllo", "😀", "\ud83d", "\ude00", "xyz", "0123456789"};

    /** Calls {@code name} on both builders; returns both outcomes (result or exception) as text. */
    private static String[] both(StringBuilder jdk, Object ours, String name, Class<?>[] types, Object... args) {
        String expected;
        try {
            expected = String.valueOf(StringBuilder.class.getMethod(name, types).invoke(jdk, args));
        } catch (InvocationTargetException e) {
            expected = e.getCause().toString();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        String actual;
        try {
            actual = String.valueOf(ours.getClass().getMethod(name, types).invoke(ours, args));
        } catch (InvocationTargetException e) {
            actual = e.getCause().toString();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return new String[] {expected, actual};
    }

    @Test
    void randomEditsMatchTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(9);
        for (int run = 0; run < 40; run++) {
            StringBuilder jdk = new StringBuilder();
            Object ours =
                    SHADOW.loadClass("shadow.StringBuilder").getConstructor().newInstance();
            for (int step = 0; step < 150; step++) {
                String w = WORDS[random.nextInt(WORDS.length)];
                int at = random.nextInt(-1, jdk.length() + 2);
                int to = random.nextInt(-1, jdk.length() + 2);
                String[] r =
                        switch (random.nextInt(16)) {
                            case 0 -> both(jdk, ours, "append", new Class<?>[] {String.class}, w);
                            case 1 ->
                                both(
                                        jdk,
                                        ours,
                                        "append",
                                        new Class<?>[] {int.class},
                                        random.nextInt() >> random.nextInt(32));
                            case 2 ->
                                both(
                                        jdk,
                                        ours,
                                        "append",
                                        new Class<?>[] {long.class},
                                        random.nextLong() >> random.nextInt(64));
                            case 3 ->
                                both(jdk, ours, "append", new Class<?>[] {char.class}, (char)
                                        random.nextInt(0x20, 0x3000));
                            case 4 -> both(jdk, ours, "append", new Class<?>[] {String.class}, (Object) null);
                            case 5 ->
                                both(jdk, ours, "append", new Class<?>[] {char[].class}, (Object) w.toCharArray());
                            case 6 -> both(jdk, ours, "append", new Class<?>[] {boolean.class}, random.nextBoolean());
                            case 7 ->
                                both(
                                        jdk,
                                        ours,
                                        "append",
                                        new Class<?>[] {CharSequence.class, int.class, int.class},
                                        w,
                                        0,
                                        w.length());
                            case 8 -> both(jdk, ours, "insert", new Class<?>[] {int.class, String.class}, at, w);
                            case 9 -> both(jdk, ours, "insert", new Class<?>[] {int.class, char.class}, at, 'Z');
                            case 10 -> both(jdk, ours, "delete", new Class<?>[] {int.class, int.class}, at, to);
                            case 11 -> both(jdk, ours, "deleteCharAt", new Class<?>[] {int.class}, at);
                            case 12 ->
                                both(
                                        jdk,
                                        ours,
                                        "replace",
                                        new Class<?>[] {int.class, int.class, String.class},
                                        at,
                                        to,
                                        w);
                            case 13 -> both(jdk, ours, "reverse", new Class<?>[] {});
                            case 14 -> both(jdk, ours, "substring", new Class<?>[] {int.class, int.class}, at, to);
                            default -> both(jdk, ours, "charAt", new Class<?>[] {int.class}, at);
                        };
                assertEquals(r[0], r[1]);
                assertEquals(jdk.toString(), ours.toString());
                assertEquals(jdk.length(), ours.getClass().getMethod("length").invoke(ours));
            }
            String[] r = both(jdk, ours, "setLength", new Class<?>[] {int.class}, random.nextInt(-1, 20));
            assertEquals(r[0], r[1]);
            assertEquals(jdk.toString(), ours.toString());
        }
    }
}
