package ukl.bench.insns;

import static ukl.bench.run.OptionValues.known;
import static ukl.bench.run.OptionValues.nonNegative;
import static ukl.bench.run.OptionValues.positive;
import static ukl.bench.run.OptionValues.positives;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ukl.bench.run.GivenImage;
import ukl.bench.run.OptionValues;

/**
 * The instruction-count benchmark's options ({@code scripts/bench --insns --help} prints {@link #USAGE}).
 *
 * @param echoes round trips per window
 * @param warmup round trips per size before the first window
 * @param windows windows per size: the same round trips, but a loaded host fits fewer of the wait
 *     loop's spin rounds into its spin time, so their counts differ by those ({@link SpinFit})
 * @param gapMicros how long the client waits after each round trip, so that each request finds the
 *     guest idle and the path it takes does not depend on timing
 * @param spinMicros the kernel's busy-poll spell ({@code ukl.spin}); 0 (the default) counts the
 *     work of a round trip alone, a spell adds the rounds spent looking at the NIC while waiting
 *     for the next request, as many as the host's speed allows
 * @param sizes message sizes in bytes
 * @param servers which echo servers' images the benchmark builds, by name ({@link #SERVERS})
 * @param images images built elsewhere ({@code --image LABEL=PATH}, repeatable), counted after the
 *     servers: an echo server from another commit beside today's
 * @param out where the report and the CSV go
 */
record InsnOptions(
        int echoes,
        int warmup,
        int windows,
        int gapMicros,
        int spinMicros,
        List<Integer> sizes,
        List<String> servers,
        List<GivenImage> images,
        Path out) {
    /** nio: samples/echo-server, on java.nio; libc: samples/libc-echo-server, on ukl.libc.Libc. */
    static final List<String> SERVERS = List.of("nio", "libc");

    static final String USAGE = """
            usage: scripts/bench --insns [options]
              Guest instructions per echo round trip of the echo servers' images, counted under TCG by a
              QEMU plugin per function (the count does not depend on the host's speed or load), over
              one connection from the tap.
              --echoes N      round trips per window (default 1000; --quick: 200)
              --warmup N      round trips per size before the first window (default 200; --quick: 50)
              --windows N     windows per size; their spin rounds differ, which the fit without them
                              needs (default 4)
              --gap US        the client's pause after each round trip, so that every request finds the
                              guest idle (default 1000)
              --spin US       the kernel's busy-poll spell while waiting (ukl.spin; default 0: the guest
                              halts at once, and the count is the round trip's work alone)
              --sizes LIST    message sizes in bytes (default 64,1024)
              --servers LIST  nio (samples/echo-server), libc (samples/libc-echo-server) (default nio,libc)
              --image L=PATH  also count the echo server image in file PATH, built elsewhere (e.g. from
                              another commit), as the server called L; repeatable
              --quick         a short run: the values marked --quick above
              --out DIR       output directory (default target/bench/insns)
            """;

    static InsnOptions parse(String... args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        int echoes = quick ? 200 : 1_000;
        int warmup = quick ? 50 : 200;
        int windows = 4;
        int gap = 1000;
        int spin = 0;
        List<Integer> sizes = List.of(64, 1024);
        List<String> servers = SERVERS;
        List<GivenImage> images = new ArrayList<>();
        Path out = Path.of("target", "bench", "insns");
        OptionValues.Args given = new OptionValues.Args(args, USAGE);
        while (given.next()) {
            String option = given.option();
            String value = given.value();
            switch (option) {
                case "--echoes" -> echoes = positive(option, value);
                case "--warmup" -> warmup = nonNegative(option, value);
                case "--windows" -> windows = positive(option, value);
                case "--gap" -> gap = nonNegative(option, value);
                case "--spin" -> spin = nonNegative(option, value);
                case "--sizes" -> sizes = positives(option, value);
                case "--servers" -> servers = known(option, "server", value, SERVERS);
                case "--image" -> images.add(GivenImage.parse(option, value, names(images)));
                case "--out" -> out = Path.of(value);
                default -> throw given.unknown();
            }
        }
        return new InsnOptions(
                echoes, warmup, windows, gap, spin, sizes, servers, List.copyOf(images), out.toAbsolutePath());
    }

    /** The names taken: every server's, and the labels of {@code images}. */
    private static List<String> names(List<GivenImage> images) {
        List<String> names = new ArrayList<>(SERVERS);
        images.forEach(i -> names.add(i.label()));
        return names;
    }
}
