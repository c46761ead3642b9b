package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** EnumSet against the JDK's under the same random operations, for a small enum and one of 70 constants. */
class EnumSetTest {
    private static final Shadow SHADOW = new Shadow("java/util/EnumSet");

    enum Small {
        A,
        B,
        C {
            @Override
            public String toString() {
                return "c!";
            }
        },
        D,
        E
    }

    enum Big {
        B0,
        B1,
        B2,
        B3,
        B4,
        B5,
        B6,
        B7,
        B8,
        B9,
        B10,
        B11,
        B12,
        B13,
        B14,
        B15,
        B16,
        B17,
        B18,
        B19,
        B20,
        B21,
        B22,
        B23,
        B24,
        B25,
        B26,
        B27,
        B28,
        B29,
        B30,
        B31,
        B32,
        B33,
        B34,
        B35,
        B36,
        B37,
        B38,
        B39,
        B40,
        B41,
        B42,
        B43,
        B44,
        B45,
        B46,
        B47,
        B48,
        B49,
        B50,
        B51,
        B52,
        B53,
        B54,
        B55,
        B56,
        B57,
        B58,
        B59,
        B60,
        B61,
        B62,
        B63,
        B64,
        B65,
        B66,
        B67,
        B68,
        B69
    }

    private static String outcome(Method m, Object target, Object... args) {
        try {
            return String.valueOf(m.invoke(target, args));
        } catch (InvocationTargetException e) {
            // the JVM's own NullPointerException messages are its helpful ones (JEP 358): left out
            return e.getCause() instanceof NullPointerException
                    ? "NullPointerException"
                    : e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Method method(Class<?> c, String name, Class<?>... types) throws NoSuchMethodException {
        Method m = c.getMethod(name, types);
        m.setAccessible(true);
        return m;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E extends Enum<E>> void drive(Class<E> type, SplittableRandom random) throws Exception {
        Class<?> ours = SHADOW.type("java/util/EnumSet");
        E[] all = type.getEnumConstants();
        for (int run = 0; run < 100; run++) {
            E a = all[random.nextInt(all.length)];
            E b = all[random.nextInt(all.length)];
            Object[] start =
                    switch (random.nextInt(5)) {
                        case 0 ->
                            new Object[] {
                                EnumSet.noneOf(type),
                                method(ours, "noneOf", Class.class).invoke(null, type)
                            };
                        case 1 ->
                            new Object[] {
                                EnumSet.allOf(type),
                                method(ours, "allOf", Class.class).invoke(null, type)
                            };
                        case 2 ->
                            new Object[] {
                                EnumSet.of(a, b),
                                method(ours, "of", Enum.class, Enum.class).invoke(null, a, b)
                            };
                        case 3 -> {
                            String r = outcome(method(EnumSet.class, "range", Enum.class, Enum.class), null, a, b);
                            String o = outcome(method(ours, "range", Enum.class, Enum.class), null, a, b);
                            assertEquals(r, o, "range " + a + " " + b);
                            yield new Object[] {
                                EnumSet.of(b), method(ours, "of", Enum.class).invoke(null, b)
                            };
                        }
                        default ->
                            new Object[] {
                                EnumSet.of(a, all),
                                method(ours, "of", Enum.class, Enum[].class).invoke(null, a, all)
                            };
                    };
            EnumSet<E> jdk = (EnumSet<E>) start[0];
            Collection<Object> mine = (Collection<Object>) start[1];
            for (int step = 0; step < 30; step++) {
                Object e = random.nextInt(12) == 0
                        ? Small.A
                        : random.nextInt(20) == 0 ? null : all[random.nextInt(all.length)];
                String what;
                String expected;
                String actual;
                switch (random.nextInt(8)) {
                    case 0, 1 -> {
                        what = "add " + e;
                        expected = outcome(method(Collection.class, "add", Object.class), jdk, e);
                        actual = outcome(method(Collection.class, "add", Object.class), mine, e);
                    }
                    case 2 -> {
                        what = "remove " + e;
                        expected = "" + jdk.remove(e);
                        actual = "" + mine.remove(e);
                    }
                    case 3 -> {
                        what = "contains " + e;
                        expected = "" + jdk.contains(e);
                        actual = "" + mine.contains(e);
                    }
                    case 4 -> {
                        what = "complementOf";
                        jdk = EnumSet.complementOf(jdk);
                        mine = (Collection<Object>)
                                method(ours, "complementOf", ours).invoke(null, mine);
                        expected = actual = "";
                    }
                    case 5 -> {
                        what = "iterate and remove every other";
                        List<Object> seenJ = new ArrayList<>();
                        List<Object> seenO = new ArrayList<>();
                        int k = 0;
                        for (Iterator<E> i = jdk.iterator(); i.hasNext(); k++) {
                            seenJ.add(i.next());
                            if (k % 2 == 1) {
                                i.remove();
                            }
                        }
                        k = 0;
                        for (Iterator<Object> i = mine.iterator(); i.hasNext(); k++) {
                            seenO.add(i.next());
                            if (k % 2 == 1) {
                                i.remove();
                            }
                        }
                        expected = seenJ.toString();
                        actual = seenO.toString();
                    }
                    case 6 -> {
                        what = "copyOf list";
                        List<E> list = new ArrayList<>(jdk);
                        expected = outcome(method(EnumSet.class, "copyOf", Collection.class), null, list);
                        actual = outcome(method(ours, "copyOf", Collection.class), null, list);
                    }
                    default -> {
                        what = "clone";
                        jdk = jdk.clone();
                        mine = (Collection<Object>) method(ours, "clone").invoke(mine);
                        expected = actual = "";
                    }
                }
                assertEquals(expected, actual, what);
                assertEquals(jdk.toString(), mine.toString(), what);
                assertEquals(jdk.size(), mine.size(), what);
                assertEquals(jdk.hashCode(), mine.hashCode(), what);
                assertEquals(true, jdk.equals(new java.util.HashSet<>(mine)), what);
            }
        }
    }

    @Test
    void smallAndLargeEnumsMatchTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        drive(Small.class, random);
        drive(Big.class, random);
    }
}
