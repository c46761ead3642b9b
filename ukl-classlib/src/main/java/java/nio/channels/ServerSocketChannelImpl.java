package java.nio.channels;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketDescriptor;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.util.Set;
import ukl.libc.Libc;

/** The image's ServerSocketChannel; SO_REUSEADDR is on from the start, as the JDK's on Linux. */
final class ServerSocketChannelImpl extends ServerSocketChannel implements SelChImpl {
    private final SocketDescriptor sd;
    private InetSocketAddress local;
    private ServerSocketAdaptor adaptor;

    ServerSocketChannelImpl() throws IOException {
        sd = SocketDescriptor.open(true);
        sd.setOption(StandardSocketOptions.SO_REUSEADDR, true);
    }

    @Override
    public SocketDescriptor descriptor() {
        return sd;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public ServerSocketChannel bind(SocketAddress at, int backlog) throws IOException {
        ensureOpen();
        if (local != null) {
            throw new AlreadyBoundException();
        }
        InetSocketAddress isa = at == null ? new InetSocketAddress(0) : NetChannels.checkAddress(at);
        sd.bind(isa);
        sd.listen(backlog < 1 ? 50 : backlog);
        local = sd.localAddress();
        return this;
    }

    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        ensureOpen();
        sd.setOption(name, value);
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> name) throws IOException {
        ensureOpen();
        return (T) sd.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return Set.of(StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR);
    }

    @Override
    public java.net.ServerSocket socket() {
        if (adaptor == null) {
            try {
                adaptor = new ServerSocketAdaptor(this);
            } catch (IOException e) {
                throw new InternalError("ServerSocket() makes no system call", e);
            }
        }
        return adaptor;
    }

    /** Blocking: waits for a connection; non-blocking: null when none is waiting. */
    @Override
    public SocketChannel accept() throws IOException {
        ensureOpen();
        if (local == null) {
            throw new NotYetBoundException();
        }
        int[] peer = new int[2];
        if (!isBlocking()) {
            SocketDescriptor conn = sd.accept(peer);
            return conn == null ? null : accepted(conn, peer);
        }
        SocketDescriptor conn = null;
        begin(); // interruptible (AbstractInterruptibleChannel)
        try {
            while ((conn = sd.accept(peer)) == null) {
                sd.await(Libc.POLLIN, -1);
            }
        } finally {
            end(conn != null);
        }
        return accepted(conn, peer);
    }

    /** For the socket adaptor: whether a connection arrives within {@code millis} (positive), interruptibly. */
    boolean awaitConnection(int millis) throws IOException {
        boolean ready = false;
        begin();
        try {
            ready = sd.await(Libc.POLLIN, millis);
            return ready;
        } finally {
            end(ready);
        }
    }

    private static SocketChannel accepted(SocketDescriptor conn, int[] peer) {
        return new SocketChannelImpl(conn, new InetSocketAddress(SocketDescriptor.address(peer[0]), peer[1]));
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        return local;
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        sd.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        sd.setBlocking(block);
    }

    /** As JDK 25 prints it: its implementation class, and no address once bound. */
    @Override
    public String toString() {
        return "sun.nio.ch.ServerSocketChannelImpl[" + (!isOpen() ? "closed" : local == null ? "unbound" : "") + "]";
    }
}
