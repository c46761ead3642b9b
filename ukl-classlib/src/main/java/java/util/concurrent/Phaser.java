package java.util.concurrent;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A reusable barrier with a changing number of parties, as the JDK's: each phase ends when every
 * registered party has arrived, {@link #onAdvance} decides whether the phaser then terminates,
 * and the phase number counts up modulo 2^31. The JDK packs phase, parties and unarrived parties
 * into one long changed by compare-and-swap; here they are fields under one lock, held also while
 * {@code onAdvance} runs, so that registering during an advance waits for it, as the JDK's does.
 * What a program sees is the JDK's: return values (a terminated phaser's phase is negative, its
 * phase plus Integer.MIN_VALUE), exceptions and their messages, toString.
 *
 * <p>Tiering, as the JDK's: a phaser with a parent counts as one party of the parent while it
 * has parties of its own; when its last party arrives it arrives at the parent (deregisters from
 * it, when its last party deregistered), and its first registration registers it with the parent.
 * The phase and termination belong to the root: a child's counts follow the root's phase lazily
 * (reset to its parties when it first looks after the root advanced), only the root's
 * {@code onAdvance} runs, and every phaser of a tree waits on the root. The whole tree shares the
 * root's lock.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;

    private final Phaser parent;
    private final Phaser root;
    /** The root's lock and condition, shared by the tree. */
    private final ReentrantLock lock;

    private final Condition advanced;
    /** The root's phase; a child's: the phase its counts belong to ({@link #reconcile}). */
    private int phase;
    /** Only the root's is used. */
    private boolean terminated;

    private int parties;
    private int unarrived;

    public Phaser() {
        this(null, 0);
    }

    public Phaser(int parties) {
        this(null, parties);
    }

    public Phaser(Phaser parent) {
        this(parent, 0);
    }

    public Phaser(Phaser parent, int parties) {
        if (parties < 0 || parties > MAX_PARTIES) {
            throw new IllegalArgumentException("Illegal number of parties");
        }
        this.parent = parent;
        if (parent == null) {
            this.root = this;
            this.lock = new ReentrantLock();
            this.advanced = lock.newCondition();
        } else {
            this.root = parent.root;
            this.lock = root.lock;
            this.advanced = root.advanced;
            if (parties != 0) {
                lock.lock();
                try {
                    this.phase = parent.doRegister(1);
                } finally {
                    lock.unlock();
                }
            }
        }
        this.parties = parties;
        this.unarrived = parties;
    }

    /** A child's counts after the root advanced: the root's phase, every party unarrived (the JDK's reconcileState). */
    private void reconcile() {
        if (root != this && phase != root.phase) {
            phase = root.phase;
            if (!root.terminated) {
                unarrived = parties;
            }
        }
    }

    /** The phase as the JDK reports it: the root's, negative once terminated. Caller holds the lock. */
    private int reported() {
        return root.terminated ? root.phase | Integer.MIN_VALUE : root.phase;
    }

    public int register() {
        return bulkRegister(1);
    }

    public int bulkRegister(int parties) {
        if (parties < 0) {
            throw new IllegalArgumentException();
        }
        lock.lock();
        try {
            return parties == 0 ? reported() : doRegister(parties);
        } finally {
            lock.unlock();
        }
    }

    /** Registers {@code n} (positive) parties; caller holds the lock. */
    private int doRegister(int n) {
        reconcile();
        if (n > MAX_PARTIES - parties) {
            throw new IllegalStateException("Attempt to register more than " + MAX_PARTIES + " parties for " + this);
        }
        if (root.terminated) {
            return reported();
        }
        if (parties == 0 && parent != null) {
            int p = parent.doRegister(1); // its first party makes a child a party of its parent
            if (p < 0) {
                return p;
            }
            phase = p;
        } else {
            while (parties != 0 && unarrived == 0 && !root.terminated) {
                advanced.awaitUninterruptibly(); // every party arrived: the parent's phase has yet to end
                reconcile();
            }
            if (root.terminated) {
                return reported();
            }
        }
        this.parties += n;
        this.unarrived += n;
        return phase;
    }

    public int arrive() {
        lock.lock();
        try {
            return doArrive(false);
        } finally {
            lock.unlock();
        }
    }

    public int arriveAndDeregister() {
        lock.lock();
        try {
            return doArrive(true);
        } finally {
            lock.unlock();
        }
    }

    /** One party arrives (and leaves); the arrival's phase. Caller holds the lock. */
    private int doArrive(boolean deregister) {
        int arrival = arrival();
        if (arrival < 0) {
            return arrival;
        }
        unarrived--;
        if (deregister) {
            parties--;
        }
        if (unarrived > 0) {
            return arrival;
        }
        if (root == this) {
            advance(arrival);
            return arrival;
        }
        return parent.doArrive(parties == 0); // a child without parties leaves its parent
    }

    /** The phase an arrival now belongs to, or the negative phase of a terminated phaser; throws when no party is unarrived. */
    private int arrival() {
        reconcile();
        if (root.terminated) {
            return reported();
        }
        if (unarrived == 0) {
            throw new IllegalStateException("Attempted arrival of unregistered party for " + this);
        }
        return phase;
    }

    /**
     * Arrives and waits for the others: the next phase (the last to arrive at the root returns it
     * even when onAdvance terminated the phaser; the waiters then see the negative phase).
     */
    public int arriveAndAwaitAdvance() {
        lock.lock();
        try {
            return doArriveAndAwait();
        } finally {
            lock.unlock();
        }
    }

    private int doArriveAndAwait() {
        int arrival = arrival();
        if (arrival < 0) {
            return arrival;
        }
        unarrived--;
        if (unarrived > 0) {
            return awaitRoot(arrival);
        }
        if (root != this) {
            return parent.doArriveAndAwait();
        }
        advance(arrival);
        return phase;
    }

    /** Waits (holding the lock) until the root leaves phase {@code arrival}; the phase then. */
    private int awaitRoot(int arrival) {
        while (root.phase == arrival && !root.terminated) {
            advanced.awaitUninterruptibly();
        }
        return reported();
    }

    /** The last party arrived at the root (caller holds the lock): ask onAdvance, start the next phase, wake the waiters. */
    private void advance(int arrival) {
        boolean end = onAdvance(arrival, parties);
        phase = (arrival + 1) & Integer.MAX_VALUE;
        if (end) {
            terminated = true;
        } else {
            unarrived = parties;
        }
        advanced.signalAll();
    }

    /** Waits while the phase is {@code phase}; returns at once with the current phase if it differs. */
    public int awaitAdvance(int phase) {
        if (phase < 0) {
            return phase;
        }
        lock.lock();
        try {
            return awaitRoot(phase);
        } finally {
            lock.unlock();
        }
    }

    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        if (phase < 0) {
            return phase;
        }
        lock.lock();
        try {
            while (root.phase == phase && !root.terminated) {
                advanced.await();
            }
            return reported();
        } finally {
            lock.unlock();
        }
    }

    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (phase < 0) {
            return phase;
        }
        lock.lock();
        try {
            while (root.phase == phase && !root.terminated) {
                if (nanos <= 0L) {
                    throw new TimeoutException();
                }
                nanos = advanced.awaitNanos(nanos);
            }
            return reported();
        } finally {
            lock.unlock();
        }
    }

    /** Terminates at once, keeping the counts; every waiter returns the negative phase. */
    public void forceTermination() {
        lock.lock();
        try {
            if (!root.terminated) {
                root.terminated = true;
                advanced.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public final int getPhase() {
        lock.lock();
        try {
            return reported();
        } finally {
            lock.unlock();
        }
    }

    public int getRegisteredParties() {
        lock.lock();
        try {
            return parties;
        } finally {
            lock.unlock();
        }
    }

    public int getArrivedParties() {
        lock.lock();
        try {
            reconcile();
            return parties - unarrived;
        } finally {
            lock.unlock();
        }
    }

    public int getUnarrivedParties() {
        lock.lock();
        try {
            reconcile();
            return unarrived;
        } finally {
            lock.unlock();
        }
    }

    public Phaser getParent() {
        return parent;
    }

    public Phaser getRoot() {
        return root;
    }

    public boolean isTerminated() {
        lock.lock();
        try {
            return root.terminated;
        } finally {
            lock.unlock();
        }
    }

    /** Whether to terminate as the phase {@code phase} ends; by default once no party is registered. */
    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            reconcile();
            return super.toString() + "[phase = " + reported() + " parties = " + parties + " arrived = "
                    + (parties - unarrived) + "]";
        } finally {
            lock.unlock();
        }
    }
}
