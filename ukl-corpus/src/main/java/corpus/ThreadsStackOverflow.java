package corpus;

/** Unbounded recursion in a second thread: StackOverflowError there, caught, and both threads go on. */
public final class ThreadsStackOverflow {
    private ThreadsStackOverflow() {}

    static int depth;

    static int down(int n) {
        depth = n;
        return down(n + 1) + 1;
    }

    public static void main(String[] args) throws InterruptedException {
        String[] outcome = new String[2];
        Thread t = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    down(0);
                } catch (StackOverflowError e) {
                    outcome[0] = "worker caught " + e.getClass().getName() + " deep=" + (depth > 500);
                }
                depth = 0;
                outcome[1] = "worker still works: " + (down2(100));
            }
        });
        t.start();
        t.join();
        System.out.println(outcome[0]);
        System.out.println(outcome[1]);
        Thread small = new Thread(
                null,
                new Runnable() {
                    @Override
                    public void run() {
                        try {
                            down(0);
                        } catch (StackOverflowError e) {
                            System.out.println("small stack caught it too");
                        }
                    }
                },
                "small",
                200_000);
        small.start();
        small.join();
        try {
            down(0);
        } catch (StackOverflowError e) {
            System.out.println("main caught its own");
        }
    }

    static int down2(int n) {
        return n == 0 ? 0 : 1 + down2(n - 1);
    }
}
