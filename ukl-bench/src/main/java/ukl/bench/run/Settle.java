package ukl.bench.run;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Waits until the benchmark's own JVM is idle before a timed boot. Building an image runs the
 * toolchain in this JVM, and for a while afterwards its collector and compiler threads keep the
 * host's cores busy: on this two-core host a boot right after the build took 121–239 ms from
 * QEMU's spawn to the first echo, the guest's own part 93–120 ms of it (its NIC's start-up alone
 * 30–36 ms instead of 2.5). Waiting for the JVM, about 100 ms, brought the guest's part back to
 * 35–47 ms (2026-12-05, seven runs). The wait ends when the JVM used less than {@link #IDLE_SHARE}
 * of one core over a {@link #WINDOW}, or after {@link #AT_MOST}; other processes on the host are
 * not this class's to quiet.
 */
public final class Settle {
    static final Duration WINDOW = Duration.ofMillis(100);
    static final double IDLE_SHARE = 0.05;
    static final Duration AT_MOST = Duration.ofSeconds(10);

    private Settle() {}

    /** Waits for the JVM to go idle, logging how long that took for {@code what} when it was not at once. */
    public static void untilIdle(String what, Consumer<String> log) {
        long start = System.nanoTime();
        long deadline = start + AT_MOST.toNanos();
        while (System.nanoTime() < deadline) {
            long cpu = cpuNanos();
            long wall = System.nanoTime();
            try {
                Thread.sleep(WINDOW);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if ((double) (cpuNanos() - cpu) / (System.nanoTime() - wall) < IDLE_SHARE) {
                long waited = (System.nanoTime() - start) / 1_000_000 - WINDOW.toMillis();
                if (waited > 0) log.accept(what + ": waited " + waited + " ms for the benchmark's JVM to go idle");
                return;
            }
        }
        log.accept(what + ": the benchmark's JVM stayed busy for " + AT_MOST.toSeconds() + " s; booting anyway");
    }

    /** This JVM's CPU time so far, all its threads, in nanoseconds; 0 where the platform does not say. */
    private static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
    }
}
