package corpus;

/** A bounded buffer with synchronized, wait and notifyAll; counters that only monitors keep exact. */
public final class ThreadsProducerConsumer {
    private ThreadsProducerConsumer() {}

    static final class Buffer {
        private final int[] items = new int[4];
        private int head;
        private int count;

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) {
                wait();
            }
            items[(head + count) % items.length] = v;
            count++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) {
                wait();
            }
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    static int shared;
    static int staticShared;

    static synchronized void bumpStatic() {
        int v = staticShared;
        // Work between the read and the write: a preemption here would lose updates without the monitor.
        for (int k = 0; k < 3; k++) {
            v += k - k;
        }
        staticShared = v + 1;
    }

    public static void main(String[] args) throws Exception {
        Buffer buffer = new Buffer();
        int producers = 3;
        int perProducer = 2000;
        long[] consumed = new long[2];
        Thread[] threads = new Thread[producers + 2];
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            threads[p] = new Thread(new Runnable() {
                @Override
                public void run() {
                    try {
                        for (int i = 0; i < perProducer; i++) {
                            buffer.put(base + i);
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        int total = producers * perProducer;
        for (int c = 0; c < 2; c++) {
            int me = c;
            threads[producers + c] = new Thread(new Runnable() {
                @Override
                public void run() {
                    try {
                        for (int i = 0; i < total / 2; i++) {
                            consumed[me] += buffer.take();
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long expected = (long) total * (total - 1) / 2;
        System.out.println("consumed " + (consumed[0] + consumed[1]) + " expected " + expected);

        Object lock = new Object();
        Thread[] bumpers = new Thread[4];
        for (int i = 0; i < bumpers.length; i++) {
            bumpers[i] = new Thread(new Runnable() {
                @Override
                public void run() {
                    for (int k = 0; k < 50_000; k++) {
                        synchronized (lock) {
                            synchronized (lock) { // recursion
                                int v = shared;
                                for (int w = 0; w < 3; w++) {
                                    v += w - w;
                                }
                                shared = v + 1;
                            }
                        }
                        bumpStatic();
                    }
                }
            });
            bumpers[i].start();
        }
        for (Thread t : bumpers) {
            t.join();
        }
        System.out.println("shared=" + shared + " staticShared=" + staticShared);
        System.out.println("holdsLock outside: " + Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println("holdsLock inside: " + Thread.holdsLock(lock));
        }
        try {
            lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the lock: " + e);
        }
        try {
            lock.wait(5);
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without the lock: " + e);
        }
        synchronized (lock) {
            long start = System.nanoTime();
            lock.wait(20);
            System.out.println("timed wait returned, waited enough: " + (System.nanoTime() - start >= 19_000_000L));
        }
    }
}
