package corpus;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Workers released together by a start latch, meeting at a cyclic barrier each round (whose
 * action checks that every worker finished the round), a semaphore bounding how many run a
 * section at once, and a done latch the main thread waits on.
 */
public final class LatchesAndBarriers {
    private LatchesAndBarriers() {}

    public static void main(String[] args) throws InterruptedException {
        int workers = 4;
        int rounds = 5;
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(workers);
        AtomicIntegerArray progress = new AtomicIntegerArray(rounds);
        AtomicInteger badRounds = new AtomicInteger();
        AtomicInteger roundsCompleted = new AtomicInteger();
        CyclicBarrier barrier = new CyclicBarrier(workers, () -> {
            int r = roundsCompleted.getAndIncrement();
            if (progress.get(r) != workers) {
                badRounds.incrementAndGet();
            }
        });
        Semaphore section = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        for (int w = 0; w < workers; w++) {
            new Thread(() -> {
                        try {
                            start.await();
                            for (int r = 0; r < rounds; r++) {
                                section.acquire();
                                try {
                                    int now = inside.incrementAndGet();
                                    maxInside.accumulateAndGet(now, Math::max);
                                    Thread.yield();
                                    inside.decrementAndGet();
                                } finally {
                                    section.release();
                                }
                                progress.incrementAndGet(r);
                                barrier.await();
                            }
                        } catch (InterruptedException | BrokenBarrierException e) {
                            throw new IllegalStateException(e);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        System.out.println("waiting before start: " + done.getCount() + ", barrier parties " + barrier.getParties());
        start.countDown();
        System.out.println("all done: " + done.await(30, TimeUnit.SECONDS));
        System.out.println("rounds " + roundsCompleted.get() + ", bad " + badRounds.get() + ", progress " + progress);
        System.out.println(
                "semaphore respected: " + (maxInside.get() <= 2) + ", permits " + section.availablePermits());
        System.out.println("barrier broken: " + barrier.isBroken() + ", waiting " + barrier.getNumberWaiting());
    }
}
