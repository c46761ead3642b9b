package ukl.bench.kv;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import ukl.bench.run.RunningServer;

/**
 * A target's server, up and answering PING, until {@link #close()} stops it (by PID).
 *
 * @param under turns a client's command line into one that reaches the server (inside the tap
 *     network's namespace for the QEMU targets, unchanged on the host)
 * @param readyMillis QEMU or process start to the first PONG
 */
record RunningKv(
        String host, int port, UnaryOperator<List<String>> under, OptionalDouble readyMillis, AutoCloseable process)
        implements RunningServer {}
