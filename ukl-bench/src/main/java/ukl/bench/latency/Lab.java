package ukl.bench.latency;

import java.nio.file.Path;
import java.util.function.Consumer;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.SharedTap;

/**
 * What the targets share, made on first use and removed by {@link #close()}: the tap network (one
 * namespace, so every QEMU target has the same link), and one latency client inside it and one on
 * the host.
 */
final class Lab implements AutoCloseable {
    /** The port every guest's server listens on (RFC 862's echo port). */
    static final int GUEST_PORT = 7;

    final Options options;
    final Path scratch;
    final Consumer<String> log;
    private final SharedTap tap;
    private ClientAgent tapClient;
    private ClientAgent hostClient;

    Lab(Options options, Path scratch, Consumer<String> log) {
        this.options = options;
        this.scratch = scratch;
        this.log = log;
        this.tap = new SharedTap("ukbench", log);
    }

    TapNetwork network() throws BenchException {
        return tap.network();
    }

    /** The client for the guests, run inside the network's namespace. */
    ClientAgent tapClient() throws BenchException {
        if (tapClient == null) {
            TapNetwork net = network();
            tapClient = ClientAgent.start("namespace " + net.namespace(), options.client(), net::command, scratch);
        }
        return tapClient;
    }

    /** The client for the host's loopback. */
    ClientAgent hostClient() throws BenchException {
        if (hostClient == null) hostClient = ClientAgent.start("host", options.client(), command -> command, scratch);
        return hostClient;
    }

    @Override
    public void close() {
        if (tapClient != null) tapClient.close();
        if (hostClient != null) hostClient.close();
        tap.close();
    }
}
