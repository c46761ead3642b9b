package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The selector's array-backed key set against a {@link HashSet} of the same keys, driven by random
 * insertions, removals, clears and iterations that remove as they go (the usual selected-key loop):
 * the same members after every step, every member visited exactly once per iteration.
 */
class PollKeySetTest {
    private static final Shadow SHADOW = NetSocketsTest.SHADOW;

    @SuppressWarnings("unchecked")
    @Test
    void behavesAsAHashSetUnderRandomOperations() throws Throwable {
        Constructor<?> keyConstructor = SHADOW.type("java/nio/channels/PollKey").getDeclaredConstructors()[0];
        keyConstructor.setAccessible(true);
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(keyConstructor.newInstance(null, null));
        }
        SplittableRandom random = new SplittableRandom(9);
        for (int round = 0; round < 50; round++) {
            Set<Object> set = (Set<Object>) Shadow.construct(SHADOW.type("java/nio/channels/PollKeySet"), true);
            Set<Object> model = new HashSet<>();
            for (int step = 0; step < 400; step++) {
                Object k = keys.get(random.nextInt(keys.size()));
                switch (random.nextInt(10)) {
                    case 0, 1, 2, 3 -> {
                        Shadow.invoke(set, "insert", k);
                        model.add(k);
                    }
                    case 4, 5 -> assertEquals(model.remove(k), set.remove(k));
                    case 6 -> assertEquals(model.contains(k), set.contains(k));
                    case 7 -> {
                        if (random.nextInt(8) == 0) {
                            set.clear();
                            model.clear();
                        }
                    }
                    default -> iterateRemoving(set, model, random);
                }
                assertEquals(model, new HashSet<>(set), "after step " + step + " of round " + round);
                assertEquals(model.size(), set.size());
            }
            assertThrows(UnsupportedOperationException.class, () -> set.add(keys.get(0)));
        }
    }

    private static void iterateRemoving(Set<Object> set, Set<Object> model, SplittableRandom random) {
        List<Object> seen = new ArrayList<>();
        for (Iterator<Object> it = set.iterator(); it.hasNext(); ) {
            Object k = it.next();
            seen.add(k);
            if (random.nextBoolean()) {
                it.remove();
                model.remove(k);
                assertThrows(IllegalStateException.class, it::remove);
            }
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "a key visited twice");
    }
}
