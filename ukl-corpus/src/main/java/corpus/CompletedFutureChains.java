package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * CompletableFuture chains over already-completed futures (values, failures and how each stage
 * wraps them), FutureTask, an executor that runs tasks in the caller (invokeAll/invokeAny), and the
 * locks, synchronizers and blocking queues used without blocking, in one thread.
 */
public final class CompletedFutureChains {
    private CompletedFutureChains() {}

    /** Runs each task in the submitting thread. */
    static final class DirectExecutor extends AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return new ArrayList<>();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return shutdown;
        }
    }

    static String describe(Throwable t) {
        return t.getClass().getSimpleName() + "(" + t.getMessage() + ")"
                + (t.getCause() == null ? "" : " caused by " + describe(t.getCause()));
    }

    static void report(String what, CompletableFuture<?> f) {
        try {
            System.out.println(what + " join " + f.join());
        } catch (RuntimeException e) {
            System.out.println(what + " join threw " + describe(e));
        }
        try {
            System.out.println(what + " get " + f.get());
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            System.out.println(what + " get threw " + describe(e));
        }
        System.out.println(what + " done=" + f.isDone() + " failed=" + f.isCompletedExceptionally() + " cancelled="
                + f.isCancelled() + " state=" + f.state());
    }

    // The functions are classes, not lambdas: the translator's host harness does not lower
    // invokedynamic (the linker does, for images).

    /** x * mul + add. */
    static final class Affine implements Function<Integer, Integer> {
        private final int mul;
        private final int add;

        Affine(int mul, int add) {
            this.mul = mul;
            this.add = add;
        }

        @Override
        public Integer apply(Integer x) {
            return x * mul + add;
        }
    }

    /** x / divisor (ArithmeticException for 0, with a message naming x for -1). */
    static final class Divide implements Function<Integer, Integer> {
        private final int divisor;

        Divide(int divisor) {
            this.divisor = divisor;
        }

        @Override
        public Integer apply(Integer x) {
            if (divisor == -1) {
                throw new ArithmeticException("bad " + x);
            }
            return x / divisor;
        }
    }

    /** A completed future of x + add, or a failed one when failure is given. */
    static final class Then implements Function<Integer, CompletionStage<Integer>> {
        private final int add;
        private final RuntimeException failure;

        Then(int add, RuntimeException failure) {
            this.add = add;
            this.failure = failure;
        }

        @Override
        public CompletionStage<Integer> apply(Integer x) {
            return failure == null
                    ? CompletableFuture.completedFuture(x + add)
                    : CompletableFuture.failedFuture(failure);
        }
    }

    static final BiFunction<Integer, Integer, Integer> SUM = new BiFunction<Integer, Integer, Integer>() {
        @Override
        public Integer apply(Integer a, Integer b) {
            return a + b;
        }
    };

    /** Appends a tag, the value(s) it sees if asked, and ';'. */
    static final class Log<T> implements Consumer<T>, Runnable, BiConsumer<T, Object> {
        private final StringBuilder sb;
        private final String tag;
        private final boolean values;

        Log(StringBuilder sb, String tag, boolean values) {
            this.sb = sb;
            this.tag = tag;
            this.values = values;
        }

        @Override
        public void accept(T v) {
            sb.append(tag);
            if (values) {
                sb.append(' ').append(v);
            }
            sb.append(';');
        }

        @Override
        public void accept(T v, Object e) {
            sb.append(tag);
            if (values) {
                sb.append(' ').append(v).append(' ').append(e);
            }
            sb.append(';');
        }

        @Override
        public void run() {
            sb.append(tag).append(';');
        }
    }

    /** Returns a value, or throws the given exception. */
    static final class Task<T> implements Callable<T> {
        private final T value;
        private final Exception failure;

        Task(T value, Exception failure) {
            this.value = value;
            this.failure = failure;
        }

        @Override
        public T call() throws Exception {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    static final Function<String, String> UPPER = new Function<String, String>() {
        @Override
        public String apply(String s) {
            return s.toUpperCase();
        }
    };

    static final Function<String, String> SAME = new Function<String, String>() {
        @Override
        public String apply(String s) {
            return s;
        }
    };

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> two = CompletableFuture.completedFuture(2);
        CompletableFuture<Integer> chain = two.thenApply(new Affine(21, 0))
                .thenCompose(new Then(1, null))
                .thenCombine(CompletableFuture.completedFuture(10), SUM);
        report("chain", chain);
        StringBuilder log = new StringBuilder();
        chain.thenAccept(new Log<Integer>(log, "accept", true)).thenRun(new Log<Void>(log, "run", false));
        chain.whenComplete(new Log<Integer>(log, "when", true));
        System.out.println(log);

        final IllegalStateException boom = new IllegalStateException("boom");
        CompletableFuture<Integer> failed = CompletableFuture.failedFuture(boom);
        report("failed", failed);
        CompletableFuture<Integer> after = failed.thenApply(new Affine(1, 1));
        report("after", after);
        report("handled", after.handle(new BiFunction<Integer, Throwable, String>() {
            @Override
            public String apply(Integer v, Throwable e) {
                return "handled " + describe(e);
            }
        }));
        report("recovered", failed.exceptionally(new Function<Throwable, Integer>() {
            @Override
            public Integer apply(Throwable e) {
                return -1;
            }
        }));
        report("recovered later", after.exceptionally(new Function<Throwable, Integer>() {
            @Override
            public Integer apply(Throwable e) {
                return e.getCause() == boom ? -2 : -3;
            }
        }));
        report("throwing", two.thenApply(new Divide(-1)));
        report("when on failure", failed.whenComplete(new Log<Integer>(new StringBuilder(), "ignored", true)));
        report("composed failure", two.thenCompose(new Then(0, new RuntimeException("inner"))));
        report("wrapped twice", after.thenApply(new Affine(1, 0)));

        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> upper = pending.thenApply(UPPER);
        System.out.println(
                "pending " + pending.getNow("absent") + " " + pending.isDone() + " " + pending.getNumberOfDependents());
        StringBuilder order = new StringBuilder();
        pending.thenAccept(new Log<String>(order, "first", false));
        pending.thenAccept(new Log<String>(order, "second", false));
        System.out.println(
                pending.complete("late") + " " + pending.complete("again") + " " + upper.join() + " " + order);
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        System.out.println("cancel " + cancelled.cancel(true));
        report("cancelled", cancelled);
        report("after cancel", cancelled.thenApply(SAME));
        try {
            pending.get(1, TimeUnit.MILLISECONDS);
            new CompletableFuture<String>().get(1, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            System.out.println("timed out " + e.getMessage());
        }

        CompletableFuture<Void> all = CompletableFuture.allOf(two, chain, CompletableFuture.completedFuture("x"));
        report("allOf", all);
        report("allOf failing", CompletableFuture.allOf(two, after, failed));
        report("anyOf", CompletableFuture.anyOf(new CompletableFuture<>(), chain, two));
        report("anyOf failing", CompletableFuture.anyOf(failed, two));
        report("either", two.applyToEither(new CompletableFuture<Integer>(), new Affine(3, 0)));
        report("both", two.thenAcceptBoth(chain, new BiConsumer<Integer, Integer>() {
            @Override
            public void accept(Integer a, Integer b) {
                log.append(a * b);
            }
        }));
        System.out.println(log);
        try {
            CompletableFuture.completedFuture(1).thenApply(new Divide(0)).join();
        } catch (CompletionException e) {
            System.out.println("join " + describe(e));
        }

        FutureTask<String> task = new FutureTask<>(new Task<String>("task result", null));
        System.out.println(task.isDone() + " " + task.state());
        task.run();
        System.out.println(task.get() + " " + task.isDone() + " " + task.state() + " " + task.resultNow());
        FutureTask<String> failing = new FutureTask<>(new Task<String>(null, new java.io.IOException("disk")));
        failing.run();
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("task " + describe(e) + " " + failing.state() + " "
                    + failing.exceptionNow().getMessage());
        }
        FutureTask<Integer> never = new FutureTask<>(new Task<Integer>(1, null));
        System.out.println("cancel " + never.cancel(false) + " " + never.isCancelled() + " " + never.cancel(false));
        never.run();
        try {
            never.get();
        } catch (java.util.concurrent.CancellationException e) {
            System.out.println("cancelled task " + e.getClass().getSimpleName());
        }

        DirectExecutor direct = new DirectExecutor();
        List<Callable<Integer>> tasks = new ArrayList<>();
        tasks.add(new Task<Integer>(1, null));
        tasks.add(new Task<Integer>(null, new IllegalArgumentException("two")));
        tasks.add(new Task<Integer>(3, null));
        for (Future<Integer> f : direct.invokeAll(tasks)) {
            try {
                System.out.println("invokeAll " + f.get());
            } catch (ExecutionException e) {
                System.out.println("invokeAll " + describe(e.getCause()));
            }
        }
        List<Callable<Integer>> someFail = new ArrayList<>();
        someFail.add(new Task<Integer>(null, new IllegalStateException("no")));
        someFail.add(new Task<Integer>(7, null));
        System.out.println("invokeAny " + direct.invokeAny(someFail));
        List<Callable<Integer>> allFail = new ArrayList<>();
        allFail.add(new Task<Integer>(null, new IllegalStateException("none")));
        try {
            direct.invokeAny(allFail);
        } catch (ExecutionException e) {
            System.out.println("invokeAny " + describe(e));
        }
        System.out.println(
                "submit " + direct.submit(new Task<String>("s", null)).get() + " "
                        + direct.submit(new Log<Void>(new StringBuilder(), "r", false), "r")
                                .get());
        direct.close();
        System.out.println("closed " + direct.isShutdown());

        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        System.out.println(lock.tryLock() + " " + lock.getHoldCount() + " " + lock.isHeldByCurrentThread() + " "
                + lock.isLocked() + " " + lock.isFair());
        lock.unlock();
        lock.unlock();
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock unheld " + e.getClass().getSimpleName());
        }
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock(true);
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println(rw.getReadLockCount() + " " + rw.getReadHoldCount() + " "
                + rw.writeLock().tryLock() + " " + rw.isWriteLocked());
        rw.readLock().unlock();
        rw.readLock().unlock();
        rw.writeLock().lock();
        rw.readLock().lock();
        System.out.println(
                rw.isWriteLockedByCurrentThread() + " " + rw.getWriteHoldCount() + " " + rw.getReadLockCount());
        rw.writeLock().unlock();
        rw.readLock().unlock();
        StampedLock sl = new StampedLock();
        long optimistic = sl.tryOptimisticRead();
        System.out.println("valid " + sl.validate(optimistic));
        long w = sl.writeLock();
        System.out.println("after write " + sl.validate(optimistic) + " " + sl.isWriteLocked() + " "
                + sl.tryOptimisticRead() + " " + StampedLock.isWriteLockStamp(w));
        sl.unlockWrite(w);
        long rs = sl.readLock();
        System.out.println("read " + sl.getReadLockCount() + " " + StampedLock.isReadLockStamp(rs) + " "
                + (sl.tryConvertToWriteLock(rs) != 0) + " " + sl.isWriteLocked());

        CountDownLatch latch = new CountDownLatch(2);
        latch.countDown();
        System.out.println("latch " + latch.getCount() + " " + latch.await(1, TimeUnit.MILLISECONDS));
        latch.countDown();
        latch.await();
        System.out.println("latch " + latch.getCount());
        Semaphore sem = new Semaphore(2);
        System.out.println(
                sem.tryAcquire() + " " + sem.tryAcquire(2) + " " + sem.availablePermits() + " " + sem.drainPermits());
        sem.release(3);
        System.out.println(sem.availablePermits());

        ArrayBlockingQueue<Integer> abq = new ArrayBlockingQueue<>(3);
        System.out.println(abq.offer(1) + " " + abq.offer(2) + " " + abq.offer(3) + " " + abq.offer(4) + " "
                + abq.remainingCapacity() + " " + abq);
        try {
            abq.add(5);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(abq.poll() + " " + abq.poll(1, TimeUnit.MILLISECONDS) + " " + abq.take() + " " + abq.poll()
                + " " + abq.poll(1, TimeUnit.MILLISECONDS));
        LinkedBlockingDeque<String> lbd = new LinkedBlockingDeque<>(2);
        lbd.offerFirst("b");
        lbd.offerFirst("a");
        System.out.println(lbd + " " + lbd.offerLast("c") + " " + lbd.pollLast() + " " + lbd.peekFirst());
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>();
        for (int v : new int[] {5, 1, 4, 2, 3}) {
            pbq.put(v);
        }
        List<Integer> drained = new ArrayList<>();
        System.out.println(pbq + " " + pbq.drainTo(drained, 3) + " " + drained + " " + pbq);
    }
}
