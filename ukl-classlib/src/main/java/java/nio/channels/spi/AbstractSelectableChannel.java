package java.nio.channels.spi;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.IllegalSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK's bookkeeping of a selectable channel: its keys, one per selector, and its blocking mode,
 * which may not become blocking while any key is valid. Closing cancels every key. Its constructor
 * takes no SelectorProvider: images have one kind of selector.
 */
public abstract class AbstractSelectableChannel extends SelectableChannel {
    private final List<SelectionKey> keys = new ArrayList<>();
    private boolean blocking = true;

    protected AbstractSelectableChannel() {}

    @Override
    public final boolean isRegistered() {
        return !keys.isEmpty();
    }

    @Override
    public final SelectionKey keyFor(Selector sel) {
        for (SelectionKey k : keys) {
            if (k.selector() == sel && k.isValid()) {
                return k;
            }
        }
        return null;
    }

    /** Registers with {@code sel}, or updates the interest set and attachment of the key it has there. */
    @Override
    public final SelectionKey register(Selector sel, int ops, Object att) throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
        if ((ops & ~validOps()) != 0) {
            throw new IllegalArgumentException();
        }
        if (blocking) {
            throw new IllegalBlockingModeException();
        }
        if (!(sel instanceof AbstractSelector selector)) {
            throw new IllegalSelectorException();
        }
        for (SelectionKey k : keys) {
            if (k.selector() == sel) {
                // a cancelled key stays until the selector's next selection deregisters it
                if (!k.isValid()) {
                    throw new CancelledKeyException();
                }
                k.interestOps(ops);
                k.attach(att);
                return k;
            }
        }
        SelectionKey k = selector.register(this, ops, att);
        keys.add(k);
        return k;
    }

    /** The selector deregistered a cancelled key. */
    void removeKey(SelectionKey k) {
        keys.remove(k);
    }

    @Override
    protected final void implCloseChannel() throws IOException {
        implCloseSelectableChannel();
        for (SelectionKey k : new ArrayList<>(keys)) {
            k.cancel();
        }
    }

    protected abstract void implCloseSelectableChannel() throws IOException;

    @Override
    public final boolean isBlocking() {
        return blocking;
    }

    @Override
    public final Object blockingLock() {
        return keys;
    }

    @Override
    public final SelectableChannel configureBlocking(boolean block) throws IOException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
        if (block != blocking) {
            if (block) {
                for (SelectionKey k : keys) {
                    if (k.isValid()) {
                        throw new IllegalBlockingModeException();
                    }
                }
            }
            implConfigureBlocking(block);
            blocking = block;
        }
        return this;
    }

    protected abstract void implConfigureBlocking(boolean block) throws IOException;
}
