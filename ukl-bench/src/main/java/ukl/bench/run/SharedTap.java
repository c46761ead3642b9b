package ukl.bench.run;

import java.util.function.Consumer;
import ukl.bench.linux.RunningGuest;
import ukl.bench.net.NetworkSetupException;
import ukl.bench.net.TapNetwork;

/**
 * The tap network every QEMU target of one run shares (one namespace, so every guest has the same
 * link), made on first use with the guests' MAC pinned as the neighbour, deleted by {@link #close()}.
 */
public final class SharedTap implements AutoCloseable {
    private final String name;
    private final Consumer<String> log;
    private TapNetwork network;

    /** {@code name} names the namespace and tap (short: Linux caps an interface name at 15 bytes). */
    public SharedTap(String name, Consumer<String> log) {
        this.name = name;
        this.log = log;
    }

    public TapNetwork network() throws BenchException {
        if (network == null) {
            try {
                network = TapNetwork.create(name);
                network.pinNeighbour(TapNetwork.GUEST_ADDRESS, RunningGuest.MAC);
            } catch (NetworkSetupException e) {
                throw new BenchException("the tap network: " + e.getMessage(), e);
            }
            log.accept("network: " + network);
        }
        return network;
    }

    @Override
    public void close() {
        if (network != null) network.close();
    }
}
