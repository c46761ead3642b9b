package java.nio.channels;

import java.nio.channels.spi.AbstractSelectionKey;

/** A key of {@link PollSelector}; the selector reads and sets its sets directly. */
final class PollKey extends AbstractSelectionKey {
    private final SelectableChannel channel;
    private final PollSelector selector;
    int interestOps;
    int readyOps;
    /** Where this key sits in its selector's registered and selected sets ({@link PollKeySet}), or -1. */
    int registeredPlace = -1;

    int selectedPlace = -1;

    PollKey(SelectableChannel channel, PollSelector selector) {
        this.channel = channel;
        this.selector = selector;
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    @Override
    public Selector selector() {
        return selector;
    }

    private void ensureValid() {
        if (!isValid()) {
            throw new CancelledKeyException();
        }
    }

    @Override
    public int interestOps() {
        ensureValid();
        return interestOps;
    }

    @Override
    public SelectionKey interestOps(int ops) {
        ensureValid();
        if ((ops & ~channel.validOps()) != 0) {
            throw new IllegalArgumentException("Invalid interest ops: " + ops);
        }
        if (ops != interestOps) {
            interestOps = ops;
            selector.interestChanged();
        }
        return this;
    }

    @Override
    public int readyOps() {
        ensureValid();
        return readyOps;
    }
}
