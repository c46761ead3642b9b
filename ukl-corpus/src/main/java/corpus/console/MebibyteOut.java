package corpus.console;

/**
 * Writes {@code args[0]} bytes (1 MiB without an argument) to standard output in 16 KiB writes,
 * 64-byte lines of letters, and reports on standard error how long the writes took: the console's
 * rate with booting left out (issue #12, item 7).
 */
public final class MebibyteOut {
    private MebibyteOut() {}

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 20;
        byte[] chunk = new byte[16384];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i % 64 == 63 ? '\n' : 'a' + i % 64 % 26);
        }
        long start = System.nanoTime();
        for (int done = 0; done < total; ) {
            int n = Math.min(chunk.length, total - done);
            System.out.write(chunk, 0, n);
            done += n;
        }
        System.out.flush();
        long micros = (System.nanoTime() - start) / 1000;
        System.err.println("console: " + total + " bytes in " + micros + " us");
    }
}
