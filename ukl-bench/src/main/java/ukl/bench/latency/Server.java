package ukl.bench.latency;

import java.util.OptionalDouble;
import ukl.bench.run.RunningServer;

/**
 * A target's echo server, up and answering, until {@link #close()} stops it (by PID).
 *
 * @param client the latency client that reaches it (inside the namespace, or on the host)
 * @param bootMillis QEMU start to the first echoed byte, for the QEMU targets
 */
record Server(String host, int port, ClientAgent client, OptionalDouble bootMillis, AutoCloseable process)
        implements RunningServer {}
