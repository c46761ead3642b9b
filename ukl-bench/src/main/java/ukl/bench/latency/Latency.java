package ukl.bench.latency;

import java.util.Arrays;

/**
 * The summary of one run's round trips, in microseconds. Percentiles are nearest-rank (the smallest
 * sample with at least p % of the samples at or below it), so each is a latency that was measured.
 *
 * @param count round trips recorded (warm-up excluded)
 */
record Latency(int count, double mean, double p50, double p90, double p99, double p999, double max) {

    static Latency of(long[] nanos) {
        if (nanos.length == 0) throw new IllegalArgumentException("no round trips to summarise: the run recorded none");
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) sum += n;
        return new Latency(
                sorted.length,
                micros(sum / sorted.length),
                micros(percentile(sorted, 50)),
                micros(percentile(sorted, 90)),
                micros(percentile(sorted, 99)),
                micros(percentile(sorted, 99.9)),
                micros(sorted[sorted.length - 1]));
    }

    /** Nearest rank: the ⌈p/100 · n⌉-th smallest sample, 1-based (the epsilon absorbs 99.9 · 1000 = 99900.00000000001). */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length / 100 - 1e-9);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    private static double micros(double nanos) {
        return nanos / 1000;
    }
}
