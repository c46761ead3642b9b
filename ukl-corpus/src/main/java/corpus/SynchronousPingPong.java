package corpus;

import java.util.concurrent.SynchronousQueue;

/**
 * Two threads pass a counter back and forth over two SynchronousQueues: every hand-off is a
 * rendezvous, so the sequence of values is fixed whatever the scheduler does. The number of round
 * trips is the argument (default 1000): the benchmark's thread-switch figure runs it with several
 * (ukl-bench's ThreadSwitches).
 */
public final class SynchronousPingPong {
    private SynchronousPingPong() {}

    public static void main(String[] args) throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Thread partner = new Thread(() -> {
            try {
                for (int i = 0; i < rounds; i++) {
                    pong.put(ping.take() + 1);
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        partner.start();
        int value = 0;
        StringBuilder firstFew = new StringBuilder();
        for (int i = 0; i < rounds; i++) {
            ping.put(value);
            value = pong.take() + 1;
            if (i < 5) {
                firstFew.append(value).append(' ');
            }
        }
        partner.join();
        System.out.println("after " + rounds + " round trips: " + value + " ("
                + firstFew.toString().trim() + ")");
        System.out.println("offer without taker: " + ping.offer(1) + ", poll without giver: " + ping.poll() + ", size "
                + ping.size() + " " + ping);
    }
}
