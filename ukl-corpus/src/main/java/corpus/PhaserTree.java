package corpus;

import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tiered phasers, as the JDK documents them for many parties: a root with four children of four
 * workers each. Every worker adds its share to the phase's sum and waits at its child phaser; the
 * last worker of a child arrives at the root, whose onAdvance (run once per phase, by the thread
 * completing it) checks the sum and ends the computation after six phases. Then a child loses its
 * workers one by one and leaves the root; registering again brings it back. Only totals and
 * phase numbers are printed, which no interleaving changes.
 */
public final class PhaserTree {
    private PhaserTree() {}

    static final int CHILDREN = 4;
    static final int WORKERS = 4;
    static final int PHASES = 6;

    public static void main(String[] args) throws Exception {
        final AtomicInteger sum = new AtomicInteger();
        final StringBuilder log = new StringBuilder();
        final Phaser root = new Phaser() {
            @Override
            protected boolean onAdvance(int phase, int registeredParties) {
                log.append("phase ")
                        .append(phase)
                        .append(": sum ")
                        .append(sum.getAndSet(0))
                        .append(", parties ")
                        .append(registeredParties)
                        .append('\n');
                return phase + 1 >= PHASES || registeredParties == 0;
            }
        };
        Phaser[] children = new Phaser[CHILDREN];
        Thread[] workers = new Thread[CHILDREN * WORKERS];
        for (int c = 0; c < CHILDREN; c++) {
            final Phaser child = new Phaser(root, WORKERS);
            children[c] = child;
            for (int w = 0; w < WORKERS; w++) {
                final int id = c * WORKERS + w;
                workers[id] = new Thread(new Runnable() {
                    @Override
                    public void run() {
                        while (!child.isTerminated()) {
                            int phase = child.getPhase();
                            sum.addAndGet(phase * 100 + id);
                            child.arriveAndAwaitAdvance();
                        }
                    }
                });
            }
        }
        System.out.println("root parties " + root.getRegisteredParties() + ", child parties "
                + children[0].getRegisteredParties() + ", parent is the root " + (children[1].getParent() == root)
                + ", root of a child " + (children[2].getRoot() == root));
        for (Thread t : workers) {
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.print(log);
        System.out.println("terminated " + root.isTerminated() + " " + children[3].isTerminated() + ", phase "
                + root.getPhase() + " " + children[0].getPhase());

        Phaser top = new Phaser(1);
        Phaser left = new Phaser(top, 2);
        Phaser right = new Phaser(top);
        System.out.println("top " + counts(top) + ", left " + counts(left) + ", right " + counts(right));
        System.out.println("left arrives: " + left.arrive() + ", left " + counts(left) + ", top " + counts(top));
        System.out.println("left arrives: " + left.arrive() + ", left " + counts(left) + ", top " + counts(top));
        System.out.println("top arrives: " + top.arrive() + ", phase " + top.getPhase() + ", left " + counts(left));
        System.out.println("right registers: " + right.register() + ", top " + counts(top));
        System.out.println("left leaves: " + left.arriveAndDeregister() + " " + left.arriveAndDeregister() + ", left "
                + counts(left) + ", top " + counts(top));
        System.out.println(
                "left registers again: " + left.bulkRegister(3) + ", left " + counts(left) + ", top " + counts(top));
        try {
            right.arrive();
            right.arrive();
        } catch (IllegalStateException e) {
            System.out.println("right arrives twice: " + e.getMessage().replaceAll("for .*\\[", "for ["));
        }
        System.out.println(
                "awaitAdvance of a past phase: " + left.awaitAdvance(0) + ", of a future one " + left.awaitAdvance(7));
        top.forceTermination();
        System.out.println("forced: " + left.isTerminated() + " " + left.getPhase() + ", register " + left.register()
                + ", arrive " + right.arrive());
    }

    static String counts(Phaser p) {
        return "[phase " + p.getPhase() + ", parties " + p.getRegisteredParties() + ", arrived " + p.getArrivedParties()
                + ", unarrived " + p.getUnarrivedParties() + "]";
    }
}
