package corpus;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * A Treiber stack whose head moves by AtomicReferenceFieldUpdater.compareAndSet, pushed and popped
 * by several threads at once, with counters kept by the int and long updaters. Between reading the
 * head and the compareAndSet each thread does some work in a loop, so a preemption can fall there
 * and make another thread's compareAndSet win: the loser retries. Only totals are printed, which no
 * interleaving changes.
 */
public final class ThreadsLockFreeStack {
    private ThreadsLockFreeStack() {}

    static final class Node {
        final int value;
        Node next;

        Node(int value) {
            this.value = value;
        }
    }

    static final class Stack {
        private volatile Node head;
        private volatile int size;
        volatile long pushedSum;

        private static final AtomicReferenceFieldUpdater<Stack, Node> HEAD =
                AtomicReferenceFieldUpdater.newUpdater(Stack.class, Node.class, "head");
        private static final AtomicIntegerFieldUpdater<Stack> SIZE =
                AtomicIntegerFieldUpdater.newUpdater(Stack.class, "size");
        private static final AtomicLongFieldUpdater<Stack> PUSHED_SUM =
                AtomicLongFieldUpdater.newUpdater(Stack.class, "pushedSum");

        void push(int value) {
            Node n = new Node(value);
            Node h;
            do {
                h = HEAD.get(this);
                n.next = h;
                spin(value);
            } while (!HEAD.compareAndSet(this, h, n));
            SIZE.incrementAndGet(this);
            PUSHED_SUM.addAndGet(this, value);
        }

        /** The popped value, or -1 when the stack is empty. */
        int pop() {
            Node h;
            do {
                h = HEAD.get(this);
                if (h == null) {
                    return -1;
                }
                spin(h.value);
            } while (!HEAD.compareAndSet(this, h, h.next));
            SIZE.decrementAndGet(this);
            return h.value;
        }
    }

    static volatile int sink;

    static void spin(int seed) {
        int x = seed;
        for (int i = 0; i < 20; i++) {
            x = x * 31 + i;
        }
        sink = x;
    }

    public static void main(String[] args) throws Exception {
        final Stack stack = new Stack();
        final int threads = 4;
        final int perThread = 3000;
        final CountDownLatch start = new CountDownLatch(1);
        Thread[] pushers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int base = t * perThread;
            pushers[t] = new Thread(new Runnable() {
                @Override
                public void run() {
                    await(start);
                    for (int i = 0; i < perThread; i++) {
                        stack.push(base + i);
                    }
                }
            });
            pushers[t].start();
        }
        start.countDown();
        for (Thread p : pushers) {
            p.join();
        }
        int n = threads * perThread;
        System.out.println("pushed " + stack.size + " values, sum " + stack.pushedSum + ", expected sum "
                + ((long) n * (n - 1) / 2));

        final long[] popped = new long[threads];
        final int[] counts = new int[threads];
        final boolean[] seen = new boolean[n];
        final boolean[] duplicate = new boolean[1];
        Thread[] poppers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            final int me = t;
            poppers[t] = new Thread(new Runnable() {
                @Override
                public void run() {
                    int v;
                    while ((v = stack.pop()) >= 0) {
                        popped[me] += v;
                        counts[me]++;
                        synchronized (seen) {
                            if (seen[v]) {
                                duplicate[0] = true;
                            }
                            seen[v] = true;
                        }
                    }
                }
            });
            poppers[t].start();
        }
        long sum = 0;
        int count = 0;
        for (int t = 0; t < threads; t++) {
            poppers[t].join();
            sum += popped[t];
            count += counts[t];
        }
        int missing = 0;
        for (boolean s : seen) {
            if (!s) {
                missing++;
            }
        }
        System.out.println("popped " + count + " values, sum " + sum + ", missing " + missing + ", duplicates "
                + duplicate[0] + ", size now " + stack.size + ", empty " + (stack.pop() == -1));
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
