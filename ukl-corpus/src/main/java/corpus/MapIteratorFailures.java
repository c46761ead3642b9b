package corpus;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** Fail-fast iterators of maps and sets: modification during iteration and misuse of Iterator.remove. */
public final class MapIteratorFailures {
    private MapIteratorFailures() {}

    public static void main(String[] args) {
        List<Map<String, Integer>> maps = List.of(new HashMap<>(), new LinkedHashMap<>(), new TreeMap<>());
        for (Map<String, Integer> m : maps) {
            for (int i = 0; i < 10; i++) {
                m.put("k" + i, i);
            }
            try {
                for (String k : m.keySet()) {
                    if (k.equals("k5")) {
                        m.put("k99", 99);
                    }
                }
                System.out.println("no failure");
            } catch (ConcurrentModificationException e) {
                System.out.println("put during iteration: " + e.getClass().getSimpleName());
            }
            for (String k : m.keySet()) {
                m.put(k, -1);
            }
            System.out.println("replacing values is fine: " + m.values());
            Iterator<String> it = m.keySet().iterator();
            try {
                it.remove();
            } catch (IllegalStateException e) {
                System.out.println("remove before next: IllegalStateException");
            }
            it.next();
            it.remove();
            try {
                it.remove();
            } catch (IllegalStateException e) {
                System.out.println("remove twice: IllegalStateException");
            }
            while (it.hasNext()) {
                it.next();
            }
            try {
                it.next();
            } catch (NoSuchElementException e) {
                System.out.println("next past the end: NoSuchElementException " + m.size());
            }
            try {
                m.forEach((k, v) -> m.remove("k3"));
            } catch (ConcurrentModificationException e) {
                System.out.println("remove in forEach: ConcurrentModificationException " + m.containsKey("k3"));
            }
            try {
                m.computeIfAbsent("new", k -> m.put("other", 1));
                System.out.println("computeIfAbsent tolerated " + m.size());
            } catch (ConcurrentModificationException e) {
                System.out.println("modification in computeIfAbsent: ConcurrentModificationException");
            }
        }
    }
}
