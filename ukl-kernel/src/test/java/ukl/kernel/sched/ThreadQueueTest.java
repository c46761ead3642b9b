package ukl.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The run queue and the monitors' queue: FIFO, removal anywhere, and the two links kept apart. */
class ThreadQueueTest {
    private static KThread thread(int id) {
        return new KThread(id, 0, null, false);
    }

    @Test
    void firstInFirstOutAgainstArrayDeque() {
        Random random = new Random(7);
        ThreadQueue q = new ThreadQueue(false);
        ArrayDeque<KThread> model = new ArrayDeque<>();
        List<KThread> pool = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            pool.add(thread(i));
        }
        for (int step = 0; step < 10_000; step++) {
            int op = random.nextInt(3);
            if (op == 0) {
                KThread t = pool.get(random.nextInt(pool.size()));
                if (!model.contains(t)) {
                    q.add(t);
                    model.add(t);
                }
            } else if (op == 1) {
                assertSame(model.poll(), q.poll());
            } else {
                KThread t = pool.get(random.nextInt(pool.size()));
                assertEquals(model.remove(t), q.remove(t));
            }
            assertEquals(model.size(), q.size());
            assertEquals(model.isEmpty(), q.isEmpty());
        }
    }

    @Test
    void takeFindsTheFirstWaiterOfAMonitorAndKind() {
        ThreadQueue q = new ThreadQueue(true);
        Object a = new Object();
        Object b = new Object();
        KThread t1 = thread(1);
        KThread t2 = thread(2);
        KThread t3 = thread(3);
        t1.monitor = a;
        t1.waitKind = Scheduler.WAIT;
        t2.monitor = b;
        t2.waitKind = Scheduler.ENTER;
        t3.monitor = a;
        t3.waitKind = Scheduler.ENTER;
        q.add(t1);
        q.add(t2);
        q.add(t3);
        assertTrue(q.contains(a, Scheduler.ENTER));
        assertSame(t3, q.take(a, Scheduler.ENTER));
        assertFalse(q.contains(a, Scheduler.ENTER));
        assertNull(q.take(b, Scheduler.WAIT));
        assertSame(t1, q.take(a, Scheduler.WAIT));
        assertSame(t2, q.poll());
        assertTrue(q.isEmpty());
    }

    /** A waiter that an interrupt makes runnable sits in both queues until it removes itself. */
    @Test
    void aThreadInBothQueuesKeepsBothIntact() {
        ThreadQueue run = new ThreadQueue(false);
        ThreadQueue monitors = new ThreadQueue(true);
        KThread w1 = thread(1);
        KThread w2 = thread(2);
        KThread r = thread(3);
        monitors.add(w1);
        monitors.add(w2);
        run.add(r);
        run.add(w1);
        assertEquals(2, monitors.size());
        assertSame(w1, monitors.poll());
        assertSame(w2, monitors.poll());
        assertSame(r, run.poll());
        assertSame(w1, run.poll());
    }
}
