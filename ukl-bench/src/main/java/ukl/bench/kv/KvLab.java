package ukl.bench.kv;

import java.nio.file.Path;
import java.util.function.Consumer;
import ukl.bench.net.TapNetwork;
import ukl.bench.run.BenchException;
import ukl.bench.run.SharedTap;

/**
 * What the targets share, made on first use and removed by {@link #close()}: the tap network (one
 * namespace, so every QEMU target has the same link), and the kv-server jar.
 */
final class KvLab implements AutoCloseable {
    /** Redis's port, on every target that has a port to itself. */
    static final int REDIS_PORT = 6379;

    final KvOptions options;
    final Path scratch;
    final Consumer<String> log;
    private final SharedTap tap;
    private Path jar;

    KvLab(KvOptions options, Path scratch, Consumer<String> log) {
        this.options = options;
        this.scratch = scratch;
        this.log = log;
        this.tap = new SharedTap("ukkv", log);
    }

    TapNetwork network() throws BenchException {
        return tap.network();
    }

    /** samples/kv-server as one jar (it needs nothing but the JDK). */
    Path jar() throws BenchException {
        if (jar == null) jar = KvServerJar.jar(scratch.resolve("kv-server.jar"));
        return jar;
    }

    @Override
    public void close() {
        tap.close();
    }
}
