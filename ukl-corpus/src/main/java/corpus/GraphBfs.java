package corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Breadth-first search and connected components over an adjacency map of a small road network. */
public final class GraphBfs {
    private GraphBfs() {}

    public static void main(String[] args) {
        String[] roads = {
            "Amsterdam-Utrecht",
            "Utrecht-Arnhem",
            "Amsterdam-Haarlem",
            "Haarlem-Leiden",
            "Leiden-DenHaag",
            "DenHaag-Rotterdam",
            "Rotterdam-Utrecht",
            "Arnhem-Nijmegen",
            "Groningen-Assen",
            "Assen-Zwolle",
            "Maastricht-Heerlen"
        };
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String road : roads) {
            String[] ends = road.split("-");
            graph.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
            graph.computeIfAbsent(ends[1], k -> new TreeSet<>()).add(ends[0]);
        }
        System.out.println(graph);
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("Amsterdam");
        distance.put("Amsterdam", 0);
        parent.put("Amsterdam", null);
        while (!queue.isEmpty()) {
            String city = queue.poll();
            for (String next : graph.get(city)) {
                if (!distance.containsKey(next)) {
                    distance.put(next, distance.get(city) + 1);
                    parent.put(next, city);
                    queue.add(next);
                }
            }
        }
        System.out.println("visit order: " + parent.keySet());
        System.out.println("distances: " + distance);
        System.out.println(
                "path to Nijmegen: " + path(parent, "Nijmegen") + ", to Rotterdam: " + path(parent, "Rotterdam"));
        Set<String> seen = new HashSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (seen.add(start)) {
                Set<String> component = new TreeSet<>();
                Deque<String> stack = new ArrayDeque<>();
                stack.push(start);
                while (!stack.isEmpty()) {
                    String c = stack.pop();
                    component.add(c);
                    for (String n : graph.get(c)) {
                        if (seen.add(n)) {
                            stack.push(n);
                        }
                    }
                }
                components.add(component);
            }
        }
        System.out.println(components.size() + " components: " + components);
    }

    private static List<String> path(Map<String, String> parent, String to) {
        List<String> path = new ArrayList<>();
        for (String c = to; c != null; c = parent.get(c)) {
            path.add(0, c);
        }
        return path;
    }
}
