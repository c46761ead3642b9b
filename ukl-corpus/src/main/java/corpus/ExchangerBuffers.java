package corpus;

import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Exchanger's classic use: a filler and an emptier swap two buffers, the filler writing the
 * next numbers into the empty one while the emptier sums the full one, so each buffer goes back
 * and forth. The sums and the identity of the buffers at each swap are fixed by the protocol.
 */
public final class ExchangerBuffers {
    private ExchangerBuffers() {}

    public static void main(String[] args) throws Exception {
        Exchanger<int[]> exchanger = new Exchanger<>();
        int rounds = 50;
        int[] a = new int[16];
        int[] b = new int[16];
        long[] sums = new long[rounds];
        boolean[] emptierGotA = new boolean[1];
        Thread emptier = new Thread(() -> {
            try {
                int[] buffer = b;
                for (int r = 0; r < rounds; r++) {
                    buffer = exchanger.exchange(buffer);
                    long s = 0;
                    for (int v : buffer) {
                        s += v;
                    }
                    sums[r] = s;
                }
                emptierGotA[0] = exchanger.exchange(buffer) == a;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        emptier.start();
        int[] buffer = a;
        int counter = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = counter++;
            }
            buffer = exchanger.exchange(buffer);
        }
        int[] last = exchanger.exchange(buffer);
        emptier.join();
        long total = 0;
        for (long s : sums) {
            total += s;
        }
        System.out.println("first sums " + sums[0] + " " + sums[1] + " " + sums[2] + ", last " + sums[rounds - 1]
                + ", total " + total + " = " + ((long) counter * (counter - 1) / 2));
        System.out.println("final swap: filler got b " + (last == b) + ", emptier got a " + emptierGotA[0]);

        try {
            exchanger.exchange(new int[0], 3, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("no partner: TimeoutException " + e.getMessage());
        }
        Thread.currentThread().interrupt();
        try {
            exchanger.exchange(null);
        } catch (InterruptedException e) {
            System.out.println("interrupted: InterruptedException, status "
                    + Thread.currentThread().isInterrupted());
        }
        Exchanger<String> names = new Exchanger<>();
        Thread partner = new Thread(() -> {
            try {
                System.out.println("partner got " + names.exchange(null));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        partner.start();
        String got = names.exchange("from main");
        partner.join();
        System.out.println("main got " + got);
    }
}
