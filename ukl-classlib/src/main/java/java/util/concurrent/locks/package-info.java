/**
 * Locks and conditions for green threads: {@link java.util.concurrent.locks.AbstractQueuedSynchronizer}
 * keeps the JDK's API (state, exclusive and shared acquire/release, condition objects) over a
 * plain FIFO of waiting threads guarded by its monitor, and blocks with {@link
 * java.util.concurrent.locks.LockSupport} park/unpark outside that monitor; ReentrantLock,
 * ReentrantReadWriteLock and the synchronizers of java.util.concurrent are built on it as in the
 * JDK. A woken thread always rechecks its condition, so spurious wake-ups are harmless. The
 * monitor is held only for a few field updates (never while parked), so this is correct on the
 * JVM's real threads too, where the tests run it.
 */
package java.util.concurrent.locks;
