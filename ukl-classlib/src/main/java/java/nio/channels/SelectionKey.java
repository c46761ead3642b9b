package java.nio.channels;

/**
 * A channel's registration with a selector: the interest set, the ready set the last selects
 * found, and an attachment. Operations on a cancelled key throw {@link CancelledKeyException},
 * except {@link #readyOps()}'s bookkeeping the selector does itself.
 */
public abstract class SelectionKey {
    public static final int OP_READ = 1 << 0;
    public static final int OP_WRITE = 1 << 2;
    public static final int OP_CONNECT = 1 << 3;
    public static final int OP_ACCEPT = 1 << 4;

    private Object attachment;

    protected SelectionKey() {}

    public abstract SelectableChannel channel();

    public abstract Selector selector();

    public abstract boolean isValid();

    public abstract void cancel();

    public abstract int interestOps();

    public abstract SelectionKey interestOps(int ops);

    public int interestOpsOr(int ops) {
        int old = interestOps();
        interestOps(old | ops);
        return old;
    }

    public int interestOpsAnd(int ops) {
        int old = interestOps();
        interestOps(old & ops);
        return old;
    }

    public abstract int readyOps();

    public final boolean isReadable() {
        return (readyOps() & OP_READ) != 0;
    }

    public final boolean isWritable() {
        return (readyOps() & OP_WRITE) != 0;
    }

    public final boolean isConnectable() {
        return (readyOps() & OP_CONNECT) != 0;
    }

    public final boolean isAcceptable() {
        return (readyOps() & OP_ACCEPT) != 0;
    }

    /** Attaches {@code ob}; returns the previous attachment. */
    public final Object attach(Object ob) {
        Object old = attachment;
        attachment = ob;
        return old;
    }

    public final Object attachment() {
        return attachment;
    }
}
