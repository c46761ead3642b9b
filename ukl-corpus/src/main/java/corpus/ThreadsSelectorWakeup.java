package corpus;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * Selector.wakeup from another thread ends a selection under way at once (its 10 s timeout is far
 * off); a wakeup between selections makes the next one return at once; a selection after that
 * waits again (until its short timeout).
 */
public final class ThreadsSelectorWakeup {
    private ThreadsSelectorWakeup() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        try (Selector selector = Selector.open()) {
            Thread waker = new Thread(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                selector.wakeup();
            });
            long start = System.nanoTime();
            waker.start();
            int n = selector.select(10_000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            waker.join();
            System.out.println("woken from another thread: " + n + " keys, after the waker: " + (millis >= 150)
                    + ", long before the timeout: " + (millis < 5_000));

            selector.wakeup();
            start = System.nanoTime();
            n = selector.select(10_000);
            millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("woken beforehand: " + n + " keys, at once: " + (millis < 5_000));

            start = System.nanoTime();
            n = selector.select(300);
            millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("then waits again: " + n + " keys, for its timeout: " + (millis >= 250));
        }
    }
}
