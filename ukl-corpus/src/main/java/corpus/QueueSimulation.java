package corpus;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.Random;

/** A bank with two tellers and one waiting line, driven by a seeded Random. */
public final class QueueSimulation {
    private QueueSimulation() {}

    record Customer(int id, int arrival, int service) {}

    public static void main(String[] args) {
        Random random = new Random(2024);
        Queue<Customer> line = new ArrayDeque<>();
        Customer[] tellers = new Customer[2];
        int[] busyUntil = new int[2];
        int nextId = 1;
        long totalWait = 0;
        int served = 0;
        int longestLine = 0;
        for (int minute = 0; minute < 60; minute++) {
            if (random.nextInt(10) < 6) {
                line.add(new Customer(nextId++, minute, 1 + random.nextInt(6)));
            }
            for (int t = 0; t < tellers.length; t++) {
                if (tellers[t] != null && busyUntil[t] <= minute) {
                    System.out.printf("%02d: teller %d done with #%d%n", minute, t, tellers[t].id());
                    tellers[t] = null;
                }
                if (tellers[t] == null && !line.isEmpty()) {
                    Customer c = line.remove();
                    tellers[t] = c;
                    busyUntil[t] = minute + c.service();
                    totalWait += minute - c.arrival();
                    served++;
                    System.out.printf(
                            "%02d: teller %d takes #%d (waited %d, needs %d)%n",
                            minute, t, c.id(), minute - c.arrival(), c.service());
                }
            }
            longestLine = Math.max(longestLine, line.size());
        }
        System.out.println("served " + served + " of " + (nextId - 1) + ", still waiting " + line.size());
        System.out.println("next in line: " + line.peek());
        System.out.printf("average wait %.2f minutes, longest line %d%n", (double) totalWait / served, longestLine);
    }
}
