package corpus;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** java.util maps: put/get/remove, views, equality, hash codes and string forms across implementations. */
public final class MapsBasics {
    private MapsBasics() {}

    public static void main(String[] args) {
        Map<String, Integer> ages = new HashMap<>();
        System.out.println(ages + " " + ages.isEmpty() + " " + ages.size());
        System.out.println(ages.put("alice", 31) + " " + ages.put("bob", 27) + " " + ages.put("alice", 32));
        ages.put("carol", 45);
        ages.put(null, 0);
        ages.put("dave", null);
        System.out.println(ages + " " + ages.size());
        System.out.println(
                ages.get("alice") + " " + ages.get("zoe") + " " + ages.get(null) + " " + ages.containsKey("dave") + " "
                        + ages.get("dave") + " " + ages.containsValue(45) + " " + ages.containsValue(99));
        System.out.println(ages.remove(null) + " " + ages.remove("nobody") + " " + ages.remove("dave") + " " + ages);
        Set<String> keys = ages.keySet();
        Collection<Integer> values = ages.values();
        Set<Map.Entry<String, Integer>> entries = ages.entrySet();
        System.out.println(
                keys + " " + values + " " + entries + " " + keys.contains("bob") + " " + values.contains(27));
        int total = 0;
        for (int v : values) {
            total += v;
        }
        System.out.println("total " + total);
        for (Map.Entry<String, Integer> e : entries) {
            e.setValue(e.getValue() + 1);
        }
        keys.remove("bob");
        System.out.println(ages);
        Map<String, Integer> linked = new LinkedHashMap<>();
        Map<String, Integer> tree = new TreeMap<>();
        for (String name : "zulu yankee xray alpha bravo charlie".split(" ")) {
            linked.put(name, name.length());
            tree.put(name, name.length());
            ages.put(name, name.length());
        }
        System.out.println(linked);
        System.out.println(tree);
        System.out.println(ages);
        Map<String, Integer> copy = new HashMap<>(linked);
        System.out.println(copy.equals(linked) + " " + linked.equals(tree) + " " + tree.equals(copy) + " "
                + (copy.hashCode() == tree.hashCode()) + " " + copy.hashCode() + " " + copy.equals(ages));
        Iterator<Map.Entry<String, Integer>> it = copy.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() > 5) {
                it.remove();
            }
        }
        System.out.println(copy + " " + copy.size());
        Map.Entry<String, Integer> pair = new AbstractMap.SimpleEntry<>("k", 1);
        Map.Entry<String, Integer> fixed = Map.entry("k", 1);
        System.out.println(
                pair + " " + fixed + " " + pair.equals(fixed) + " " + pair.hashCode() + " " + fixed.hashCode());
        Map<String, Integer> small = Map.of("one", 1, "two", 2);
        System.out.println(small.get("two") + " " + small.size() + " " + small.containsKey("three") + " "
                + small.equals(Map.of("two", 2, "one", 1)) + " " + small.hashCode());
        try {
            small.put("three", 3);
        } catch (UnsupportedOperationException e) {
            System.out.println("Map.of is unmodifiable");
        }
        try {
            Map.of("a", 1, "a", 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Map<Object, Object> self = new HashMap<>();
        self.put("me", self);
        System.out.println(self);
        copy.clear();
        System.out.println(copy + " " + copy.isEmpty() + " " + Map.copyOf(tree).size());
    }
}
