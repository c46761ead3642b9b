package java.util.concurrent.locks;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * A read-write lock with the JDK's rules: many readers or one writer, both reentrant; the writer
 * may also take the read lock (downgrading); an unfair lock makes new readers wait when a writer
 * is first in the queue, so writers are not starved; a fair one serves strictly in order.
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private final Sync sync;
    private final ReadLock readerLock;
    private final WriteLock writerLock;

    /** State: shared holds in the high 16 bits, the writer's holds in the low 16 (the JDK's layout). */
    static final class Sync extends AbstractQueuedSynchronizer {
        static final int SHARED_UNIT = 1 << 16;
        static final int MAX_COUNT = (1 << 16) - 1;
        final boolean fair;
        /** Read holds per thread; guarded by this synchronizer's monitor. */
        private final HashMap<Thread, Integer> readHolds = new HashMap<>();

        Sync(boolean fair) {
            this.fair = fair;
        }

        static int sharedCount(int c) {
            return c >>> 16;
        }

        static int exclusiveCount(int c) {
            return c & MAX_COUNT;
        }

        @Override
        protected boolean tryAcquire(int acquires) {
            return writeNow(acquires, !fair);
        }

        final boolean writeNow(int acquires, boolean barge) {
            Thread current = Thread.currentThread();
            int c = getState();
            if (c != 0) {
                int w = exclusiveCount(c);
                if (w == 0 || current != getExclusiveOwnerThread()) {
                    return false;
                }
                if (w + acquires > MAX_COUNT) {
                    throw new Error("Maximum lock count exceeded");
                }
                setState(c + acquires);
                return true;
            }
            if ((!barge && hasQueuedPredecessors()) || !compareAndSetState(c, c + acquires)) {
                return false;
            }
            setExclusiveOwnerThread(current);
            return true;
        }

        @Override
        protected boolean tryRelease(int releases) {
            if (!isHeldExclusively()) {
                throw new IllegalMonitorStateException();
            }
            int next = getState() - releases;
            boolean free = exclusiveCount(next) == 0;
            if (free) {
                setExclusiveOwnerThread(null);
            }
            setState(next);
            return free;
        }

        @Override
        protected int tryAcquireShared(int unused) {
            return readNow(fair ? hasQueuedPredecessors() : firstQueuedIsExclusive()) ? 1 : -1;
        }

        /** One attempt at a read hold; {@code yieldToQueue} refuses a thread that holds none yet. */
        final synchronized boolean readNow(boolean yieldToQueue) {
            Thread current = Thread.currentThread();
            int c = getState();
            if (exclusiveCount(c) != 0 && getExclusiveOwnerThread() != current) {
                return false;
            }
            Integer held = readHolds.get(current);
            if (yieldToQueue && held == null && getExclusiveOwnerThread() != current) {
                return false;
            }
            if (sharedCount(c) == MAX_COUNT) {
                throw new Error("Maximum lock count exceeded");
            }
            setState(c + SHARED_UNIT);
            readHolds.put(current, held == null ? 1 : held + 1);
            return true;
        }

        @Override
        protected synchronized boolean tryReleaseShared(int unused) {
            Thread current = Thread.currentThread();
            Integer held = readHolds.get(current);
            if (held == null) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (held == 1) {
                readHolds.remove(current);
            } else {
                readHolds.put(current, held - 1);
            }
            int next = getState() - SHARED_UNIT;
            setState(next);
            return next == 0;
        }

        @Override
        protected boolean isHeldExclusively() {
            return getExclusiveOwnerThread() == Thread.currentThread();
        }

        final synchronized int readHoldCount() {
            Integer held = readHolds.get(Thread.currentThread());
            return held == null ? 0 : held;
        }

        final Thread owner() {
            return exclusiveCount(getState()) == 0 ? null : getExclusiveOwnerThread();
        }
    }

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        sync = new Sync(fair);
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    @Override
    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    @Override
    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    /** The shared half. */
    public static class ReadLock implements Lock, java.io.Serializable {
        private final Sync sync;

        protected ReadLock(ReentrantReadWriteLock lock) {
            sync = lock.sync;
        }

        @Override
        public void lock() {
            sync.acquireShared(1);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            sync.acquireSharedInterruptibly(1);
        }

        @Override
        public boolean tryLock() {
            return sync.readNow(false);
        }

        @Override
        public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
            return sync.tryAcquireSharedNanos(1, unit.toNanos(timeout));
        }

        @Override
        public void unlock() {
            sync.releaseShared(1);
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return super.toString() + "[Read locks = " + Sync.sharedCount(sync.getState()) + "]";
        }
    }

    /** The exclusive half. */
    public static class WriteLock implements Lock, java.io.Serializable {
        private final Sync sync;

        protected WriteLock(ReentrantReadWriteLock lock) {
            sync = lock.sync;
        }

        @Override
        public void lock() {
            sync.acquire(1);
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            sync.acquireInterruptibly(1);
        }

        @Override
        public boolean tryLock() {
            return sync.writeNow(1, true);
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

        public boolean isHeldByCurrentThread() {
            return sync.isHeldExclusively();
        }

        public int getHoldCount() {
            return sync.isHeldExclusively() ? Sync.exclusiveCount(sync.getState()) : 0;
        }

        @Override
        public String toString() {
            Thread o = sync.owner();
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }

    public final boolean isFair() {
        return sync.fair;
    }

    protected Thread getOwner() {
        return sync.owner();
    }

    public int getReadLockCount() {
        return Sync.sharedCount(sync.getState());
    }

    public boolean isWriteLocked() {
        return Sync.exclusiveCount(sync.getState()) != 0;
    }

    public boolean isWriteLockedByCurrentThread() {
        return sync.isHeldExclusively();
    }

    public int getWriteHoldCount() {
        return sync.isHeldExclusively() ? Sync.exclusiveCount(sync.getState()) : 0;
    }

    public int getReadHoldCount() {
        return sync.readHoldCount();
    }

    public final boolean hasQueuedThreads() {
        return sync.hasQueuedThreads();
    }

    public final int getQueueLength() {
        return sync.getQueueLength();
    }

    @Override
    public String toString() {
        int c = sync.getState();
        return super.toString() + "[Write locks = " + Sync.exclusiveCount(c) + ", Read locks = " + Sync.sharedCount(c)
                + "]";
    }
}
