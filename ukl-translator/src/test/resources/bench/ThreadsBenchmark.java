package bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Not differential (its output is timings): the cost of a thread switch, as a ping-pong between
 * two threads over park/unpark and over wait/notify, and of an uncontended synchronized block.
 * Prints one line per figure, "name: N ns".
 */
public final class ThreadsBenchmark {
    private ThreadsBenchmark() {}

    static volatile int turn;
    static int counter;

    static final class Ponger extends Thread {
        final int rounds;
        volatile Thread pinger;

        Ponger(int rounds) {
            this.rounds = rounds;
        }

        @Override
        public void run() {
            for (int i = 0; i < rounds; i++) {
                while (turn != 1) {
                    LockSupport.park();
                }
                turn = 0;
                LockSupport.unpark(pinger);
            }
        }
    }

    static long parkPingPong(int rounds) throws InterruptedException {
        Ponger p = new Ponger(rounds);
        p.pinger = Thread.currentThread();
        turn = 0;
        p.start();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            turn = 1;
            LockSupport.unpark(p);
            while (turn != 0) {
                LockSupport.park();
            }
        }
        long elapsed = System.nanoTime() - start;
        p.join();
        return elapsed / (2L * rounds); // two switches per round
    }

    static long monitorPingPong(int rounds) throws InterruptedException {
        Object lock = new Object();
        int[] state = new int[1];
        Thread other = new Thread() {
            @Override
            public void run() {
                synchronized (lock) {
                    for (int i = 0; i < rounds; i++) {
                        while (state[0] != 1) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        state[0] = 0;
                        lock.notify();
                    }
                }
            }
        };
        other.start();
        long start = System.nanoTime();
        synchronized (lock) {
            for (int i = 0; i < rounds; i++) {
                state[0] = 1;
                lock.notify();
                while (state[0] != 0) {
                    lock.wait();
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        other.join();
        return elapsed / (2L * rounds);
    }

    static long uncontended(int n) {
        Object lock = new Object();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            synchronized (lock) {
                counter++;
            }
        }
        long withLock = System.nanoTime() - start;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            counter++;
        }
        long without = System.nanoTime() - start;
        return Math.max(0, withLock - without) * 1000 / n; // picoseconds per enter+exit
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        parkPingPong(1000);
        System.out.println("park/unpark switch: " + parkPingPong(rounds) + " ns");
        monitorPingPong(1000);
        System.out.println("wait/notify switch: " + monitorPingPong(rounds) + " ns");
        uncontended(1_000_000);
        System.out.println("uncontended synchronized: " + uncontended(10_000_000) + " ps");
    }
}
