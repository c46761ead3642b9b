package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/** A lock acquired and released explicitly, with conditions to wait on while holding it. */
public interface Lock {
    void lock();

    void lockInterruptibly() throws InterruptedException;

    boolean tryLock();

    boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

    void unlock();

    Condition newCondition();
}
