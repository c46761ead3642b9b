package corpus;

/** An exception escapes a worker's run: the JVM's report on standard error, handlers, exit status 0. */
public final class ThreadsUncaught {
    private ThreadsUncaught() {}

    static final class Failing extends Thread {
        @Override
        public void run() {
            deeper(2);
        }

        void deeper(int n) {
            if (n == 0) {
                throw new IllegalStateException("worker failed");
            }
            deeper(n - 1);
        }
    }

    static final class Quiet extends Thread {
        Quiet(String name) {
            super(name);
        }

        @Override
        public void run() {
            throw new UnsupportedOperationException("handled elsewhere");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Failing f = new Failing();
        f.start();
        f.join();
        System.out.println("main goes on after " + f.getName() + " died");

        Quiet q = new Quiet("quiet");
        q.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("own handler: " + t.getName() + " " + e.getMessage());
            }
        });
        q.start();
        q.join();

        Thread.setDefaultUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("default handler: " + t.getName() + " " + e);
            }
        });
        Quiet d = new Quiet("defaulted");
        d.start();
        d.join();
        Thread.setDefaultUncaughtExceptionHandler(null);

        Quiet h = new Quiet("handler-throws");
        h.setUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                throw new RuntimeException("ignored by the JVM");
            }
        });
        h.start();
        h.join();
        System.out.println("done");
    }
}
