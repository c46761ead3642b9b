package ukl.bench.latency;

import java.util.OptionalDouble;
import ukl.bench.run.BenchException;

/**
 * A target's echo server, up and answering, until {@link #close()} stops it (by PID).
 *
 * @param client the latency client that reaches it (inside the namespace, or on the host)
 * @param bootMillis QEMU start to the first echoed byte, for the QEMU targets
 */
record Server(String host, int port, ClientAgent client, OptionalDouble bootMillis, AutoCloseable process)
        implements AutoCloseable {
    @Override
    public void close() throws BenchException {
        try {
            process.close();
        } catch (Exception e) {
            throw new BenchException("cannot stop the server at " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }
}
