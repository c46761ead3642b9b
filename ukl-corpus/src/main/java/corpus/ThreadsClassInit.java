package corpus;

import java.util.concurrent.CountDownLatch;

/**
 * Class initialisation against a second thread (JVMS §5.5): two threads race to initialise a class
 * whose static initialiser sleeps; the one that comes second waits (step 2) and sees the finished
 * class, the initialiser runs once, and its own recursive use proceeds (step 3). Then an
 * initialiser that fails while another thread waits: the initialising thread gets
 * ExceptionInInitializerError, the waiting one NoClassDefFoundError (step 5), and so does a later use.
 */
public final class ThreadsClassInit {
    private ThreadsClassInit() {}

    /** Where the initialisers report that they have started, so the second thread comes while they run. */
    static final CountDownLatch SLOW_STARTED = new CountDownLatch(1);

    static final CountDownLatch BAD_STARTED = new CountDownLatch(1);
    static final StringBuffer LOG = new StringBuffer();

    static final class Slow {
        static final int VALUE;
        static final int SELF_SEEN;

        static {
            LOG.append("Slow.<clinit> starts\n");
            SLOW_STARTED.countDown();
            pause(100);
            SELF_SEEN = recurse(); // this thread's recursive request proceeds, and sees 0 so far
            VALUE = 42;
            LOG.append("Slow.<clinit> ends\n");
        }

        static int recurse() {
            return VALUE;
        }
    }

    static final class Bad {
        static final int VALUE;

        static {
            LOG.append("Bad.<clinit> starts\n");
            BAD_STARTED.countDown();
            pause(100);
            if (LOG.length() > 0) {
                throw new IllegalStateException("Bad cannot start");
            }
            VALUE = 1;
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[4];
        Thread first = new Thread(new Runnable() {
            @Override
            public void run() {
                seen[0] = "first thread sees VALUE=" + Slow.VALUE + " SELF_SEEN=" + Slow.SELF_SEEN;
            }
        });
        Thread second = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    SLOW_STARTED.await();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                LOG.append("second thread asks for Slow while it is being initialised\n");
                seen[1] = "second thread sees VALUE=" + Slow.VALUE;
            }
        });
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println(seen[0]);
        System.out.println(seen[1]);

        Thread failing = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    seen[2] = "initialiser thread sees " + Bad.VALUE;
                } catch (Throwable e) {
                    seen[2] = "initialiser thread: " + e.getClass().getName() + " caused by " + e.getCause();
                }
            }
        });
        Thread waiting = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    BAD_STARTED.await();
                    LOG.append("waiting thread asks for Bad while it is being initialised\n");
                    seen[3] = "waiting thread sees " + Bad.VALUE;
                } catch (Throwable e) {
                    seen[3] = "waiting thread: " + e.getClass().getName() + ": " + e.getMessage();
                }
            }
        });
        failing.start();
        waiting.start();
        failing.join();
        waiting.join();
        System.out.println(seen[2]);
        System.out.println(seen[3]);
        try {
            System.out.println("main sees " + Bad.VALUE);
        } catch (NoClassDefFoundError e) {
            System.out.println("main: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.print(LOG);
    }
}
