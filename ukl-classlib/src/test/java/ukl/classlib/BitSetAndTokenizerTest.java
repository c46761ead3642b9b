package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.StringTokenizer;
import org.junit.jupiter.api.Test;

/**
 * BitSet and StringTokenizer against the JDK's under the same random calls: results, exception
 * classes and messages, and the observable state (toString, length, size, cardinality, hashCode)
 * after each.
 */
class BitSetAndTokenizerTest {
    private static final Shadow SHADOW = new Shadow("java/util/BitSet", "java/util/StringTokenizer");

    private static String outcome(Method m, Object target, Object... args) {
        try {
            Object r = m.invoke(target, args);
            return r instanceof long[] l ? Arrays.toString(l) : r instanceof byte[] b ? Arrays.toString(b) : "" + r;
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static String state(Object set) throws Exception {
        Class<?> c = set.getClass();
        return set + " length=" + c.getMethod("length").invoke(set) + " size="
                + c.getMethod("size").invoke(set) + " card="
                + c.getMethod("cardinality").invoke(set) + " hash=" + set.hashCode();
    }

    @Test
    void bitSetMatchesTheJdk() throws Exception {
        Class<?> ours = SHADOW.type("java/util/BitSet");
        SplittableRandom random = new SplittableRandom(5);
        Object[][] unary = {
            {"set", int.class},
            {"clear", int.class},
            {"flip", int.class},
            {"get", int.class},
            {"nextSetBit", int.class},
            {"nextClearBit", int.class},
            {"previousSetBit", int.class},
            {"previousClearBit", int.class}
        };
        String[] ranges = {"set", "clear", "flip", "get"};
        String[] binary = {"and", "or", "xor", "andNot", "intersects", "equals"};
        for (int run = 0; run < 120; run++) {
            int n = random.nextInt(-1, 200);
            BitSet jdk;
            Object mine;
            if (random.nextBoolean() && n >= 0) {
                jdk = new BitSet(n);
                mine = ours.getConstructor(int.class).newInstance(n);
            } else {
                jdk = new BitSet();
                mine = ours.getConstructor().newInstance();
            }
            BitSet otherJdk = new BitSet();
            Object otherMine = ours.getConstructor().newInstance();
            for (int i = random.nextInt(8); i > 0; i--) {
                int b = random.nextInt(300);
                otherJdk.set(b);
                ours.getMethod("set", int.class).invoke(otherMine, b);
            }
            for (int step = 0; step < 40; step++) {
                int a = random.nextInt(-2, 260);
                int b = random.nextInt(-2, 260);
                String what;
                String expected;
                String actual;
                switch (random.nextInt(6)) {
                    case 0, 1 -> {
                        Object[] op = unary[random.nextInt(unary.length)];
                        what = op[0] + "(" + a + ")";
                        expected = outcome(BitSet.class.getMethod((String) op[0], int.class), jdk, a);
                        actual = outcome(ours.getMethod((String) op[0], int.class), mine, a);
                    }
                    case 2 -> {
                        String op = ranges[random.nextInt(ranges.length)];
                        what = op + "(" + a + ", " + b + ")";
                        expected = outcome(BitSet.class.getMethod(op, int.class, int.class), jdk, a, b);
                        actual = outcome(ours.getMethod(op, int.class, int.class), mine, a, b);
                    }
                    case 3 -> {
                        String op = binary[random.nextInt(binary.length)];
                        what = op;
                        Class<?> pj = op.equals("equals") ? Object.class : BitSet.class;
                        Class<?> po = op.equals("equals") ? Object.class : ours;
                        expected = outcome(BitSet.class.getMethod(op, pj), jdk, otherJdk);
                        actual = outcome(ours.getMethod(op, po), mine, otherMine);
                    }
                    case 4 -> {
                        String op = random.nextBoolean() ? "toLongArray" : "toByteArray";
                        what = op;
                        expected = outcome(BitSet.class.getMethod(op), jdk);
                        actual = outcome(ours.getMethod(op), mine);
                    }
                    default -> {
                        what = "clone";
                        jdk = (BitSet) jdk.clone();
                        mine = ours.getMethod("clone").invoke(mine);
                        expected = actual = "";
                    }
                }
                assertEquals(expected, actual, what);
                assertEquals(state(jdk), state(mine), what);
            }
            long[] words = jdk.toLongArray();
            assertEquals(
                    state(BitSet.valueOf(jdk.toByteArray())),
                    state(ours.getMethod("valueOf", byte[].class).invoke(null, (Object) jdk.toByteArray())));
            assertEquals(
                    state(BitSet.valueOf(words)),
                    state(ours.getMethod("valueOf", long[].class).invoke(null, words)));
        }
    }

    @Test
    void stringTokenizerMatchesTheJdk() throws Exception {
        Class<?> ours = SHADOW.type("java/util/StringTokenizer");
        SplittableRandom random = new SplittableRandom(6);
        String alphabet = "ab ,;\t😀x";
        for (int run = 0; run < 800; run++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String delims = random.nextBoolean() ? " ,;" : "😀\t";
            boolean ret = random.nextBoolean();
            StringTokenizer jdk = new StringTokenizer(s.toString(), delims, ret);
            Object mine = ours.getConstructor(String.class, String.class, boolean.class)
                    .newInstance(s.toString(), delims, ret);
            for (int step = 0; step < 8; step++) {
                String op = new String[] {"hasMoreTokens", "nextToken", "countTokens", "nextToken2"}[random.nextInt(4)];
                String expected;
                String actual;
                if (op.equals("nextToken2")) {
                    String d = random.nextBoolean() ? "a" : ";";
                    expected = outcome(StringTokenizer.class.getMethod("nextToken", String.class), jdk, d);
                    actual = outcome(ours.getMethod("nextToken", String.class), mine, d);
                } else {
                    expected = outcome(StringTokenizer.class.getMethod(op), jdk);
                    actual = outcome(ours.getMethod(op), mine);
                }
                assertEquals(Mirror.escape(expected), Mirror.escape(actual), op + " of " + Mirror.escape(s.toString()));
            }
        }
    }
}
