package java.util.concurrent;

/**
 * Durations at a granularity, and conversions between them. A conversion to a finer unit that
 * overflows saturates at {@code Long.MAX_VALUE} or {@code Long.MIN_VALUE}; one to a coarser unit
 * truncates toward zero, as the JDK specifies.
 */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1_000L),
    MILLISECONDS(1_000_000L),
    SECONDS(1_000_000_000L),
    MINUTES(60_000_000_000L),
    HOURS(3_600_000_000_000L),
    DAYS(86_400_000_000_000L);

    /** Nanoseconds in one of this unit. */
    private final long scale;

    TimeUnit(long scale) {
        this.scale = scale;
    }

    /** {@code d} of unit {@code from} in unit {@code to}: truncated when coarser, saturated when finer. */
    private static long convert(long d, long from, long to) {
        if (from == to) {
            return d;
        }
        if (from < to) {
            return d / (to / from);
        }
        long ratio = from / to;
        long max = Long.MAX_VALUE / ratio;
        if (d > max) {
            return Long.MAX_VALUE;
        }
        if (d < -max) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return convert(sourceDuration, sourceUnit.scale, scale);
    }

    public long toNanos(long duration) {
        return convert(duration, scale, NANOSECONDS.scale);
    }

    public long toMicros(long duration) {
        return convert(duration, scale, MICROSECONDS.scale);
    }

    public long toMillis(long duration) {
        return convert(duration, scale, MILLISECONDS.scale);
    }

    public long toSeconds(long duration) {
        return convert(duration, scale, SECONDS.scale);
    }

    public long toMinutes(long duration) {
        return convert(duration, scale, MINUTES.scale);
    }

    public long toHours(long duration) {
        return convert(duration, scale, HOURS.scale);
    }

    public long toDays(long duration) {
        return convert(duration, scale, DAYS.scale);
    }

    /** Sleeps the current thread for this long; does nothing for zero or less. */
    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ns = toNanos(timeout);
            Thread.sleep(ns / 1_000_000L, (int) (ns % 1_000_000L));
        }
    }
}
