package ukl.bench.run;

/**
 * A target's server, up and answering, until {@link #close()} stops its process (by PID): a QEMU,
 * a Linux guest or a host process.
 */
public interface RunningServer extends AutoCloseable {
    /** The address the client reaches it at. */
    String host();

    int port();

    /** What {@link #close()} stops. */
    AutoCloseable process();

    @Override
    default void close() throws BenchException {
        try {
            process().close();
        } catch (Exception e) {
            throw new BenchException("cannot stop the server at " + host() + ":" + port() + ": " + e.getMessage(), e);
        }
    }
}
