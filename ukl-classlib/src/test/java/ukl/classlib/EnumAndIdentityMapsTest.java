package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * EnumMap and IdentityHashMap against the JDK's under the same random operations: every result,
 * exception, toString, hashCode and equality. On the JVM identity hashes are the same for both, so
 * IdentityHashMap's iteration order (its table layout, growth and deletion) must be the JDK's too
 * (for keys other than null, which stands for a private object of each implementation).
 */
class EnumAndIdentityMapsTest {
    private static final Shadow SHADOW = new Shadow("java/util/EnumMap", "java/util/IdentityHashMap");

    enum Color {
        RED,
        GREEN {
            @Override
            public String toString() {
                return "green!";
            }
        },
        BLUE,
        CYAN,
        MAGENTA,
        YELLOW
    }

    enum Other {
        X
    }

    static String outcome(Callable<?> call) {
        try {
            return String.valueOf(call.call());
        } catch (NullPointerException e) {
            // the JVM's own NullPointerException messages are its helpful ones (JEP 358): left out
            return "NullPointerException";
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T ours(String simpleName, Class<?>[] types, Object... args) throws Exception {
        var c = SHADOW.loadClass("shadow." + simpleName).getDeclaredConstructor(types);
        try {
            return (T) c.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Applies one random operation to both maps and returns what each answered. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void step(Map jdk, Map mine, Object key, Object value, int op, String[] answers) throws Exception {
        Map[] maps = {jdk, mine};
        for (int m = 0; m < 2; m++) {
            Map map = maps[m];
            answers[m] = switch (op) {
                case 0, 1, 2 -> outcome(() -> map.put(key, value));
                case 3 -> outcome(() -> map.remove(key));
                case 4 -> outcome(() -> map.get(key) + " " + map.containsKey(key) + " " + map.containsValue(value));
                case 5 -> outcome(() -> map.getOrDefault(key, "dflt") + " " + map.putIfAbsent(key, value));
                case 6 -> {
                    List<Object> seen = new ArrayList<>();
                    int k = 0;
                    for (Iterator<Map.Entry> i = map.entrySet().iterator(); i.hasNext(); k++) {
                        Map.Entry e = i.next();
                        seen.add(e.toString());
                        if (k % 3 == 1) {
                            i.remove();
                        } else if (k % 3 == 2) {
                            e.setValue(value);
                        }
                    }
                    yield seen.toString();
                }
                case 7 ->
                    outcome(() -> map.keySet() + " " + map.values() + " "
                            + map.keySet().remove(key));
                case 8 -> outcome(() -> map.entrySet().contains(Map.entry(key, value == null ? "" : value)));
                default -> {
                    if (op == 9 && map.size() > 5) {
                        map.clear();
                    }
                    yield outcome(() -> map.values().remove(value) + " " + map.isEmpty());
                }
            };
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void enumMapMatchesTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        Color[] all = Color.values();
        for (int run = 0; run < 60; run++) {
            Map jdk = new EnumMap<>(Color.class);
            Map mine = ours("EnumMap", new Class<?>[] {Class.class}, Color.class);
            for (int step = 0; step < 60; step++) {
                Object key = random.nextInt(15) == 0
                        ? Other.X
                        : random.nextInt(15) == 0 ? null : all[random.nextInt(all.length)];
                Object value = random.nextInt(6) == 0 ? null : "v" + random.nextInt(4);
                int op = random.nextInt(11);
                String[] answers = new String[2];
                step(jdk, mine, key, value, op, answers);
                String what = "op " + op + " key " + key + " value " + value;
                assertEquals(answers[0], answers[1], what);
                assertEquals(jdk.toString(), mine.toString(), what);
                assertEquals(jdk.hashCode(), mine.hashCode(), what);
                assertEquals(jdk.size(), mine.size(), what);
                assertEquals(true, mine.equals(jdk), what);
                assertEquals(true, mine.equals(new HashMap<>(jdk)), what);
                if (random.nextInt(10) == 0) {
                    jdk = new EnumMap<>(jdk);
                    mine = random.nextBoolean() || jdk.isEmpty()
                            ? (Map) mine.getClass().getMethod("clone").invoke(mine)
                            : ours("EnumMap", new Class<?>[] {Map.class}, new HashMap<>(jdk));
                }
            }
        }
        String emptyCopy = outcome(() -> new EnumMap<Color, String>(new HashMap<>()));
        assertEquals(emptyCopy, outcome(() -> ours("EnumMap", new Class<?>[] {Map.class}, new HashMap<>())));
        Map<Other, String> otherJdk = new EnumMap<>(Other.class);
        Map<Other, String> otherMine = ours("EnumMap", new Class<?>[] {Class.class}, Other.class);
        Map<Color, String> colors = ours("EnumMap", new Class<?>[] {Class.class}, Color.class);
        assertEquals(new EnumMap<>(Color.class).equals(otherJdk), colors.equals(otherMine));
        otherMine.put(Other.X, "x");
        assertEquals(
                outcome(() -> {
                    new EnumMap<Color, String>(Color.class).putAll((Map) new EnumMap<>(Map.of(Other.X, "x")));
                    return "";
                }),
                outcome(() -> {
                    colors.putAll((Map) otherMine);
                    return "";
                }));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void identityHashMapMatchesTheJdkIncludingOrder() throws Exception {
        SplittableRandom random = new SplittableRandom(12);
        Object[] keys = new Object[90];
        for (int i = 0; i < keys.length; i++) {
            // equal but distinct strings: equality must not be what finds them
            keys[i] = i % 3 == 0 ? new String("k" + i / 3) : Integer.valueOf(i * 1000);
        }
        for (int run = 0; run < 40; run++) {
            int expected = random.nextInt(4) == 0 ? random.nextInt(40) : -1;
            Map jdk = expected < 0 ? new IdentityHashMap<>() : new IdentityHashMap<>(expected);
            Map mine = expected < 0
                    ? ours("IdentityHashMap", new Class<?>[0])
                    : ours("IdentityHashMap", new Class<?>[] {int.class}, expected);
            for (int step = 0; step < 300; step++) {
                // no null key: it stands for a private object whose identity hash places it
                Object key = keys[random.nextInt(keys.length)];
                Object value = random.nextInt(6) == 0 ? null : keys[random.nextInt(6)];
                int op = random.nextInt(4) == 0 ? random.nextInt(11) : random.nextInt(3);
                String[] answers = new String[2];
                step(jdk, mine, key, value, op, answers);
                String what = "op " + op + " key " + key + " value " + value;
                assertEquals(answers[0], answers[1], what);
                assertEquals(jdk.toString(), mine.toString(), what);
                assertEquals(jdk.hashCode(), mine.hashCode(), what);
                assertEquals(jdk.size(), mine.size(), what);
                assertEquals(jdk.equals(new HashMap<>(jdk)), mine.equals(new HashMap<>(jdk)), what);
                if (random.nextInt(30) == 0) {
                    Map source = jdk;
                    jdk = new IdentityHashMap<>(source);
                    mine = ours("IdentityHashMap", new Class<?>[] {Map.class}, source);
                    assertEquals(jdk.toString(), mine.toString(), what);
                }
            }
        }
        assertEquals(
                outcome(() -> new IdentityHashMap<>(-1)),
                outcome(() -> ours("IdentityHashMap", new Class<?>[] {int.class}, -1)));
        Map<String, String> one = ours("IdentityHashMap", new Class<?>[0]);
        one.put(null, "n");
        assertEquals("{null=n} true n", one + " " + one.containsKey(null) + " " + one.remove(null));
        one.put("a", null);
        assertEquals("{a=null} true false", one + " " + one.containsKey("a") + " " + one.containsKey(null));
    }
}
