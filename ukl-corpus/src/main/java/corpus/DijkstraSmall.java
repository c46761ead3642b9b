package corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.PriorityQueue;

/** Dijkstra's shortest paths on a small weighted graph with a PriorityQueue, and the paths themselves. */
public final class DijkstraSmall {
    private DijkstraSmall() {}

    record Edge(int to, int weight) {}

    record Visit(int node, long distance) implements Comparable<Visit> {
        @Override
        public int compareTo(Visit other) {
            int c = Long.compare(distance, other.distance);
            return c != 0 ? c : Integer.compare(node, other.node);
        }
    }

    static final String[] NAMES = {"A", "B", "C", "D", "E", "F", "G", "H"};

    public static void main(String[] args) {
        int n = NAMES.length;
        List<List<Edge>> graph = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            graph.add(new ArrayList<>());
        }
        int[][] edges = {
            {0, 1, 4},
            {0, 2, 1},
            {2, 1, 2},
            {1, 3, 5},
            {2, 3, 8},
            {3, 4, 3},
            {4, 5, 1},
            {3, 5, 6},
            {5, 6, 2},
            {1, 6, 12},
            {6, 4, 1}
        };
        for (int[] e : edges) {
            graph.get(e[0]).add(new Edge(e[1], e[2]));
            graph.get(e[1]).add(new Edge(e[0], e[2]));
        }
        long[] dist = new long[n];
        int[] prev = new int[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(prev, -1);
        dist[0] = 0;
        PriorityQueue<Visit> frontier = new PriorityQueue<>();
        frontier.add(new Visit(0, 0));
        int settled = 0;
        while (!frontier.isEmpty()) {
            Visit v = frontier.poll();
            if (v.distance() > dist[v.node()]) {
                continue;
            }
            settled++;
            System.out.println("settle " + NAMES[v.node()] + " at " + v.distance() + ", frontier " + frontier);
            for (Edge e : graph.get(v.node())) {
                long d = v.distance() + e.weight();
                if (d < dist[e.to()]) {
                    dist[e.to()] = d;
                    prev[e.to()] = v.node();
                    frontier.add(new Visit(e.to(), d));
                }
            }
        }
        System.out.println("settled " + settled);
        for (int i = 0; i < n; i++) {
            if (dist[i] == Long.MAX_VALUE) {
                System.out.println(NAMES[i] + ": unreachable");
                continue;
            }
            LinkedList<String> path = new LinkedList<>();
            for (int at = i; at != -1; at = prev[at]) {
                path.addFirst(NAMES[at]);
            }
            System.out.println(NAMES[i] + ": " + dist[i] + " via " + String.join("->", path));
        }
    }
}
