package corpus;

import java.util.Arrays;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A phased computation: four workers smooth an array in place, each phase reading the previous
 * phase's copy, meeting at a Phaser whose onAdvance (run once per phase by the last to arrive)
 * swaps the copies and ends the computation after a fixed number of phases. Then the Phaser's
 * rules on one thread: registration, arrival, deregistration, termination and their return values.
 */
public final class PhasedComputation {
    private PhasedComputation() {}

    static long[] current;
    static long[] next;

    public static void main(String[] args) throws Exception {
        int workers = 4;
        int phases = 6;
        current = new long[32];
        next = new long[32];
        for (int i = 0; i < current.length; i++) {
            current[i] = (i * 37L) % 11;
        }
        StringBuilder log = new StringBuilder();
        Phaser phaser = new Phaser(workers) {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                long[] t = current;
                current = next;
                next = t;
                log.append(phase)
                        .append(':')
                        .append(Arrays.stream(current).sum())
                        .append(' ');
                return phase + 1 >= phases || registeredParties == 0;
            }
        };
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int from = w * 8;
            threads[w] = new Thread(() -> {
                while (!phaser.isTerminated()) {
                    for (int i = from; i < from + 8; i++) {
                        long left = current[(i + 31) % 32];
                        long right = current[(i + 1) % 32];
                        next[i] = left + current[i] * 2 + right;
                    }
                    phaser.arriveAndAwaitAdvance();
                }
            });
            threads[w].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("phases: " + log.toString().trim());
        System.out.println("result: " + Arrays.toString(current));
        System.out.println("terminated " + phaser.isTerminated() + ", phase " + phaser.getPhase());

        Phaser p = new Phaser(1);
        System.out.println(describe(p));
        System.out.println("arriveAndAwaitAdvance " + p.arriveAndAwaitAdvance() + " " + describe(p));
        System.out.println("register " + p.register() + ", arrive " + p.arrive() + " " + describe(p));
        System.out.println("awaitAdvance(other phase) " + p.awaitAdvance(7) + ", negative " + p.awaitAdvance(-3));
        System.out.println("arriveAndDeregister " + p.arriveAndDeregister() + " " + describe(p));
        System.out.println("arriveAndDeregister " + p.arriveAndDeregister() + " " + describe(p));
        System.out.println("after termination: arrive " + p.arrive() + ", register " + p.register());
        Phaser empty = new Phaser();
        try {
            empty.arrive();
        } catch (IllegalStateException e) {
            System.out.println("arrive unregistered: "
                    + e.getMessage().startsWith("Attempted arrival of unregistered party for "));
        }
        try {
            new Phaser(65536);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("bulkRegister " + empty.bulkRegister(3) + " " + describe(empty));
        try {
            empty.awaitAdvanceInterruptibly(0, 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed out waiting for phase 0");
        }
        empty.forceTermination();
        System.out.println("forced " + describe(empty));
    }

    private static String describe(Phaser p) {
        return "[phase " + p.getPhase() + ", parties " + p.getRegisteredParties() + ", arrived "
                + p.getArrivedParties() + ", unarrived " + p.getUnarrivedParties() + ", terminated "
                + p.isTerminated() + "]";
    }
}
