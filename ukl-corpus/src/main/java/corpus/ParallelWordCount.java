package corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A word count split into chunks, counted by a fixed pool of four threads into one
 * ConcurrentHashMap (merge), with per-chunk results through futures. The counts are printed
 * sorted: the hash map's own order depends on the order in which threads inserted colliding keys.
 */
public final class ParallelWordCount {
    private ParallelWordCount() {}

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                line.append(WORDS[(i * 7 + j * 3 + i * j) % WORDS.length]).append(' ');
            }
            lines.add(line.toString());
        }
        ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();
        LongAdder words = new LongAdder();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int chunk = 0; chunk < lines.size(); chunk += 25) {
                List<String> part = lines.subList(chunk, chunk + 25);
                tasks.add(() -> {
                    int n = 0;
                    for (String line : part) {
                        for (String w : line.trim().split(" ")) {
                            counts.merge(w, 1, Integer::sum);
                            words.increment();
                            n++;
                        }
                    }
                    return n;
                });
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                total += f.get();
            }
            System.out.println("chunks counted " + total + " words, adder " + words.sum());
            Future<String> longest = pool.submit(() -> {
                String best = "";
                for (String w : counts.keySet()) {
                    if (w.length() > best.length() || (w.length() == best.length() && w.compareTo(best) < 0)) {
                        best = w;
                    }
                }
                return best;
            });
            System.out.println("longest " + longest.get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        // not the map itself: keys sharing a bin iterate in insertion order, which threads decide
        System.out.println(counts.size() + " distinct");
        Map<String, Integer> sorted = new TreeMap<>(counts);
        System.out.println(sorted);
    }
}
