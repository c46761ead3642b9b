package corpus;

/**
 * The exit rule (JLS §12.8): main returns first, the program ends when its last non-daemon thread
 * does, whatever daemon threads still run; a spinning daemon must not starve the others.
 */
public final class ThreadsDaemonExit {
    private ThreadsDaemonExit() {}

    static volatile long spins;

    public static void main(String[] args) {
        Thread spinner = new Thread(new Runnable() {
            @Override
            public void run() {
                while (true) {
                    spins++;
                }
            }
        });
        spinner.setDaemon(true);
        spinner.start();
        Thread sleepyDaemon = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("daemon woke: not reached");
            }
        });
        sleepyDaemon.setDaemon(true);
        sleepyDaemon.start();
        Thread.ofVirtual().start(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("virtual woke: not reached");
            }
        });
        Thread last = new Thread(new Runnable() {
            @Override
            public void run() {
                try {
                    Thread.sleep(40);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                System.out.println("last non-daemon thread ends; the spinner ran: " + (spins > 0));
            }
        });
        last.start();
        System.out.println("main returns");
    }
}
