package corpus;

/** The one thread an image has: its name, a short sleep on the monotonic clock, interrupt status. */
public final class ThreadBasics {
    private ThreadBasics() {}

    public static void main(String[] args) throws InterruptedException {
        Thread current = Thread.currentThread();
        System.out.println(
                "name " + current.getName() + " interrupted " + Thread.interrupted() + " " + current.isInterrupted());
        long start = System.nanoTime();
        Thread.sleep(3);
        long elapsed = System.nanoTime() - start;
        System.out.println("slept at least 3 ms: " + (elapsed >= 3_000_000L));
        Thread.sleep(0);
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("same thread " + (Thread.currentThread() == current));
    }
}
