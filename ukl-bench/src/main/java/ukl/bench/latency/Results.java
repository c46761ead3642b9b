package ukl.bench.latency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import ukl.bench.run.Environment;

/**
 * Everything one benchmark run found: what every report is written from.
 *
 * @param environment the facts the numbers hold for ({@link Environment})
 * @param targets one entry per target, in the order run
 * @param image the image's size and smallest memory, if the image target ran
 */
record Results(
        Map<String, String> environment, Options options, List<TargetResult> targets, Optional<ImageFacts> image) {

    /** The two Linux-guest baselines every target is compared with (the paper's ratios are image / Linux). */
    static final List<String> BASELINES = List.of("linux-c", "linux-java");

    /**
     * One target.
     *
     * @param failure why it could not be measured at all, or null
     * @param bootMillis QEMU start to the first echoed byte (QEMU targets)
     */
    record TargetResult(String name, String description, String failure, OptionalDouble bootMillis, List<Run> runs) {
        boolean ok() {
            return failure == null;
        }

        Optional<Run> run(Scenario scenario) {
            return runs.stream().filter(r -> r.scenario().equals(scenario)).findFirst();
        }
    }

    /**
     * One scenario on one target.
     *
     * @param latency the summary, or null when the run failed
     * @param nanos every recorded round trip
     * @param lost UDP datagrams not echoed in time (sent again, not in {@code nanos}); 0 over TCP
     * @param failure why the run failed, or null
     * @param firstFailure why a baseline's first attempt at this scenario failed when this is its second
     *     (see {@link Target#baseline}), or null
     */
    record Run(Scenario scenario, Latency latency, long[] nanos, long lost, String failure, String firstFailure) {
        Run(Scenario scenario, Latency latency, long[] nanos, long lost, String failure) {
            this(scenario, latency, nanos, lost, failure, null);
        }

        boolean ok() {
            return failure == null;
        }

        /** This run, as the second attempt after one that failed with {@code first}. */
        Run secondAttemptAfter(String first) {
            return new Run(scenario, latency, nanos, lost, failure, first);
        }
    }

    /**
     * The image's footprint.
     *
     * @param bytes the image file's size
     * @param smallestMemoryMiB the smallest {@code -m} it booted and served with, among those tried
     * @param trials each {@code -m} tried and whether it served
     */
    record ImageFacts(long bytes, int smallestMemoryMiB, Map<Integer, Boolean> trials) {}

    /**
     * {@code target}'s p50 over the floor's ({@link FloorTarget}) in the same scenario: how far the
     * target is above the least any guest on this NIC and tap takes. Empty when either did not run
     * it, and for the floor itself.
     */
    OptionalDouble floorRatio(TargetResult target, Scenario scenario) {
        if (target.name().equals(FloorTarget.NAME)) return OptionalDouble.empty();
        Optional<Latency> mine = target.run(scenario).filter(Run::ok).map(Run::latency);
        Optional<Latency> floor = targets.stream()
                .filter(t -> t.name().equals(FloorTarget.NAME))
                .findFirst()
                .flatMap(t -> t.run(scenario))
                .filter(Run::ok)
                .map(Run::latency);
        if (mine.isEmpty() || floor.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(mine.get().p50() / floor.get().p50());
    }

    /** {@code target}'s statistic over the same statistic of {@code baseline}, for one scenario. */
    OptionalDouble ratio(TargetResult target, String baseline, Scenario scenario, boolean p99) {
        Optional<Latency> mine = target.run(scenario).filter(Run::ok).map(Run::latency);
        Optional<Latency> theirs = targets.stream()
                .filter(t -> t.name().equals(baseline))
                .findFirst()
                .flatMap(t -> t.run(scenario))
                .filter(Run::ok)
                .map(Run::latency);
        if (mine.isEmpty() || theirs.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(
                p99
                        ? mine.get().p99() / theirs.get().p99()
                        : mine.get().mean() / theirs.get().mean());
    }
}
