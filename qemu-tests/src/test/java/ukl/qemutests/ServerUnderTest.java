package ukl.qemutests;

import java.time.Duration;

/** A server the network tests talk to: an image in QEMU, or the same program as a process-platform executable. */
interface ServerUnderTest extends AutoCloseable {
    /** Waits until standard output contains {@code marker}; fails at {@code timeout} or when the server ends. */
    void awaitStdout(String marker, Duration timeout) throws Exception;

    boolean isAlive();

    String stdout();

    String stderr();

    /** Stops the server (only the process this test started) and waits for it. Never throws. */
    @Override
    void close();
}
