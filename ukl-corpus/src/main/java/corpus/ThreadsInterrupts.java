package corpus;

/** interrupt() and InterruptedException from sleep, wait and join; the interrupt status rules. */
public final class ThreadsInterrupts {
    private ThreadsInterrupts() {}

    public static void main(String[] args) throws Exception {
        Thread.currentThread().interrupt();
        System.out.println("self interrupted: " + Thread.currentThread().isInterrupted());
        System.out.println("interrupted() clears: " + Thread.interrupted() + " then " + Thread.interrupted());

        Thread.currentThread().interrupt();
        try {
            Thread.sleep(1000);
            System.out.println("not reached");
        } catch (InterruptedException e) {
            System.out.println("sleep with status set: " + e + " status now "
                    + Thread.currentThread().isInterrupted());
        }

        String[] result = new String[3];
        Thread sleeper = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(60_000);
                    result[0] = "slept";
                } catch (InterruptedException e) {
                    result[0] = "sleeper: " + e.getMessage() + " status "
                            + Thread.currentThread().isInterrupted();
                }
            }
        });
        Object lock = new Object();
        Thread waiter = new Thread(new Runnable() {
            @Override
            public void run() {
                synchronized (lock) {
                    try {
                        lock.wait();
                        result[1] = "woke";
                    } catch (InterruptedException e) {
                        result[1] = "waiter: " + e + " holds lock " + Thread.holdsLock(lock);
                    }
                }
            }
        });
        Thread blocker = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // ends the join below
                }
            }
        });
        Thread joiner = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    blocker.join();
                    result[2] = "joined";
                } catch (InterruptedException e) {
                    result[2] = "joiner: " + e;
                }
            }
        });
        sleeper.start();
        waiter.start();
        blocker.start();
        joiner.start();
        Thread.sleep(30);
        sleeper.interrupt();
        waiter.interrupt();
        joiner.interrupt();
        sleeper.join();
        waiter.join();
        joiner.join();
        blocker.interrupt();
        blocker.join();
        for (String r : result) {
            System.out.println(r);
        }
        Thread notStarted = new Thread(new Runnable() {
            @Override
            public void run() {}
        });
        notStarted.interrupt();
        System.out.println("before start interrupted: " + notStarted.isInterrupted());
        long start = System.nanoTime();
        Thread.sleep(25);
        System.out.println("sleep(25) slept at least 25 ms: " + (System.nanoTime() - start >= 25_000_000L));
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            new Thread(new Runnable() {
                        @Override
                        public void run() {}
                    })
                    .setPriority(11);
        } catch (IllegalArgumentException e) {
            System.out.println("priority 11: " + e);
        }
        Thread twice = new Thread(new Runnable() {
            @Override
            public void run() {}
        });
        twice.start();
        try {
            twice.start();
        } catch (IllegalThreadStateException e) {
            System.out.println("start twice: " + e);
        }
        twice.join();
    }
}
