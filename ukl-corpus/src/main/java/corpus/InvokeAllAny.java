package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * invokeAll (results in task order, failures as ExecutionException), invokeAny (a successful
 * result; only failures: the last failure), a completion service (results summed, since their
 * order depends on timing), cancellation, and rejection after shutdown.
 */
public final class InvokeAllAny {
    private InvokeAllAny() {}

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            tasks.add(() -> {
                if (n == 4) {
                    throw new IllegalStateException("task " + n + " failed");
                }
                return "r" + n;
            });
        }
        for (Future<String> f : pool.invokeAll(tasks)) {
            try {
                System.out.println("invokeAll: " + f.get() + " " + f.state());
            } catch (ExecutionException e) {
                System.out.println("invokeAll: " + e.getCause() + " " + f.state());
            }
        }
        String any = pool.invokeAny(List.of(() -> "same", () -> "same", () -> "same"));
        System.out.println("invokeAny: " + any);
        try {
            pool.invokeAny(List.<Callable<String>>of(() -> {
                throw new ArithmeticException("only failure");
            }));
        } catch (ExecutionException e) {
            System.out.println("invokeAny failed: " + e.getCause());
        }
        ExecutorCompletionService<Integer> ecs = new ExecutorCompletionService<>(pool);
        for (int i = 1; i <= 10; i++) {
            int n = i;
            ecs.submit(() -> n * n);
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += ecs.take().get();
        }
        System.out.println("completion service sum: " + sum + ", then " + ecs.poll());
        ExecutorService single = Executors.newSingleThreadExecutor();
        Future<?> blocker = single.submit(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Future<String> queued = single.submit(() -> "never");
        System.out.println("cancel queued: " + queued.cancel(false) + " " + queued.isCancelled());
        try {
            queued.get();
        } catch (CancellationException e) {
            System.out.println("get after cancel: CancellationException");
        }
        System.out.println("interrupt running: " + blocker.cancel(true));
        single.shutdown();
        System.out.println("single terminated: " + single.awaitTermination(10, TimeUnit.SECONDS));
        pool.shutdown();
        try {
            pool.submit(() -> "late");
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }
        System.out.println(
                "pool terminated: " + pool.awaitTermination(10, TimeUnit.SECONDS) + " " + pool.isTerminated());
    }
}
