package java.util.concurrent.locks;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * A mutual-exclusion lock a thread may take again while holding it, unfair (newcomers may barge
 * ahead of queued threads) or fair (first come, first served), as the JDK's.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private final Sync sync;

    /** State: the hold count of the owner, 0 when free. */
    static class Sync extends AbstractQueuedSynchronizer {
        private final boolean fair;

        Sync(boolean fair) {
            this.fair = fair;
        }

        @Override
        protected final boolean tryAcquire(int acquires) {
            return acquireNow(acquires, !fair);
        }

        /** One attempt; {@code barge} takes a free lock even when threads are queued. */
        final boolean acquireNow(int acquires, boolean barge) {
            Thread current = Thread.currentThread();
            int c = getState();
            if (c == 0) {
                if ((barge || !hasQueuedPredecessors()) && compareAndSetState(0, acquires)) {
                    setExclusiveOwnerThread(current);
                    return true;
                }
            } else if (getExclusiveOwnerThread() == current) {
                int next = c + acquires;
                if (next < 0) {
                    throw new Error("Maximum lock count exceeded");
                }
                setState(next);
                return true;
            }
            return false;
        }

        @Override
        protected final boolean tryRelease(int releases) {
            if (getExclusiveOwnerThread() != Thread.currentThread()) {
                throw new IllegalMonitorStateException();
            }
            int c = getState() - releases;
            boolean free = c == 0;
            if (free) {
                setExclusiveOwnerThread(null);
            }
            setState(c);
            return free;
        }

        @Override
        protected final boolean isHeldExclusively() {
            return getExclusiveOwnerThread() == Thread.currentThread();
        }

        final Thread owner() {
            return getState() == 0 ? null : getExclusiveOwnerThread();
        }
    }

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        sync = new Sync(fair);
    }

    @Override
    public void lock() {
        sync.acquire(1);
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        sync.acquireInterruptibly(1);
    }

    /** Takes the lock if it is free, even from a fair lock's queue, as the JDK's tryLock does. */
    @Override
    public boolean tryLock() {
        return sync.acquireNow(1, true);
    }

    @Override
    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireNanos(1, unit.toNanos(timeout));
    }

    @Override
    public void unlock() {
        sync.release(1);
    }

    @Override
    public Condition newCondition() {
        return sync.new ConditionObject();
    }

    public int getHoldCount() {
        return sync.isHeldExclusively() ? sync.getState() : 0;
    }

    public boolean isHeldByCurrentThread() {
        return sync.isHeldExclusively();
    }

    public boolean isLocked() {
        return sync.getState() != 0;
    }

    public final boolean isFair() {
        return sync.fair;
    }

    protected Thread getOwner() {
        return sync.owner();
    }

    public final boolean hasQueuedThreads() {
        return sync.hasQueuedThreads();
    }

    public final boolean hasQueuedThread(Thread thread) {
        return sync.isQueued(thread);
    }

    public final int getQueueLength() {
        return sync.getQueueLength();
    }

    protected Collection<Thread> getQueuedThreads() {
        return sync.getQueuedThreads();
    }

    @Override
    public String toString() {
        Thread o = sync.owner();
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
