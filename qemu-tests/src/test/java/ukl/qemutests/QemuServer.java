package ukl.qemutests;

import java.time.Duration;
import ukl.boot.qemu.RunningQemu;

/** An image booted in QEMU, as a {@link ServerUnderTest}. */
record QemuServer(RunningQemu guest) implements ServerUnderTest {
    @Override
    public void awaitStdout(String marker, Duration timeout) throws Exception {
        guest.awaitStdout(marker, timeout);
    }

    @Override
    public boolean isAlive() {
        return guest.isAlive();
    }

    @Override
    public String stdout() {
        return guest.stdout();
    }

    @Override
    public String stderr() {
        return guest.stderr();
    }

    @Override
    public void close() {
        guest.close();
    }
}
