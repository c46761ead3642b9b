package corpus;

/**
 * The Computer Language Benchmarks Game's fannkuch-redux in plain Java: for every permutation of
 * 1..n (in the order of the counting algorithm), flip the prefix as long as the first element says,
 * and print a checksum (flip counts, alternately added and subtracted) and the most flips. Integer
 * arrays only, no allocation in the loop. n is the first argument (7 without one).
 */
public final class FannkuchRedux {
    private FannkuchRedux() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int[] perm = new int[n];
        int[] work = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        int maxFlips = 0;
        int checksum = 0;
        int permIndex = 0;
        int r = n;
        while (true) {
            for (; r != 1; r--) count[r - 1] = r;
            System.arraycopy(perm, 0, work, 0, n);
            int flips = 0;
            for (int first = work[0]; first != 0; first = work[0]) {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                    int t = work[lo];
                    work[lo] = work[hi];
                    work[hi] = t;
                }
                flips++;
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += (permIndex & 1) == 0 ? flips : -flips;
            // next permutation: rotate the first r+1 elements left until a counter is not exhausted
            while (true) {
                if (r == n) {
                    System.out.println(checksum);
                    System.out.println("Pfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int first = perm[0];
                for (int i = 0; i < r; i++) perm[i] = perm[i + 1];
                perm[r] = first;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
            permIndex++;
        }
    }
}
