package corpus;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Three producers and two consumers over a bounded BlockingQueue, ended by one poison pill per
 * consumer. The output (totals, checksums) does not depend on the interleaving.
 */
public final class ProducersConsumers {
    private ProducersConsumers() {}

    private static final Integer POISON = -1;

    static void run(String name, BlockingQueue<Integer> queue) throws InterruptedException {
        int producers = 3;
        int consumers = 2;
        int each = 1000;
        AtomicLong sum = new AtomicLong();
        AtomicLong count = new AtomicLong();
        Thread[] threads = new Thread[producers + consumers];
        for (int p = 0; p < producers; p++) {
            int base = p * each;
            threads[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= each; i++) {
                        queue.put(base + i);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (int c = 0; c < consumers; c++) {
            threads[producers + c] = new Thread(() -> {
                try {
                    for (Integer x; !(x = queue.take()).equals(POISON); ) {
                        sum.addAndGet(x);
                        count.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (int p = 0; p < producers; p++) {
            threads[p].join();
        }
        for (int c = 0; c < consumers; c++) {
            queue.put(POISON);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(name + ": " + count.get() + " items, sum " + sum.get() + ", left " + queue.size());
    }

    public static void main(String[] args) throws InterruptedException {
        run("array(4)", new ArrayBlockingQueue<>(4));
        run("linked(2)", new LinkedBlockingQueue<>(2));
        run("linked", new LinkedBlockingQueue<>());
    }
}
