package corpus;

/**
 * Many threads each hold the only reference to their data on their own stack while others churn
 * the heap into many collections; every list must come back intact.
 */
public final class GcThreads {
    private GcThreads() {}

    static final class Node {
        final int value;
        final Node next;
        final byte[] payload;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.payload = new byte[64 + value % 32];
        }
    }

    static long check(Node n) {
        long sum = 0;
        for (; n != null; n = n.next) {
            sum += n.value + n.payload.length;
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        int workers = 24;
        long[] before = new long[workers];
        long[] after = new long[workers];
        Thread[] threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            int me = w;
            threads[w] = new Thread(new Runnable() {
                @Override
                public void run() {
                    Node list = null;
                    for (int i = 0; i < 2000; i++) {
                        list = new Node(i * (me + 1), list);
                    }
                    before[me] = check(list);
                    // Churn: garbage while the list lives only in this frame, with switches in between.
                    for (int round = 0; round < 40; round++) {
                        Object[] junk = new Object[200];
                        for (int i = 0; i < junk.length; i++) {
                            junk[i] = new int[64];
                        }
                        Thread.yield();
                    }
                    after[me] = check(list);
                }
            });
            threads[w].start();
        }
        for (int round = 0; round < 20; round++) {
            byte[][] junk = new byte[100][];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = new byte[4096];
            }
            Runtime.getRuntime().gc();
            Thread.yield();
        }
        for (Thread t : threads) {
            t.join();
        }
        boolean ok = true;
        for (int w = 0; w < workers; w++) {
            ok &= before[w] == after[w] && before[w] != 0;
        }
        System.out.println("every list survived: " + ok);
    }
}
