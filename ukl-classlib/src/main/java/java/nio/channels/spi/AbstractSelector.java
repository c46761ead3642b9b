package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.HashSet;
import java.util.Set;

/**
 * The JDK's bookkeeping of a selector: open until closed once, and the set of cancelled keys that
 * the next selection operation deregisters (the key leaves its channel here, in
 * {@link #deregister}).
 */
public abstract class AbstractSelector extends Selector {
    private final Set<SelectionKey> cancelledKeys = new HashSet<>();
    private boolean closed;

    protected AbstractSelector() {}

    @Override
    public final void close() throws IOException {
        if (!closed) {
            closed = true;
            implCloseSelector();
        }
    }

    protected abstract void implCloseSelector() throws IOException;

    @Override
    public final boolean isOpen() {
        return !closed;
    }

    protected final Set<SelectionKey> cancelledKeys() {
        return cancelledKeys;
    }

    protected abstract SelectionKey register(AbstractSelectableChannel ch, int ops, Object att);

    protected final void deregister(AbstractSelectionKey key) {
        ((AbstractSelectableChannel) key.channel()).removeKey(key);
    }

    /** A key was cancelled: the next selection operation deregisters it. */
    void cancel(SelectionKey k) {
        cancelledKeys.add(k);
    }
}
