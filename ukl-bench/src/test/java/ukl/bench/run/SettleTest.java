package ukl.bench.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wait before a timed boot: it lasts while this JVM keeps a core busy, and says so. */
class SettleTest {
    @Test
    void waitsWhileTheJvmIsBusy() throws Exception {
        long busyUntil = System.nanoTime() + 400_000_000L;
        Thread spinner = new Thread(() -> {
            long x = 0;
            while (System.nanoTime() < busyUntil) x += System.identityHashCode(this);
            if (x == 42) System.out.println(x); // keeps the loop
        });
        spinner.start();
        List<String> log = new ArrayList<>();
        long start = System.nanoTime();
        Settle.untilIdle("test", log::add);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        spinner.join();
        assertTrue(waitedMillis >= 350, "returned after " + waitedMillis + " ms while a thread spun for 400");
        assertTrue(
                log.size() == 1 && log.get(0).startsWith("test: waited "),
                "one line saying how long it waited: " + log);
    }
}
