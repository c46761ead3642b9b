package corpus;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * Thread.getState at points where only one state is possible: before start, while running,
 * entering a monitor main holds, in wait, timed wait, sleep, park, timed park and join, and after
 * the end. Main polls until the other thread reaches the state (it must, and then stays there),
 * so the output does not depend on timing. Also how threads are numbered: main's id and the
 * step between the ids of threads created one after another.
 */
public final class ThreadStates {
    private ThreadStates() {}

    private static final Object LOCK = new Object();

    @SuppressWarnings("deprecation") // getId, to show it equals threadId
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println("main: id " + main.threadId() + " = getId " + main.getId() + ", state " + main.getState());
        Thread a = new Thread(() -> {});
        Thread b = new Thread(() -> {});
        Thread v = Thread.ofVirtual().unstarted(() -> {});
        Thread c = new Thread(() -> {});
        System.out.println("ids step by " + (b.threadId() - a.threadId()) + ", names " + a.getName() + " "
                + b.getName() + " " + c.getName() + ", main's id below a's " + (main.threadId() < a.threadId())
                + ", virtual after b " + (v.threadId() > b.threadId()) + ", c after virtual "
                + (c.threadId() > v.threadId()));
        Thread named = Thread.ofVirtual().name("worker_1").unstarted(() -> {});
        System.out.println("an unstarted virtual thread's toString: "
                + v.toString().equals("VirtualThread[#" + v.threadId() + "]/new") + " "
                + named.toString().equals("VirtualThread[#" + named.threadId() + ",worker_1]/new"));
        System.out.println("a before start: " + a.getState());
        a.start();
        a.join();
        System.out.println("a after join: " + a.getState() + ", alive " + a.isAlive());

        CountDownLatch spinning = new CountDownLatch(1);
        Thread spinner = new Thread(() -> {
            spinning.countDown();
            while (!Volatile.stop) {
                Thread.onSpinWait();
            }
        });
        spinner.start();
        spinning.await();
        show("spinning", spinner, Thread.State.RUNNABLE);
        Volatile.stop = true;
        spinner.join();

        Thread entering;
        synchronized (LOCK) {
            entering = new Thread(() -> {
                synchronized (LOCK) {
                    LOCK.notifyAll();
                }
            });
            entering.start();
            show("entering a held monitor", entering, Thread.State.BLOCKED);
        }
        entering.join();

        Thread waiting = new Thread(() -> {
            synchronized (LOCK) {
                try {
                    LOCK.wait();
                } catch (InterruptedException e) {
                    System.out.println("waiter interrupted");
                }
            }
        });
        waiting.start();
        show("in wait()", waiting, Thread.State.WAITING);
        waiting.interrupt();
        waiting.join();

        Thread timedWait = new Thread(() -> {
            synchronized (LOCK) {
                try {
                    LOCK.wait(60_000);
                } catch (InterruptedException e) {
                    System.out.println("timed waiter interrupted");
                }
            }
        });
        timedWait.start();
        show("in wait(60 s)", timedWait, Thread.State.TIMED_WAITING);
        timedWait.interrupt();
        timedWait.join();

        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted");
            }
        });
        sleeper.start();
        show("in sleep", sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();

        Thread parked = new Thread(() -> {
            while (!Volatile.unparked) {
                LockSupport.park();
            }
        });
        parked.start();
        show("parked", parked, Thread.State.WAITING);
        Volatile.unparked = true;
        LockSupport.unpark(parked);
        parked.join();

        Thread parkedNanos = new Thread(() -> {
            while (!Volatile.unparkedNanos) {
                LockSupport.parkNanos(60_000_000_000L);
            }
        });
        parkedNanos.start();
        show("parked with a timeout", parkedNanos, Thread.State.TIMED_WAITING);
        Volatile.unparkedNanos = true;
        LockSupport.unpark(parkedNanos);
        parkedNanos.join();

        CountDownLatch release = new CountDownLatch(1);
        Thread held = new Thread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread joiner = new Thread(() -> {
            try {
                held.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        held.start();
        joiner.start();
        show("awaiting a latch", held, Thread.State.WAITING);
        show("joining", joiner, Thread.State.WAITING);
        release.countDown();
        joiner.join();
        System.out.println("joiner ended: " + joiner.getState() + ", held ended: " + held.getState());
        System.out.println("main still " + main.getState());
    }

    /** Waits (polling) until {@code t} is in {@code expected}, then prints it; gives up after 20 s. */
    private static void show(String what, Thread t, Thread.State expected) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        Thread.State s;
        while ((s = t.getState()) != expected && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        System.out.println(what + ": " + s);
    }

    private static final class Volatile {
        static volatile boolean stop;
        static volatile boolean unparked;
        static volatile boolean unparkedNanos;
    }
}
