package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import org.junit.jupiter.api.Test;

/**
 * Our WeakHashMap against the JDK's on the JVM (renamed by Shadow, over the JDK's own
 * WeakReference and ReferenceQueue): the same random operations on strongly held keys give the
 * same results and iteration order (so the same table layout); and once keys are dropped, a
 * collection empties both. The collector side is tested in the image (corpus.GcWeakHashMap).
 */
class WeakHashMapTest {
    private static final Shadow SHADOW =
            new Shadow("java/util/WeakHashMap", "java/util/AbstractMap", "java/util/AbstractSet");

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> ours() {
        try {
            var c = SHADOW.loadClass("shadow.WeakHashMap").getDeclaredConstructor();
            return (Map<String, Integer>) c.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> copyOf(Map<String, Integer> m) {
        try {
            var c = SHADOW.loadClass("shadow.WeakHashMap").getDeclaredConstructor(Map.class);
            return (Map<String, Integer>) c.newInstance(m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void randomOperationsMatchTheJdk() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 40; round++) {
            Map<String, Integer> mine = ours();
            Map<String, Integer> jdk = new WeakHashMap<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                keys.add("k" + random.nextInt(300)); // held strongly for the whole round
            }
            for (int op = 0; op < 400; op++) {
                String k = keys.get(random.nextInt(keys.size()));
                int v = random.nextInt(1000);
                int kind = random.nextInt(7);
                String step = "round " + round + " op " + op + " kind " + kind + " key " + k;
                switch (kind) {
                    case 0, 1, 2 -> assertEquals(jdk.put(k, v), mine.put(k, v), step);
                    case 3 -> assertEquals(jdk.remove(k), mine.remove(k), step);
                    case 4 -> assertEquals(jdk.get(k), mine.get(k), step);
                    case 5 -> assertEquals(jdk.containsValue(v), mine.containsValue(v), step);
                    default -> {
                        Iterator<Map.Entry<String, Integer>> a = jdk.entrySet().iterator();
                        Iterator<Map.Entry<String, Integer>> b = mine.entrySet().iterator();
                        while (a.hasNext()) {
                            Map.Entry<String, Integer> x = a.next(), y = b.next();
                            assertEquals(x.toString(), y.toString(), step);
                            if (x.getValue() % 5 == 0) {
                                a.remove();
                                b.remove();
                            }
                        }
                        assertEquals(a.hasNext(), b.hasNext(), step);
                    }
                }
                assertEquals(jdk.size(), mine.size(), step);
                assertEquals(jdk.toString(), mine.toString(), step);
            }
            assertEquals(jdk.toString(), mine.toString());
            assertEquals(jdk.keySet().toString(), mine.keySet().toString());
            assertEquals(jdk.hashCode(), mine.hashCode());
            assertEquals(jdk, mine);
            Map<String, Integer> copy = copyOf(mine);
            assertEquals(new WeakHashMap<>(jdk).toString(), copy.toString());
            Map<String, Integer> grown = ours();
            grown.put("first", 1);
            grown.putAll(jdk);
            Map<String, Integer> jdkGrown = new WeakHashMap<>();
            jdkGrown.put("first", 1);
            jdkGrown.putAll(jdk);
            assertEquals(jdkGrown.toString(), grown.toString());
        }
    }

    @Test
    void droppedKeysLeaveAfterACollection() throws InterruptedException {
        Map<String, Integer> mine = ours();
        List<String> held = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String k = new String("key" + i);
            mine.put(k, i);
            if (i % 4 == 0) {
                held.add(k);
            }
        }
        for (int i = 0; i < 50 && mine.size() != held.size(); i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(held.size(), mine.size());
        for (String k : held) {
            assertTrue(mine.containsKey(k), k);
        }
    }
}
