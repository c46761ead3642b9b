package corpus;

import java.nio.channels.Selector;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.Exchanger;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Thread.interrupt of a thread waiting in a Selector (the selection returns, the status stays set,
 * and later selections do not wait) and in the blocking waits of java.util.concurrent (each throws
 * InterruptedException and clears the status, or, for the uninterruptible ones, goes on), on
 * platform and virtual threads. The victim is interrupted after a pause; had it not yet begun to
 * wait, the status set before has the same effect, so the output does not depend on timing.
 */
public final class ThreadsInterruptedWaits {
    private ThreadsInterruptedWaits() {}

    interface Wait {
        String run() throws Exception;
    }

    static String interrupted(boolean virtual, final Wait body) throws InterruptedException {
        final String[] outcome = new String[1];
        Runnable task = new Runnable() {
            @Override
            public void run() {
                String r;
                try {
                    r = "returned " + body.run();
                } catch (Exception e) {
                    r = e.getClass().getName();
                }
                outcome[0] = r + ", status " + Thread.currentThread().isInterrupted();
            }
        };
        Thread t = virtual
                ? Thread.ofVirtual().unstarted(task)
                : Thread.ofPlatform().unstarted(task);
        t.start();
        Thread.sleep(150);
        t.interrupt();
        t.join(20_000);
        return t.isAlive() ? "still waiting" : outcome[0];
    }

    static final class Later implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(1, TimeUnit.HOURS);
        }

        @Override
        public int compareTo(Delayed o) {
            return 0;
        }
    }

    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 2; round++) {
            final boolean virtual = round == 1;
            String kind = virtual ? "virtual: " : "platform: ";
            final Selector selector = Selector.open();
            System.out.println(kind + "select: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            long start = System.nanoTime();
                            int n = selector.select(60_000);
                            boolean early = System.nanoTime() - start < 30_000_000_000L;
                            int again = selector.select(60_000);
                            int now = selector.selectNow();
                            int forever = selector.select();
                            return n + " before its timeout " + early + ", again " + again + ", selectNow " + now
                                    + ", select() " + forever;
                        }
                    })
                    + ", open " + selector.isOpen());
            selector.close();

            final LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
            System.out.println(kind + "LinkedBlockingQueue.take: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + queue.take();
                        }
                    }));
            final ArrayBlockingQueue<Integer> full = new ArrayBlockingQueue<>(1);
            full.add(0);
            System.out.println(kind + "ArrayBlockingQueue.put: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            full.put(1);
                            return "put";
                        }
                    }));
            final ArrayBlockingQueue<Integer> empty = new ArrayBlockingQueue<>(1);
            System.out.println(kind + "ArrayBlockingQueue.poll(1 h): "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + empty.poll(1, TimeUnit.HOURS);
                        }
                    }));
            final SynchronousQueue<Integer> handOff = new SynchronousQueue<>();
            System.out.println(kind + "SynchronousQueue.put: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            handOff.put(1);
                            return "put";
                        }
                    }));
            final LinkedBlockingDeque<Integer> deque = new LinkedBlockingDeque<>();
            System.out.println(kind + "LinkedBlockingDeque.takeLast: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + deque.takeLast();
                        }
                    }));
            final PriorityBlockingQueue<Integer> priorities = new PriorityBlockingQueue<>();
            System.out.println(kind + "PriorityBlockingQueue.take: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + priorities.take();
                        }
                    }));
            final DelayQueue<Later> delays = new DelayQueue<>();
            delays.add(new Later());
            System.out.println(kind + "DelayQueue.take: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + delays.take();
                        }
                    }));
            final Semaphore none = new Semaphore(0);
            System.out.println(kind + "Semaphore.acquire: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            none.acquire();
                            return "a permit";
                        }
                    }));
            final Semaphore later = new Semaphore(0);
            System.out.println(kind + "Semaphore.acquireUninterruptibly: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            Thread releaser = new Thread(new Runnable() {
                                @Override
                                public void run() {
                                    try {
                                        Thread.sleep(400);
                                    } catch (InterruptedException e) {
                                        return;
                                    }
                                    later.release();
                                }
                            });
                            releaser.start();
                            later.acquireUninterruptibly();
                            return "a permit after the release";
                        }
                    }));
            final CountDownLatch latch = new CountDownLatch(1);
            System.out.println(kind + "CountDownLatch.await: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            latch.await();
                            return "opened";
                        }
                    }));
            final CyclicBarrier barrier = new CyclicBarrier(2);
            System.out.println(kind + "CyclicBarrier.await: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + barrier.await();
                        }
                    })
                    + ", broken " + barrier.isBroken());
            try {
                barrier.await();
            } catch (BrokenBarrierException e) {
                System.out.println(kind + "the next party: " + e.getClass().getName());
            }
            final FutureTask<String> never = new FutureTask<>(new java.util.concurrent.Callable<String>() {
                @Override
                public String call() {
                    return "done";
                }
            });
            System.out.println(kind + "Future.get: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return never.get();
                        }
                    }));
            final Exchanger<String> exchanger = new Exchanger<>();
            System.out.println(kind + "Exchanger.exchange: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return exchanger.exchange("mine");
                        }
                    }));
            final Phaser phaser = new Phaser(2);
            System.out.println(kind + "Phaser.awaitAdvanceInterruptibly: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            return "" + phaser.awaitAdvanceInterruptibly(phaser.arrive());
                        }
                    }));
            final ReentrantLock lock = new ReentrantLock();
            lock.lock();
            System.out.println(kind + "ReentrantLock.lockInterruptibly: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            lock.lockInterruptibly();
                            return "locked";
                        }
                    }));
            lock.unlock();
            final Object monitor = new Object();
            System.out.println(kind + "Object.wait: "
                    + interrupted(virtual, new Wait() {
                        public String run() throws Exception {
                            synchronized (monitor) {
                                monitor.wait();
                            }
                            return "notified";
                        }
                    }));
        }
    }
}
