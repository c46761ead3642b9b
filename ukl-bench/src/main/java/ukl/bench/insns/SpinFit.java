package ukl.bench.insns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ukl.bench.insns.InsnResults.Server;
import ukl.bench.insns.InsnResults.Window;

/**
 * A round trip's instructions without the rounds in which the kernel's wait loop only spins: the
 * part of the count that does not move with the host's load.
 *
 * <p>After the interface last moved a frame the kernel's wait loop spins ({@code pause}) for a
 * fixed time before it halts (VmPlatform's {@code SPIN_NANOS}, 100 µs), polling the stack once per
 * round; how many rounds fit in that time depends on how fast TCG runs, so on the host's load, and
 * each costs the same instructions. The plugin counts the rounds (calls of the machine's idle) and
 * the halts (calls of {@code ukl_idle}); their difference is the spin rounds of a window. Over a
 * server's windows, per function {@code f}: {@code instructions(f, w) = work(f, size(w)) +
 * spins(w) × perSpin(f)}, fitted by least squares with one slope per function and one intercept
 * per size. {@code work} is the round trip's cost without spin rounds; two runs agree on it where
 * the raw windows differ by tens of per cent. It needs windows whose spin rounds differ; the
 * windows of a loaded host always do.
 *
 * <p>This is for images built before the kernel's {@code ukl.spin} option (b489264), given with
 * {@code --image}: since then the spell spins inside one call of the platform's idle, on the NIC's
 * ring alone, and the benchmark boots with {@code ukl.spin=0} (its default {@code --spin}), so the
 * windows of today's images hold no spin rounds and their raw count is already the work.
 *
 * @param spins spin rounds per round trip, per window
 * @param perSpin instructions of one spin round, per function
 * @param work instructions per round trip without spin rounds: size → function → count
 * @param separates whether the spin rounds differed between windows of a size, so that the fit
 *     could tell them from the work (without, {@code work} is the windows' mean)
 */
record SpinFit(
        Map<Window, Double> spins,
        Map<String, Double> perSpin,
        Map<Integer, Map<String, Double>> work,
        boolean separates) {
    /** The machine's idle, called once per round of the wait loop: today's, and before the platform seam. */
    static final List<String> IDLE =
            List.of("m_ukl_kernel_sys_PlatformMachine_idle", "m_ukl_kernel_sys_CpuMachine_idle");

    /** The halt (the C runtime's), called when a round stops spinning. */
    static final String HALT = "ukl_idle";

    /** The fit over {@code server}'s windows; empty maps when the plugin saw no round of the wait loop. */
    static SpinFit of(Server server) {
        Map<Window, Double> spins = new HashMap<>();
        for (Window w : server.windows()) {
            long rounds = 0;
            for (String idle : IDLE) rounds += w.calls().getOrDefault(idle, 0L);
            spins.put(w, (double) (rounds - w.calls().getOrDefault(HALT, 0L)) / w.echoes());
        }
        Map<Integer, Double> meanSpins = new HashMap<>();
        Map<Integer, Integer> windowsOfSize = new HashMap<>();
        for (Window w : server.windows()) {
            meanSpins.merge(w.size(), spins.get(w), Double::sum);
            windowsOfSize.merge(w.size(), 1, Integer::sum);
        }
        meanSpins.replaceAll((size, sum) -> sum / windowsOfSize.get(size));
        double sxx = 0;
        for (Window w : server.windows()) sxx += square(spins.get(w) - meanSpins.get(w.size()));
        Set<String> functions = new TreeSet<>();
        server.windows().forEach(w -> functions.addAll(w.byFunction().keySet()));
        Map<String, Double> perSpin = new TreeMap<>();
        Map<Integer, Map<String, Double>> work = new TreeMap<>();
        for (String f : functions) {
            Map<Integer, Double> meanCount = new HashMap<>();
            for (Window w : server.windows()) meanCount.merge(w.size(), perEcho(w, f), Double::sum);
            meanCount.replaceAll((size, sum) -> sum / windowsOfSize.get(size));
            double sxy = 0;
            for (Window w : server.windows())
                sxy += (spins.get(w) - meanSpins.get(w.size())) * (perEcho(w, f) - meanCount.get(w.size()));
            double slope = sxx > 0 ? sxy / sxx : 0;
            perSpin.put(f, slope);
            meanCount.forEach((size, mean) ->
                    work.computeIfAbsent(size, s -> new TreeMap<>()).put(f, mean - slope * meanSpins.get(size)));
        }
        return new SpinFit(spins, perSpin, work, sxx > 0);
    }

    /** One spin round's instructions, all functions. */
    double spinRound() {
        return perSpin.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** A round trip of {@code size} bytes without spin rounds, all functions. */
    double work(int size) {
        return work.getOrDefault(size, Map.of()).values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    private static double perEcho(Window w, String function) {
        return (double) w.byFunction().getOrDefault(function, 0L) / w.echoes();
    }

    private static double square(double x) {
        return x * x;
    }
}
