package corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A discrete-event scheduler: tasks run in order of time, then priority, then submission; some
 * tasks schedule follow-ups. Also prints the queue's internal (heap) order, which the JDK fixes.
 */
public final class PriorityQueueScheduler {
    private PriorityQueueScheduler() {}

    record Task(long time, int priority, int seq, String name, int repeats) {}

    public static void main(String[] args) {
        Comparator<Task> order = Comparator.comparingLong(Task::time)
                .thenComparing(Comparator.comparingInt(Task::priority).reversed())
                .thenComparingInt(Task::seq);
        PriorityQueue<Task> queue = new PriorityQueue<>(order);
        String[] names = {"backup", "email", "compile", "deploy", "report", "cleanup", "index"};
        int seq = 0;
        for (int i = 0; i < names.length; i++) {
            queue.add(new Task((i * 37L) % 50, i % 3, seq++, names[i], i % 2 == 0 ? 2 : 0));
        }
        List<String> heapOrder = new ArrayList<>();
        for (Task t : queue) {
            heapOrder.add(t.name());
        }
        System.out.println("heap order: " + heapOrder);
        System.out.println("first: " + queue.peek());
        long clock = 0;
        int ran = 0;
        while (!queue.isEmpty()) {
            Task t = queue.poll();
            clock = Math.max(clock, t.time());
            ran++;
            System.out.printf(
                    "t=%3d  p%d  %-8s (seq %d, %d waiting)%n", clock, t.priority(), t.name(), t.seq(), queue.size());
            if (t.repeats() > 0) {
                queue.offer(new Task(clock + 15, t.priority() + 1, seq++, t.name() + "'", t.repeats() - 1));
            }
            if (t.name().equals("deploy")) {
                boolean removed = queue.removeIf(x -> x.name().startsWith("report"));
                System.out.println("  deploy cancels reports: " + removed);
            }
        }
        System.out.println("ran " + ran + " tasks, finished at t=" + clock);

        PriorityQueue<Integer> numbers = new PriorityQueue<>(List.of(9, 4, 7, 1, 8, 2, 6, 3, 5));
        System.out.println("heapified: " + numbers);
        numbers.remove(4);
        System.out.println("after remove(4): " + numbers + " contains 7: " + numbers.contains(7));
        StringBuilder drained = new StringBuilder();
        while (numbers.size() > 0) {
            drained.append(numbers.remove()).append(' ');
        }
        System.out.println("drained: " + drained.toString().trim());
        PriorityQueue<String> maxFirst = new PriorityQueue<>(Comparator.reverseOrder());
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) {
            maxFirst.add(s);
        }
        System.out.println("max-heap: " + maxFirst + " top " + maxFirst.element());
    }
}
