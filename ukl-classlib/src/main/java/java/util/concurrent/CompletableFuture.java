package java.util.concurrent;

import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A future completed explicitly or by a stage it depends on, with the JDK's visible rules: a
 * stage whose source failed with X completes with a CompletionException whose cause is X (X
 * itself if it already is one); a function that throws completes its stage the same way; get()
 * reports failures as ExecutionException of the cause, join() and getNow() as the
 * CompletionException; cancel() completes with a CancellationException. Dependents registered
 * before completion run in the completing thread, last registered first (the JDK's stack order),
 * those registered after completion run at once in the registering thread; the *Async forms run
 * on the given executor or ForkJoinPool.commonPool().
 *
 * <p>Internally one result field (null while incomplete, {@link AltResult} for null and for
 * failures), a stack of dependents, and a shared-acquire latch for waiting threads.
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    /** A null result, or a failure. */
    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable ex) {
            this.ex = ex;
        }
    }

    static final AltResult NIL = new AltResult(null);

    private volatile Object result;
    private Completion stack;
    private final Latch latch = new Latch(this);

    /** Acquiring (shared) succeeds once the future has a result; also the monitor of {@code stack}. */
    private static final class Latch extends AbstractQueuedSynchronizer {
        private final CompletableFuture<?> f;

        Latch(CompletableFuture<?> f) {
            this.f = f;
        }

        @Override
        protected int tryAcquireShared(int unused) {
            return f.result != null ? 1 : -1;
        }

        @Override
        protected boolean tryReleaseShared(int unused) {
            return true;
        }
    }

    /** Something to do once a source completes. */
    abstract static class Completion implements Runnable {
        Completion next;
    }

    public CompletableFuture() {}

    private CompletableFuture(Object r) {
        result = r;
    }

    // ---- completing

    /** Sets the result once; runs the dependents. */
    final boolean internalComplete(Object r) {
        return set(r, false);
    }

    final boolean completeValue(Object v) {
        return internalComplete(v == null ? NIL : v);
    }

    static AltResult encodeThrowable(Throwable x) {
        return new AltResult(x instanceof CompletionException ? x : new CompletionException(x));
    }

    final boolean completeThrowable(Throwable x) {
        return internalComplete(encodeThrowable(x));
    }

    /** Completes with failure x taken from source result r: r itself if x is already a CompletionException. */
    final boolean completeThrowable(Throwable x, Object r) {
        if (x instanceof CompletionException) {
            return internalComplete(r instanceof AltResult a && a.ex == x ? r : new AltResult(x));
        }
        return internalComplete(new AltResult(new CompletionException(x)));
    }

    /** Takes over another future's result, wrapping a raw failure. */
    final boolean completeRelay(Object r) {
        if (r instanceof AltResult a && a.ex != null && !(a.ex instanceof CompletionException)) {
            return internalComplete(new AltResult(new CompletionException(a.ex)));
        }
        return internalComplete(r);
    }

    /** Runs c now if this future is complete, else when it completes. */
    final void push(Completion c) {
        synchronized (latch) {
            if (result == null) {
                c.next = stack;
                stack = c;
                return;
            }
        }
        c.run();
    }

    public boolean complete(T value) {
        return completeValue(value);
    }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return internalComplete(new AltResult(ex));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = result == null && internalComplete(new AltResult(new CancellationException()));
        return cancelled || isCancelled();
    }

    public void obtrudeValue(T value) {
        set(value == null ? NIL : value, true);
    }

    public void obtrudeException(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        set(new AltResult(ex), true);
    }

    /** Sets the result (once, unless {@code always}: obtrude*), then runs the dependents, last pushed first. */
    private boolean set(Object r, boolean always) {
        Completion h;
        synchronized (latch) {
            if (result != null && !always) {
                return false;
            }
            result = r;
            h = stack;
            stack = null;
        }
        latch.releaseShared(1);
        for (; h != null; h = h.next) {
            h.run();
        }
        return true;
    }

    // ---- reading

    @SuppressWarnings("unchecked")
    private static <T> T value(Object r) {
        return r == NIL ? null : (T) r;
    }

    private static Throwable failure(Object r) {
        return r instanceof AltResult a ? a.ex : null;
    }

    /** get()'s report: ExecutionException of the cause; a cancellation as a new one caused by it (JDK 25). */
    private static <T> T reportGet(Object r) throws ExecutionException {
        Throwable x = failure(r);
        if (x == null) {
            return value(r);
        }
        if (x instanceof CancellationException c) {
            throw new CancellationException("get", c);
        }
        Throwable cause;
        if (x instanceof CompletionException && (cause = x.getCause()) != null) {
            x = cause;
        }
        throw new ExecutionException(x);
    }

    /** join()'s and getNow()'s report: the CompletionException (made if needed); a cancellation as get's. */
    private static <T> T reportJoin(Object r, String details) {
        Throwable x = failure(r);
        if (x == null) {
            return value(r);
        }
        if (x instanceof CancellationException c) {
            throw new CancellationException(details, c);
        }
        if (x instanceof CompletionException c) {
            throw c;
        }
        throw new CompletionException(x);
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        latch.acquireSharedInterruptibly(1);
        return reportGet(result);
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (!latch.tryAcquireSharedNanos(1, unit.toNanos(timeout))) {
            throw new TimeoutException();
        }
        return reportGet(result);
    }

    public T join() {
        latch.acquireShared(1);
        return reportJoin(result, "join");
    }

    public T getNow(T valueIfAbsent) {
        Object r = result;
        return r == null ? valueIfAbsent : reportJoin(r, "getNow");
    }

    /** The value; IllegalStateException (without message, as the JDK's) when there is none. */
    @Override
    public T resultNow() {
        Object r = result;
        if (r == null || failure(r) != null) {
            throw new IllegalStateException();
        }
        return value(r);
    }

    /** The failure's cause; IllegalStateException (without message) if none or cancelled. */
    @Override
    public Throwable exceptionNow() {
        Throwable x = failure(result);
        if (x == null || x instanceof CancellationException) {
            throw new IllegalStateException();
        }
        return x instanceof CompletionException && x.getCause() != null ? x.getCause() : x;
    }

    @Override
    public State state() {
        Object r = result;
        if (r == null) {
            return State.RUNNING;
        }
        Throwable x = failure(r);
        return x == null ? State.SUCCESS : x instanceof CancellationException ? State.CANCELLED : State.FAILED;
    }

    @Override
    public boolean isDone() {
        return result != null;
    }

    @Override
    public boolean isCancelled() {
        return failure(result) instanceof CancellationException;
    }

    public boolean isCompletedExceptionally() {
        return failure(result) != null;
    }

    public int getNumberOfDependents() {
        synchronized (latch) {
            int n = 0;
            for (Completion c = stack; c != null; c = c.next) {
                n++;
            }
            return n;
        }
    }

    @Override
    public String toString() {
        Object r = result;
        String status;
        if (r != null) {
            Throwable x = failure(r);
            status = x == null ? "[Completed normally]" : "[Completed exceptionally: " + x + "]";
        } else {
            int n = getNumberOfDependents();
            status = n == 0 ? "[Incomplete]" : "[Incomplete with " + n + " dependents]";
        }
        return super.toString() + status;
    }

    // ---- factories

    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>(value == null ? NIL : value);
    }

    public static <U> CompletionStage<U> completedStage(U value) {
        return completedFuture(value);
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new CompletableFuture<U>(new AltResult(ex));
    }

    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        return failedFuture(ex);
    }

    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    public Executor defaultExecutor() {
        return ForkJoinPool.commonPool();
    }

    public CompletableFuture<T> copy() {
        return uni(Step.RELAY, null, null);
    }

    public CompletionStage<T> minimalCompletionStage() {
        return copy();
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        executor.execute(new AsyncSupply<T>(this, supplier));
        return this;
    }

    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    // ---- timeouts and delays (JDK 9): tasks on the Delayer's scheduled pool ----

    /** Completes this future with a TimeoutException unless it completes within the timeout. */
    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (!isDone()) {
            whenComplete(new Canceller(Delayer.delay(new Timeout(this), timeout, unit)));
        }
        return this;
    }

    /** Completes this future with {@code value} unless it completes within the timeout. */
    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (!isDone()) {
            whenComplete(new Canceller(Delayer.delay(new DelayedCompleter<T>(this, value), timeout, unit)));
        }
        return this;
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (unit == null || executor == null) {
            throw new NullPointerException();
        }
        return new DelayedExecutor(delay, unit, executor);
    }

    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        return new DelayedExecutor(delay, unit, ForkJoinPool.commonPool());
    }

    /** Hands each task to its executor once the delay has passed. */
    static final class DelayedExecutor implements Executor {
        private final long delay;
        private final TimeUnit unit;
        private final Executor executor;

        DelayedExecutor(long delay, TimeUnit unit, Executor executor) {
            this.delay = delay;
            this.unit = unit;
            this.executor = executor;
        }

        @Override
        public void execute(Runnable r) {
            if (r == null) {
                throw new NullPointerException();
            }
            Delayer.delay(new TaskSubmitter(executor, r), delay, unit);
        }
    }

    private static final class TaskSubmitter implements Runnable {
        private final Executor executor;
        private final Runnable action;

        TaskSubmitter(Executor executor, Runnable action) {
            this.executor = executor;
            this.action = action;
        }

        @Override
        public void run() {
            executor.execute(action);
        }
    }

    private static final class Timeout implements Runnable {
        private final CompletableFuture<?> f;

        Timeout(CompletableFuture<?> f) {
            this.f = f;
        }

        @Override
        public void run() {
            if (!f.isDone()) {
                f.completeExceptionally(new TimeoutException());
            }
        }
    }

    private static final class DelayedCompleter<U> implements Runnable {
        private final CompletableFuture<U> f;
        private final U value;

        DelayedCompleter(CompletableFuture<U> f, U value) {
            this.f = f;
            this.value = value;
        }

        @Override
        public void run() {
            f.complete(value);
        }
    }

    /** Cancels the timeout once the future completed normally before it (the JDK leaves it after a failure). */
    private static final class Canceller implements BiConsumer<Object, Throwable> {
        private final Future<?> timeout;

        Canceller(Future<?> timeout) {
            this.timeout = timeout;
        }

        @Override
        public void accept(Object ignore, Throwable ex) {
            if (ex == null && !timeout.isDone()) {
                timeout.cancel(false);
            }
        }
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, ForkJoinPool.commonPool());
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> d = new CompletableFuture<U>();
        executor.execute(new AsyncSupply<U>(d, supplier));
        return d;
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return runAsync(runnable, ForkJoinPool.commonPool());
    }

    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        if (runnable == null || executor == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        executor.execute(new AsyncRun(d, runnable));
        return d;
    }

    private static final class AsyncSupply<U> implements Runnable {
        private final CompletableFuture<U> d;
        private final Supplier<? extends U> fn;

        AsyncSupply(CompletableFuture<U> d, Supplier<? extends U> fn) {
            this.d = d;
            this.fn = fn;
        }

        @Override
        public void run() {
            if (d.result == null) {
                try {
                    d.completeValue(fn.get());
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
        }
    }

    private static final class AsyncRun implements Runnable {
        private final CompletableFuture<Void> d;
        private final Runnable fn;

        AsyncRun(CompletableFuture<Void> d, Runnable fn) {
            this.d = d;
            this.fn = fn;
        }

        @Override
        public void run() {
            if (d.result == null) {
                try {
                    fn.run();
                    d.completeValue(null);
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
        }
    }

    /** Completes when all complete; fails with the first failure in argument order, as the JDK's tree does. */
    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        if (cfs.length == 0) {
            d.completeValue(null);
            return d;
        }
        AllOf all = new AllOf(d, cfs);
        for (CompletableFuture<?> f : cfs) {
            f.push(all.new Arrival());
        }
        return d;
    }

    private static final class AllOf {
        private final CompletableFuture<Void> d;
        private final CompletableFuture<?>[] cfs;
        private int pending;

        AllOf(CompletableFuture<Void> d, CompletableFuture<?>[] cfs) {
            this.d = d;
            this.cfs = cfs;
            this.pending = cfs.length;
        }

        final class Arrival extends Completion {
            @Override
            public void run() {
                synchronized (AllOf.this) {
                    if (--pending != 0) {
                        return;
                    }
                }
                for (CompletableFuture<?> f : cfs) {
                    Object r = f.result;
                    Throwable x = failure(r);
                    if (x != null) {
                        d.completeThrowable(x, r);
                        return;
                    }
                }
                d.completeValue(null);
            }
        }
    }

    /** Completes as the first to complete (in argument order among those already complete). */
    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> f : cfs) {
            Object r = f.result;
            if (r != null) {
                d.completeRelay(r);
                return d;
            }
        }
        for (CompletableFuture<?> f : cfs) {
            f.push(new Relay(f, d));
        }
        return d;
    }

    private static final class Relay extends Completion {
        private final CompletableFuture<?> src;
        private final CompletableFuture<?> d;

        Relay(CompletableFuture<?> src, CompletableFuture<?> d) {
            this.src = src;
            this.d = d;
        }

        @Override
        public void run() {
            d.completeRelay(src.result);
        }
    }

    // ---- stages

    private Executor screen(Executor e) {
        if (e == null) {
            throw new NullPointerException();
        }
        return e;
    }

    private <U> CompletableFuture<U> uni(int kind, Object fn, Executor e) {
        if (fn == null && kind != Step.RELAY) {
            throw new NullPointerException();
        }
        CompletableFuture<U> d = newIncompleteFuture();
        push(new Step<U>(kind, fn, e, this, null, d));
        return d;
    }

    private <U> CompletableFuture<U> bi(int kind, CompletionStage<?> other, Object fn, Executor e) {
        if (fn == null || other == null) {
            throw new NullPointerException();
        }
        CompletableFuture<?> b = other.toCompletableFuture();
        CompletableFuture<U> d = newIncompleteFuture();
        Step<U> step = new Step<U>(kind, fn, e, this, b, d);
        push(step.new Arrival());
        b.push(step.new Arrival());
        return d;
    }

    /**
     * One dependent stage: what to do ({@code kind}, {@code fn}) with the result of {@code a} (and
     * {@code b} for the two-source kinds), on which executor, completing {@code d}.
     */
    private static final class Step<U> extends Completion {
        static final int APPLY = 0;
        static final int ACCEPT = 1;
        static final int RUN = 2;
        static final int HANDLE = 3;
        static final int WHEN = 4;
        static final int EXCEPTIONALLY = 5;
        static final int COMPOSE = 6;
        static final int RELAY = 7;
        static final int EXCEPTIONALLY_COMPOSE = 8;
        static final int COMBINE = 10;
        static final int ACCEPT_BOTH = 11;
        static final int RUN_BOTH = 12;
        static final int APPLY_EITHER = 13;
        static final int ACCEPT_EITHER = 14;
        static final int RUN_EITHER = 15;

        private final int kind;
        private final Object fn;
        private final Executor executor;
        private final CompletableFuture<?> a;
        private final CompletableFuture<?> b;
        private final CompletableFuture<U> d;
        private int arrivals;
        private boolean claimed;
        private Object ra;
        private Object rb;

        Step(
                int kind,
                Object fn,
                Executor executor,
                CompletableFuture<?> a,
                CompletableFuture<?> b,
                CompletableFuture<U> d) {
            this.kind = kind;
            this.fn = fn;
            this.executor = executor;
            this.a = a;
            this.b = b;
            this.d = d;
        }

        /** One source of a two-source step arrived: "both" kinds wait for the second, "either" kinds take the first. */
        final class Arrival extends Completion {
            @Override
            public void run() {
                synchronized (Step.this) {
                    arrivals++;
                    boolean either = kind >= APPLY_EITHER;
                    if (claimed || (!either && arrivals < 2)) {
                        return;
                    }
                    claimed = true;
                }
                fire();
            }
        }

        @Override
        public void run() {
            fire();
        }

        /** Runs now, or hands itself to the executor (then runs there). */
        private void fire() {
            ra = a.result;
            rb = b == null ? null : b.result;
            if (executor != null && !d.isDone()) {
                try {
                    executor.execute(new Runnable() {
                        @Override
                        public void run() {
                            compute();
                        }
                    });
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
                return;
            }
            compute();
        }

        @SuppressWarnings("unchecked")
        private void compute() {
            if (d.result != null) {
                return;
            }
            Object r = ra;
            if (kind >= APPLY_EITHER && r == null) {
                r = rb; // the other source won
            }
            Throwable x = failure(r);
            try {
                if (kind >= COMBINE && kind <= RUN_BOTH && x == null && failure(rb) != null) {
                    d.completeThrowable(failure(rb), rb);
                    return;
                }
                if (x != null
                        && kind != HANDLE
                        && kind != WHEN
                        && kind != EXCEPTIONALLY
                        && kind != EXCEPTIONALLY_COMPOSE) {
                    d.completeThrowable(x, r);
                    return;
                }
                switch (kind) {
                    case APPLY, APPLY_EITHER -> d.completeValue(((Function<Object, Object>) fn).apply(value(r)));
                    case ACCEPT, ACCEPT_EITHER -> {
                        ((Consumer<Object>) fn).accept(value(r));
                        d.completeValue(null);
                    }
                    case RUN, RUN_BOTH, RUN_EITHER -> {
                        ((Runnable) fn).run();
                        d.completeValue(null);
                    }
                    case COMBINE ->
                        d.completeValue(((BiFunction<Object, Object, Object>) fn).apply(value(r), value(rb)));
                    case ACCEPT_BOTH -> {
                        ((BiConsumer<Object, Object>) fn).accept(value(r), value(rb));
                        d.completeValue(null);
                    }
                    case HANDLE ->
                        d.completeValue(
                                ((BiFunction<Object, Throwable, Object>) fn).apply(x == null ? value(r) : null, x));
                    case WHEN -> when((BiConsumer<Object, Throwable>) fn, r, x);
                    case EXCEPTIONALLY -> {
                        if (x == null) {
                            d.internalComplete(r);
                        } else {
                            d.completeValue(((Function<Throwable, Object>) fn).apply(x));
                        }
                    }
                    case COMPOSE -> compose(((Function<Object, CompletionStage<U>>) fn).apply(value(r)));
                    case EXCEPTIONALLY_COMPOSE -> {
                        if (x == null) {
                            d.internalComplete(r);
                        } else {
                            compose(((Function<Throwable, CompletionStage<U>>) fn).apply(x));
                        }
                    }
                    default -> d.completeRelay(r);
                }
            } catch (Throwable ex) {
                d.completeThrowable(ex);
            }
        }

        private void when(BiConsumer<Object, Throwable> action, Object r, Throwable x) {
            try {
                action.accept(x == null ? value(r) : null, x);
            } catch (Throwable ex) {
                if (x == null) {
                    d.completeThrowable(ex);
                    return;
                }
                if (x != ex) {
                    x.addSuppressed(ex);
                }
            }
            if (x == null) {
                d.internalComplete(r);
            } else {
                d.completeThrowable(x, r);
            }
        }

        private void compose(CompletionStage<U> stage) {
            CompletableFuture<U> g = stage.toCompletableFuture();
            g.push(new Relay(g, d));
        }
    }

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uni(Step.APPLY, fn, null);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uni(Step.APPLY, fn, defaultExecutor());
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uni(Step.APPLY, fn, screen(executor));
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uni(Step.ACCEPT, action, null);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uni(Step.ACCEPT, action, defaultExecutor());
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uni(Step.ACCEPT, action, screen(executor));
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return uni(Step.RUN, action, null);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uni(Step.RUN, action, defaultExecutor());
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uni(Step.RUN, action, screen(executor));
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(
            CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        return bi(Step.COMBINE, other, fn, null);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(
            CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {
        return bi(Step.COMBINE, other, fn, defaultExecutor());
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(
            CompletionStage<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return bi(Step.COMBINE, other, fn, screen(executor));
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(
            CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        return bi(Step.ACCEPT_BOTH, other, action, null);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(
            CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action) {
        return bi(Step.ACCEPT_BOTH, other, action, defaultExecutor());
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(
            CompletionStage<? extends U> other, BiConsumer<? super T, ? super U> action, Executor executor) {
        return bi(Step.ACCEPT_BOTH, other, action, screen(executor));
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return bi(Step.RUN_BOTH, other, action, null);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return bi(Step.RUN_BOTH, other, action, defaultExecutor());
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return bi(Step.RUN_BOTH, other, action, screen(executor));
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return bi(Step.APPLY_EITHER, other, fn, null);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return bi(Step.APPLY_EITHER, other, fn, defaultExecutor());
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(
            CompletionStage<? extends T> other, Function<? super T, U> fn, Executor executor) {
        return bi(Step.APPLY_EITHER, other, fn, screen(executor));
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return bi(Step.ACCEPT_EITHER, other, action, null);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return bi(Step.ACCEPT_EITHER, other, action, defaultExecutor());
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(
            CompletionStage<? extends T> other, Consumer<? super T> action, Executor executor) {
        return bi(Step.ACCEPT_EITHER, other, action, screen(executor));
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return bi(Step.RUN_EITHER, other, action, null);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return bi(Step.RUN_EITHER, other, action, defaultExecutor());
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return bi(Step.RUN_EITHER, other, action, screen(executor));
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uni(Step.COMPOSE, fn, null);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uni(Step.COMPOSE, fn, defaultExecutor());
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(
            Function<? super T, ? extends CompletionStage<U>> fn, Executor executor) {
        return uni(Step.COMPOSE, fn, screen(executor));
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uni(Step.HANDLE, fn, null);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uni(Step.HANDLE, fn, defaultExecutor());
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uni(Step.HANDLE, fn, screen(executor));
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uni(Step.WHEN, action, null);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uni(Step.WHEN, action, defaultExecutor());
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return uni(Step.WHEN, action, screen(executor));
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uni(Step.EXCEPTIONALLY, fn, null);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uni(Step.EXCEPTIONALLY, fn, defaultExecutor());
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uni(Step.EXCEPTIONALLY, fn, screen(executor));
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uni(Step.EXCEPTIONALLY_COMPOSE, fn, null);
    }
}
