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
 * <p>Tiering (a parent phaser) is not supported: the constructors that take a parent throw
 * UnsupportedOperationException for a non-null one.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition advanced = lock.newCondition();
    private int phase;
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
        if (parent != null) {
            throw new UnsupportedOperationException(
                    "ukl: Phaser tiering (a parent Phaser) is not supported; use one Phaser for all parties");
        }
        this.parties = parties;
        this.unarrived = parties;
    }

    /** The phase as the JDK reports it: negative once terminated. Caller holds the lock. */
    private int reported() {
        return terminated ? phase | Integer.MIN_VALUE : phase;
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
            if (parties == 0 || terminated) {
                return reported();
            }
            if (this.parties + parties > MAX_PARTIES) {
                throw new IllegalStateException(
                        "Attempt to register more than " + MAX_PARTIES + " parties for " + this);
            }
            this.parties += parties;
            this.unarrived += parties;
            return phase;
        } finally {
            lock.unlock();
        }
    }

    public int arrive() {
        return doArrive(false, false);
    }

    public int arriveAndDeregister() {
        return doArrive(true, false);
    }

    /**
     * Arrives and waits for the others: the next phase (the last to arrive returns it even when
     * onAdvance terminated the phaser; the waiters then see the negative phase).
     */
    public int arriveAndAwaitAdvance() {
        return doArrive(false, true);
    }

    private int doArrive(boolean deregister, boolean await) {
        lock.lock();
        try {
            if (terminated) {
                return reported();
            }
            if (unarrived == 0) {
                throw new IllegalStateException("Attempted arrival of unregistered party for " + this);
            }
            int arrival = phase;
            unarrived--;
            if (deregister) {
                parties--;
            }
            if (unarrived == 0) {
                advance(arrival);
                return await ? phase : arrival;
            }
            if (!await) {
                return arrival;
            }
            while (phase == arrival && !terminated) {
                advanced.awaitUninterruptibly();
            }
            return reported();
        } finally {
            lock.unlock();
        }
    }

    /** The last party arrived (caller holds the lock): ask onAdvance, start the next phase, wake the waiters. */
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
            while (this.phase == phase && !terminated) {
                advanced.awaitUninterruptibly();
            }
            return reported();
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
            while (this.phase == phase && !terminated) {
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
            while (this.phase == phase && !terminated) {
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
            if (!terminated) {
                terminated = true;
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
            return parties - unarrived;
        } finally {
            lock.unlock();
        }
    }

    public int getUnarrivedParties() {
        lock.lock();
        try {
            return unarrived;
        } finally {
            lock.unlock();
        }
    }

    public Phaser getParent() {
        return null;
    }

    public Phaser getRoot() {
        return this;
    }

    public boolean isTerminated() {
        lock.lock();
        try {
            return terminated;
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
            return super.toString() + "[phase = " + reported() + " parties = " + parties + " arrived = "
                    + (parties - unarrived) + "]";
        } finally {
            lock.unlock();
        }
    }
}
