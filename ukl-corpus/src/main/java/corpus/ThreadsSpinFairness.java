package corpus;

/** Threads that never block share the CPU: preemption at safepoints, loops and calls alike. */
public final class ThreadsSpinFairness {
    private ThreadsSpinFairness() {}

    static volatile boolean stop;
    static volatile int started;

    static int recurse(int n) {
        return n == 0 ? 0 : 1 + recurse(n - 1);
    }

    public static void main(String[] args) throws InterruptedException {
        long[] counts = new long[3];
        Thread[] spinners = new Thread[3];
        for (int i = 0; i < spinners.length; i++) {
            int me = i;
            spinners[i] = new Thread(new Runnable() {
                @Override
                public void run() {
                    // a round before it says it started: main stops the spinners as soon as all have
                    counts[me] += me == 2 ? recurse(10) : 1;
                    synchronized (ThreadsSpinFairness.class) {
                        started++;
                    }
                    while (!stop) {
                        counts[me] += me == 2 ? recurse(10) : 1;
                    }
                }
            });
            spinners[i].start();
        }
        // main spins too, without ever blocking, until every spinner has run.
        long rounds = 0;
        while (started < spinners.length) {
            rounds++;
        }
        stop = true;
        for (Thread t : spinners) {
            t.join();
        }
        System.out.println("every spinner ran: " + (counts[0] > 0 && counts[1] > 0 && counts[2] > 0));
        System.out.println("main spun: " + (rounds >= 0));
        Thread yielder = new Thread(new Runnable() {
            @Override
            public void run() {
                for (int i = 0; i < 1000; i++) {
                    Thread.onSpinWait();
                    Thread.yield();
                }
            }
        });
        yielder.start();
        yielder.join();
        System.out.println("yields done");
    }
}
