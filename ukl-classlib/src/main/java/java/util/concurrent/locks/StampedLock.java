package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A non-reentrant read-write lock whose acquisitions return stamps, with optimistic reads that a
 * later {@link #validate} confirms. Stamps use the JDK's bit layout where a program can test it
 * (the static {@code is*Stamp} methods): bit 7 marks a write stamp, bits 0-6 a read stamp, the
 * bits above are a version that every write lock release advances. Zero means failure.
 */
public class StampedLock implements java.io.Serializable {
    private static final long WBIT = 1L << 7;
    private static final long RBITS = WBIT - 1L;
    private static final long ABITS = RBITS | WBIT;
    private static final long ORIGIN = WBIT << 1;

    private final Sync sync = new Sync();

    /** Holds the lock's fields under its monitor; a release argument of 0 only wakes the queue. */
    private static final class Sync extends AbstractQueuedSynchronizer {
        long version = ORIGIN;
        boolean writer;
        int readers;

        synchronized long state() {
            return version | (writer ? WBIT : 0L) | Math.min(readers, (int) RBITS);
        }

        @Override
        protected synchronized boolean tryAcquire(int unused) {
            if (writer || readers != 0) {
                return false;
            }
            writer = true;
            return true;
        }

        @Override
        protected synchronized boolean tryRelease(int arg) {
            if (arg != 0) {
                writer = false;
                version += ORIGIN;
            }
            return true;
        }

        @Override
        protected synchronized int tryAcquireShared(int unused) {
            if (writer) {
                return -1;
            }
            readers++;
            return 1;
        }

        @Override
        protected synchronized boolean tryReleaseShared(int arg) {
            if (arg != 0) {
                readers--;
            }
            return readers == 0 || arg == 0;
        }

        @Override
        protected synchronized boolean isHeldExclusively() {
            return writer;
        }
    }

    public StampedLock() {}

    private long writeStamp() {
        return sync.state();
    }

    private long readStamp() {
        synchronized (sync) {
            return sync.version | 1L;
        }
    }

    public long writeLock() {
        sync.acquire(1);
        return writeStamp();
    }

    public long tryWriteLock() {
        return sync.tryAcquire(1) ? writeStamp() : 0L;
    }

    public long tryWriteLock(long time, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireNanos(1, unit.toNanos(time)) ? writeStamp() : 0L;
    }

    public long writeLockInterruptibly() throws InterruptedException {
        sync.acquireInterruptibly(1);
        return writeStamp();
    }

    public long readLock() {
        sync.acquireShared(1);
        return readStamp();
    }

    public long tryReadLock() {
        return sync.tryAcquireShared(1) >= 0 ? readStamp() : 0L;
    }

    public long tryReadLock(long time, TimeUnit unit) throws InterruptedException {
        return sync.tryAcquireSharedNanos(1, unit.toNanos(time)) ? readStamp() : 0L;
    }

    public long readLockInterruptibly() throws InterruptedException {
        sync.acquireSharedInterruptibly(1);
        return readStamp();
    }

    public long tryOptimisticRead() {
        synchronized (sync) {
            return sync.writer ? 0L : sync.version;
        }
    }

    /** Whether no write lock was taken since {@code stamp} was issued (or it is the write lock held). */
    public boolean validate(long stamp) {
        return (stamp & ~RBITS) == (sync.state() & ~RBITS);
    }

    public void unlockWrite(long stamp) {
        if (!tryUnlockWrite(stamp, stamp)) {
            throw new IllegalMonitorStateException();
        }
    }

    private boolean tryUnlockWrite(long stamp, long expected) {
        synchronized (sync) {
            if (!sync.writer || (expected != 0L && stamp != (sync.version | WBIT))) {
                return false;
            }
        }
        sync.release(1);
        return true;
    }

    public void unlockRead(long stamp) {
        if (!tryUnlockRead(stamp, true)) {
            throw new IllegalMonitorStateException();
        }
    }

    /** Releases a read hold: the one {@code stamp} names when {@code checkStamp}, else any. */
    private boolean tryUnlockRead(long stamp, boolean checkStamp) {
        synchronized (sync) {
            boolean matches = (stamp & ~ABITS) == sync.version && (stamp & RBITS) != 0L;
            if (sync.readers == 0 || (checkStamp && !matches)) {
                return false;
            }
        }
        sync.releaseShared(1);
        return true;
    }

    public void unlock(long stamp) {
        if ((stamp & WBIT) != 0L) {
            unlockWrite(stamp);
        } else {
            unlockRead(stamp);
        }
    }

    public boolean tryUnlockWrite() {
        return tryUnlockWrite(0L, 0L);
    }

    public boolean tryUnlockRead() {
        return tryUnlockRead(0L, false);
    }

    public long tryConvertToWriteLock(long stamp) {
        synchronized (sync) {
            if ((stamp & ~ABITS) != sync.version) {
                return 0L;
            }
            if ((stamp & WBIT) != 0L) {
                return sync.writer ? stamp : 0L;
            }
            if (sync.writer) {
                return 0L;
            }
            boolean reading = (stamp & RBITS) != 0L;
            if (reading ? sync.readers != 1 : sync.readers != 0) {
                return 0L;
            }
            sync.readers = 0;
            sync.writer = true;
            return sync.version | WBIT;
        }
    }

    public long tryConvertToReadLock(long stamp) {
        boolean wake;
        long result;
        synchronized (sync) {
            if ((stamp & ~ABITS) != sync.version) {
                return 0L;
            }
            if ((stamp & WBIT) != 0L) {
                if (!sync.writer) {
                    return 0L;
                }
                sync.writer = false;
                sync.version += ORIGIN;
                wake = true;
            } else if ((stamp & RBITS) != 0L) {
                return sync.readers > 0 ? stamp : 0L;
            } else if (sync.writer) {
                return 0L;
            } else {
                wake = false;
            }
            sync.readers++;
            result = sync.version | 1L;
        }
        if (wake) {
            sync.releaseShared(0);
        }
        return result;
    }

    public long tryConvertToOptimisticRead(long stamp) {
        synchronized (sync) {
            if ((stamp & ~ABITS) != sync.version) {
                return 0L;
            }
            if ((stamp & ABITS) == 0L) {
                return sync.writer ? 0L : stamp;
            }
        }
        if ((stamp & WBIT) != 0L) {
            return tryUnlockWrite(stamp, stamp) ? tryOptimisticRead() : 0L;
        }
        return tryUnlockRead(stamp, true) ? tryOptimisticRead() : 0L;
    }

    public boolean isWriteLocked() {
        synchronized (sync) {
            return sync.writer;
        }
    }

    public boolean isReadLocked() {
        synchronized (sync) {
            return sync.readers != 0;
        }
    }

    public int getReadLockCount() {
        synchronized (sync) {
            return sync.readers;
        }
    }

    public static boolean isWriteLockStamp(long stamp) {
        return (stamp & ABITS) == WBIT;
    }

    public static boolean isReadLockStamp(long stamp) {
        return (stamp & RBITS) != 0L;
    }

    public static boolean isLockStamp(long stamp) {
        return (stamp & ABITS) != 0L;
    }

    public static boolean isOptimisticReadStamp(long stamp) {
        return (stamp & ABITS) == 0L && stamp != 0L;
    }

    public Lock asReadLock() {
        return new View(this, false);
    }

    public Lock asWriteLock() {
        return new View(this, true);
    }

    public ReadWriteLock asReadWriteLock() {
        final StampedLock lock = this;
        return new ReadWriteLock() {
            @Override
            public Lock readLock() {
                return lock.asReadLock();
            }

            @Override
            public Lock writeLock() {
                return lock.asWriteLock();
            }
        };
    }

    /** A Lock view without stamps: unlock releases a hold of its kind, as the JDK's views. */
    private static final class View implements Lock {
        private final StampedLock lock;
        private final boolean write;

        View(StampedLock lock, boolean write) {
            this.lock = lock;
            this.write = write;
        }

        @Override
        public void lock() {
            if (write) {
                lock.writeLock();
            } else {
                lock.readLock();
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            if (write) {
                lock.writeLockInterruptibly();
            } else {
                lock.readLockInterruptibly();
            }
        }

        @Override
        public boolean tryLock() {
            return (write ? lock.tryWriteLock() : lock.tryReadLock()) != 0L;
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return (write ? lock.tryWriteLock(time, unit) : lock.tryReadLock(time, unit)) != 0L;
        }

        @Override
        public void unlock() {
            if (!(write ? lock.tryUnlockWrite() : lock.tryUnlockRead())) {
                throw new IllegalMonitorStateException();
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public String toString() {
        String s;
        synchronized (sync) {
            s = sync.writer ? "[Write-locked]" : sync.readers == 0 ? "[Unlocked]" : "[Read-locks:" + sync.readers + "]";
        }
        return super.toString() + s;
    }
}
