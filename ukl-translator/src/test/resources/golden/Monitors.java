package golden;

/** Golden input: a synchronized method, a static one, and a synchronized block (javac's handler releases it). */
public final class Monitors {
    private int count;
    private static int total;

    synchronized int increment() {
        return ++count;
    }

    static synchronized void add(int n) {
        total += n;
    }

    int sumUnder(Object lock, int[] values) {
        synchronized (lock) {
            int s = 0;
            for (int v : values) {
                s += v;
            }
            return s;
        }
    }
}
