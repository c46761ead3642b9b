package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * CompletableFuture pipelines on an executor: supplyAsync, thenApplyAsync, thenCombine,
 * thenCompose, allOf, exceptionally and handle, joined in a fixed order so that the output does
 * not depend on which thread ran which stage.
 */
public final class FuturePipelines {
    private FuturePipelines() {}

    static long slowSquare(int x) {
        long r = 0;
        for (int i = 0; i < x; i++) {
            r += x;
        }
        return r;
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<CompletableFuture<Long>> squares = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int x = i * 1000;
            squares.add(CompletableFuture.supplyAsync(() -> slowSquare(x), pool).thenApplyAsync(v -> v / 1000, pool));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(squares.toArray(new CompletableFuture<?>[0]));
        CompletableFuture<Long> sum = all.thenApply(v -> {
            long s = 0;
            for (CompletableFuture<Long> f : squares) {
                s += f.join();
            }
            return s;
        });
        System.out.println("sum of squares/1000: " + sum.join());
        CompletableFuture<String> combined = CompletableFuture.supplyAsync(() -> "left", pool)
                .thenCombine(CompletableFuture.supplyAsync(() -> "right", pool), (a, b) -> a + "+" + b)
                .thenCompose(s -> CompletableFuture.supplyAsync(() -> s.toUpperCase(), pool));
        System.out.println("combined: " + combined.join());
        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(
                () -> {
                    throw new IllegalArgumentException("bad input");
                },
                pool);
        try {
            failing.thenApply(x -> x + 1).join();
        } catch (CompletionException e) {
            System.out.println("failed: " + e.getCause());
        }
        System.out.println("recovered: " + failing.exceptionally(e -> -1).join());
        System.out.println("handled: "
                + failing.handle((v, e) -> e == null ? "ok" : e.getClass().getSimpleName())
                        .join());
        CompletableFuture<Void> runs = CompletableFuture.runAsync(() -> {}, pool);
        System.out.println("runAsync: " + runs.join() + " " + runs.isDone());
        System.out.println(
                "common pool: " + CompletableFuture.supplyAsync(() -> 6 * 7).join());
        pool.shutdown();
        System.out.println("shut down: " + pool.isShutdown());
    }
}
