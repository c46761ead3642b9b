package corpus;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Transfers between accounts by threads that always take the two accounts' locks in id order
 * (so no deadlock), a bounded buffer on a lock and two conditions, and readers and a writer on a
 * read-write lock. The totals printed are invariants, independent of the interleaving.
 */
public final class LockOrdering {
    private LockOrdering() {}

    static final class Account {
        final int id;
        final ReentrantLock lock = new ReentrantLock();
        long balance = 1000;

        Account(int id) {
            this.id = id;
        }
    }

    static void transfer(Account from, Account to, long amount) {
        Account first = from.id < to.id ? from : to;
        Account second = from.id < to.id ? to : from;
        first.lock.lock();
        try {
            second.lock.lock();
            try {
                from.balance -= amount;
                to.balance += amount;
            } finally {
                second.lock.unlock();
            }
        } finally {
            first.lock.unlock();
        }
    }

    /** A one-slot buffer: put waits while full, take while empty. */
    static final class Slot {
        private final ReentrantLock lock = new ReentrantLock(true);
        private final Condition notFull = lock.newCondition();
        private final Condition notEmpty = lock.newCondition();
        private Integer value;

        void put(int v) throws InterruptedException {
            lock.lock();
            try {
                while (value != null) {
                    notFull.await();
                }
                value = v;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (value == null) {
                    notEmpty.await();
                }
                int v = value;
                value = null;
                notFull.signal();
                return v;
            } finally {
                lock.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account[] accounts = new Account[5];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Account(i);
        }
        Thread[] movers = new Thread[4];
        for (int t = 0; t < movers.length; t++) {
            int seed = t;
            movers[t] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    int a = (seed * 7 + i * 3) % accounts.length;
                    int b = (seed + i * 2 + 1) % accounts.length;
                    if (a != b) {
                        transfer(accounts[a], accounts[b], (i % 17) + 1);
                    }
                }
            });
            movers[t].start();
        }
        for (Thread t : movers) {
            t.join();
        }
        long total = 0;
        for (Account a : accounts) {
            total += a.balance;
        }
        System.out.println("total after transfers: " + total);

        Slot slot = new Slot();
        long[] received = new long[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 500; i++) {
                    received[0] += slot.take();
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        consumer.start();
        for (int i = 1; i <= 500; i++) {
            slot.put(i);
        }
        consumer.join();
        System.out.println("received through the slot: " + received[0]);

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        int[] data = new int[2];
        int[] torn = new int[1];
        CountDownLatch ready = new CountDownLatch(3);
        Thread writer = new Thread(() -> {
            ready.countDown();
            for (int i = 0; i < 1000; i++) {
                rw.writeLock().lock();
                try {
                    data[0]++;
                    Thread.yield();
                    data[1]++;
                } finally {
                    rw.writeLock().unlock();
                }
            }
        });
        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new Thread(() -> {
                ready.countDown();
                for (int i = 0; i < 1000; i++) {
                    rw.readLock().lock();
                    try {
                        if (data[0] != data[1]) {
                            synchronized (torn) {
                                torn[0]++;
                            }
                        }
                    } finally {
                        rw.readLock().unlock();
                    }
                }
            });
        }
        writer.start();
        for (Thread r : readers) {
            r.start();
        }
        writer.join();
        for (Thread r : readers) {
            r.join();
        }
        System.out.println("writes " + data[0] + "/" + data[1] + ", torn reads " + torn[0] + ", locked "
                + rw.isWriteLocked() + " " + rw.getReadLockCount());
    }
}
