package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.InterruptibleChannel;

/**
 * A channel closed once: {@link #close()} calls {@link #implCloseChannel()} the first time only.
 * Images have one thread, so nothing can interrupt a blocked operation and the JDK's
 * {@code begin}/{@code end} brackets are left out.
 */
public abstract class AbstractInterruptibleChannel implements Channel, InterruptibleChannel {
    private boolean closed;

    protected AbstractInterruptibleChannel() {}

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            implCloseChannel();
        }
    }

    @Override
    public final boolean isOpen() {
        return !closed;
    }

    protected abstract void implCloseChannel() throws IOException;
}
