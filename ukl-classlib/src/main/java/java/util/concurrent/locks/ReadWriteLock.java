package java.util.concurrent.locks;

/** A pair of locks: one shared by readers, one exclusive to a writer. */
public interface ReadWriteLock {
    Lock readLock();

    Lock writeLock();
}
