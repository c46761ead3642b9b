package ukl.bench.latency;

import static ukl.bench.run.OptionValues.known;
import static ukl.bench.run.OptionValues.nonNegative;
import static ukl.bench.run.OptionValues.positive;
import static ukl.bench.run.OptionValues.positiveDouble;
import static ukl.bench.run.OptionValues.positives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ukl.bench.run.GivenImage;
import ukl.bench.run.OptionValues;

/**
 * The benchmark's options ({@code scripts/bench --help} prints {@link #USAGE}).
 *
 * @param requests round trips recorded per target and scenario (all connections together)
 * @param seconds the most one run may take; it stops at whichever bound comes first
 * @param warmup round trips per connection before recording starts (JIT, caches, ARP, TCP windows)
 * @param targets which targets, in order
 * @param images echo-server images built elsewhere ({@code --image LABEL=PATH}, repeatable),
 *     measured after the targets as more image targets: e.g. the same server from another commit
 * @param sizes message sizes in bytes
 * @param connections numbers of concurrent connections
 * @param memoryMiB QEMU's {@code -m} for the latency runs of every QEMU target
 * @param accel {@code auto}, {@code kvm} or {@code tcg}
 * @param client which program measures: C (the default) or the Java one
 * @param out where the table, CSV, JSON and plots go
 */
record Options(
        int requests,
        double seconds,
        int warmup,
        List<String> targets,
        List<GivenImage> images,
        List<Integer> sizes,
        List<Integer> connections,
        int memoryMiB,
        String accel,
        ClientProgram client,
        Path out) {
    static final List<String> ALL_TARGETS = List.of(
            "floor",
            "ukl-image",
            "ukl-image-udp",
            "ukl-image-libc",
            "ukl-image-threads",
            "linux-java",
            "linux-c",
            "host-jvm",
            "ukl-process");

    /** The targets that answer UDP echo, which only the C client measures. */
    static final List<String> UDP_TARGETS = List.of("floor", "ukl-image-udp");

    static final String USAGE = """
            usage: scripts/bench [options]
              --requests N       round trips recorded per target and scenario (default 10000; --quick: 200)
              --seconds S        time bound of one run, in seconds (default 30; --quick: 5)
              --warmup N         round trips per connection before recording (default 500; --quick: 20)
              --quick            a short run: the bounds above, and only the default message size
              --targets LIST     any of floor,ukl-image,ukl-image-udp,ukl-image-libc,ukl-image-threads,linux-java,
                                 linux-c,host-jvm,ukl-process (default: all nine; with --client java, all but the
                                 two UDP ones). floor: a minimal C guest polling virtio-net that echoes UDP, the
                                 least a round trip over this NIC and tap takes; ukl-image-udp: the image of a
                                 UDP echo server. Every report gives each target's p50 over the floor's.
              --image L=PATH     also measure the echo server image in file PATH, built elsewhere (e.g. from
                                 another commit), as target L, after the others; repeatable
              --sizes LIST       message sizes in bytes (default 64,1024)
              --connections LIST concurrent connections (default 1,8)
              --memory MIB       QEMU -m of every QEMU target during the latency runs (default 512)
              --accel A          auto, kvm or tcg (default auto: KVM only where the CPU has vmx/svm)
              --client C         c or java: the closed-loop client, compiled C (default) or a JVM (TCP only)
              --out DIR          output directory (default target/bench)
            scripts/bench --kv [options] runs the key-value benchmark instead (scripts/bench --kv --help)
            scripts/bench --seed [--starts N] [--programs LIST] [options]: the μKontainer paper's figures instead
                                 (cold start, resident memory, CPU time against HotSpot; see SeedFigures)
            scripts/bench --switch [--rounds N] [--runs K] [--accel A] [--out DIR]: what a thread switch costs
                                 (SynchronousPingPong as the image, the process executable and on HotSpot;
                                 ns per switch, from N and N/10 round trips, best of K runs; see ThreadSwitches)
            """;

    static Options parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        int requests = quick ? 200 : 10_000;
        double seconds = quick ? 5 : 30;
        int warmup = quick ? 20 : 500;
        List<String> targets = null;
        List<Integer> sizes = quick ? List.of(64) : List.of(64, 1024);
        List<Integer> connections = List.of(1, 8);
        int memory = 512;
        String accel = "auto";
        ClientProgram client = ClientProgram.C;
        List<GivenImage> images = new ArrayList<>();
        Path out = Path.of("target", "bench");
        OptionValues.Args given = new OptionValues.Args(args, USAGE);
        while (given.next()) {
            String option = given.option();
            String value = given.value();
            switch (option) {
                case "--requests" -> requests = positive(option, value);
                case "--seconds" -> seconds = positiveDouble(option, value);
                case "--warmup" -> warmup = nonNegative(option, value);
                case "--targets" -> targets = known(option, "target", value, ALL_TARGETS);
                case "--sizes" -> sizes = positives(option, value);
                case "--connections" -> connections = positives(option, value);
                case "--memory" -> memory = positive(option, value);
                case "--accel" -> accel = OptionValues.accel(value);
                case "--client" -> client = ClientProgram.of(value);
                case "--image" -> {
                    List<String> taken = new ArrayList<>(ALL_TARGETS);
                    images.forEach(i -> taken.add(i.label()));
                    images.add(GivenImage.parse(option, value, taken));
                }
                case "--out" -> out = Path.of(value);
                default -> throw given.unknown();
            }
        }
        if (targets == null) {
            targets = client == ClientProgram.C
                    ? ALL_TARGETS
                    : ALL_TARGETS.stream().filter(t -> !UDP_TARGETS.contains(t)).toList();
        } else if (client != ClientProgram.C) {
            List<String> udp = targets.stream().filter(UDP_TARGETS::contains).toList();
            if (!udp.isEmpty()) {
                throw new IllegalArgumentException("--client java measures TCP only, and " + String.join(", ", udp)
                        + " answer" + (udp.size() == 1 ? "s" : "") + " UDP: use --client c (the default)");
            }
        }
        return new Options(
                requests,
                seconds,
                warmup,
                targets,
                List.copyOf(images),
                sizes,
                connections,
                memory,
                accel,
                client,
                out.toAbsolutePath());
    }

    /** Every combination of size and connections, sizes outermost. */
    List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        for (int size : sizes) for (int c : connections) scenarios.add(new Scenario(size, c));
        return scenarios;
    }
}
