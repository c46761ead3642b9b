package java.nio.channels;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketDescriptor;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.Set;
import ukl.libc.Libc;

/**
 * The image's SocketChannel over {@link SocketDescriptor}. A non-blocking connect returns false on
 * {@code EINPROGRESS}; {@link #finishConnect()} then reads SO_ERROR once the socket polls writable.
 * A failed connect closes the channel, as the JDK's does. Blocking operations bracket themselves
 * with {@code begin}/{@code end}, so an interrupt closes the channel and they throw
 * {@link ClosedByInterruptException} (AbstractInterruptibleChannel); non-blocking ones do not.
 */
final class SocketChannelImpl extends SocketChannel implements SelChImpl {
    private final SocketDescriptor sd;
    private InetSocketAddress remote;
    private InetSocketAddress pending;
    private boolean bound;
    private boolean inputShutdown;
    private boolean outputShutdown;
    private SocketAdaptor adaptor;

    SocketChannelImpl() throws IOException {
        this.sd = SocketDescriptor.open(true);
    }

    /** A connection accepted by a {@link ServerSocketChannelImpl}. */
    SocketChannelImpl(SocketDescriptor sd, InetSocketAddress remote) {
        this.sd = sd;
        this.remote = remote;
        this.bound = true;
    }

    @Override
    public SocketDescriptor descriptor() {
        return sd;
    }

    @Override
    public int readyOps(short revents, int interest) {
        int ready = SelChImpl.super.readyOps(revents, interest);
        // OP_CONNECT only while a connect is pending, OP_WRITE only once connected (the JDK's translateReadyOps)
        if (pending == null) {
            ready &= ~SelectionKey.OP_CONNECT;
        }
        if (remote == null) {
            ready &= ~SelectionKey.OP_WRITE;
        }
        return ready;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    private void ensureConnected() throws ClosedChannelException {
        ensureOpen();
        if (remote == null) {
            throw new NotYetConnectedException();
        }
    }

    @Override
    public SocketChannel bind(SocketAddress local) throws IOException {
        ensureOpen();
        if (pending != null) {
            throw new ConnectionPendingException();
        }
        if (remote != null) {
            throw new AlreadyConnectedException();
        }
        if (bound) {
            throw new AlreadyBoundException();
        }
        sd.bind(local == null ? new InetSocketAddress(0) : NetChannels.checkAddress(local));
        bound = true;
        return this;
    }

    @Override
    public <T> SocketChannel setOption(SocketOption<T> name, T value) throws IOException {
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
        return Set.of(
                StandardSocketOptions.SO_KEEPALIVE,
                StandardSocketOptions.SO_SNDBUF,
                StandardSocketOptions.SO_RCVBUF,
                StandardSocketOptions.SO_REUSEADDR,
                StandardSocketOptions.SO_LINGER,
                StandardSocketOptions.TCP_NODELAY);
    }

    @Override
    public SocketChannel shutdownInput() throws IOException {
        ensureConnected();
        if (!inputShutdown) {
            sd.shutdown(Libc.SHUT_RD);
            inputShutdown = true;
        }
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        ensureConnected();
        if (!outputShutdown) {
            sd.shutdown(Libc.SHUT_WR);
            outputShutdown = true;
        }
        return this;
    }

    @Override
    public boolean isConnected() {
        return remote != null;
    }

    @Override
    public boolean isConnectionPending() {
        return pending != null;
    }

    @Override
    public boolean connect(SocketAddress sa) throws IOException {
        InetSocketAddress to = NetChannels.checkAddress(sa);
        ensureOpen();
        if (remote != null) {
            throw new AlreadyConnectedException();
        }
        if (pending != null) {
            throw new ConnectionPendingException();
        }
        boolean blocking = isBlocking();
        try {
            boolean connected = false;
            if (blocking) {
                begin();
            }
            try {
                connected = sd.connect(to);
            } finally {
                if (blocking) {
                    end(connected);
                }
            }
            if (connected) {
                remote = to;
                bound = true;
                return true;
            }
            pending = to;
            bound = true;
            return false;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** A blocking connect within {@code millis} (0: no limit), for {@link SocketAdaptor}; a failure closes the channel. */
    void connect(InetSocketAddress to, int millis) throws IOException {
        ensureOpen();
        if (remote != null) {
            throw new AlreadyConnectedException();
        }
        if (pending != null) {
            throw new ConnectionPendingException();
        }
        boolean connected = false;
        try {
            begin();
            try {
                if (millis > 0) {
                    sd.connect(to, millis);
                } else {
                    sd.connect(to);
                }
                connected = true;
            } finally {
                end(connected);
            }
        } catch (IOException e) {
            close();
            throw e;
        }
        remote = to;
        bound = true;
    }

    boolean isBound() {
        return bound;
    }

    boolean isInputShutdown() {
        return inputShutdown;
    }

    boolean isOutputShutdown() {
        return outputShutdown;
    }

    @Override
    public java.net.Socket socket() {
        if (adaptor == null) {
            adaptor = new SocketAdaptor(this);
        }
        return adaptor;
    }

    @Override
    public boolean finishConnect() throws IOException {
        ensureOpen();
        if (remote != null) {
            return true;
        }
        if (pending == null) {
            throw new NoConnectionPendingException();
        }
        boolean blocking = isBlocking();
        try {
            boolean ready = false;
            if (blocking) {
                begin();
            }
            try {
                ready = sd.await(Libc.POLLOUT, blocking ? -1 : 0);
            } finally {
                if (blocking) {
                    end(ready);
                }
            }
            if (!ready) {
                return false;
            }
            sd.finishConnect();
        } catch (IOException e) {
            close();
            throw e;
        }
        remote = pending;
        pending = null;
        return true;
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        ensureOpen();
        return remote;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        return sd.localAddress();
    }

    /** Blocking: waits for at least one byte or the end; non-blocking: 0 when nothing is there. */
    @Override
    public int read(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        ensureConnected();
        if (inputShutdown) {
            return -1;
        }
        if (!dst.hasRemaining()) {
            return 0;
        }
        if (!isBlocking()) {
            int n = NetChannels.read(sd, dst);
            return n == SocketDescriptor.UNAVAILABLE ? 0 : n;
        }
        int n = 0;
        begin();
        try {
            while ((n = NetChannels.read(sd, dst)) == SocketDescriptor.UNAVAILABLE) {
                sd.await(Libc.POLLIN, -1);
            }
            return n;
        } finally {
            end(n > 0);
        }
    }

    /** For the socket adaptor's stream: waits up to {@code millis} (positive) for input, interruptibly. */
    void awaitInput(int millis) throws IOException {
        boolean ready = false;
        begin();
        try {
            sd.awaitInput(millis, "Read timed out");
            ready = true;
        } finally {
            end(ready);
        }
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            if (!dsts[i].hasRemaining()) {
                continue;
            }
            int want = dsts[i].remaining();
            int n = total > 0 ? readNow(dsts[i]) : read(dsts[i]);
            if (n < 0) {
                return total > 0 ? total : -1;
            }
            total += n;
            if (n < want) {
                break;
            }
        }
        return total;
    }

    /** After the first buffer of a scattering read, only what is there already. */
    private int readNow(ByteBuffer dst) throws IOException {
        if (!sd.await(Libc.POLLIN, 0)) {
            return 0;
        }
        int n = NetChannels.read(sd, dst);
        return n == SocketDescriptor.UNAVAILABLE ? 0 : n;
    }

    /** Blocking: writes every byte; non-blocking: what fits now, maybe 0. */
    @Override
    public int write(ByteBuffer src) throws IOException {
        Objects.requireNonNull(src);
        ensureConnected();
        if (outputShutdown) {
            throw new ClosedChannelException();
        }
        if (!isBlocking()) {
            int n = NetChannels.write(sd, src);
            return n == SocketDescriptor.UNAVAILABLE ? 0 : n;
        }
        int total = 0;
        begin();
        try {
            while (src.hasRemaining()) {
                int n = NetChannels.write(sd, src);
                if (n == SocketDescriptor.UNAVAILABLE) {
                    sd.await(Libc.POLLOUT, -1);
                } else {
                    total += n;
                }
            }
            return total;
        } finally {
            end(total > 0);
        }
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            int want = srcs[i].remaining();
            int n = write(srcs[i]);
            total += n;
            if (n < want) {
                break;
            }
        }
        return total;
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        sd.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        sd.setBlocking(block);
    }

    /** As the JDK's: "java.nio.channels.SocketChannel[connected local=/127.0.0.1:5000 remote=/127.0.0.1:80]". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("java.nio.channels.SocketChannel[");
        if (!isOpen()) {
            sb.append("closed");
        } else {
            sb.append(remote != null ? "connected" : pending != null ? "connection-pending" : "unconnected");
            try {
                SocketAddress local = sd.localAddress();
                if (local != null) {
                    sb.append(" local=").append(local);
                }
            } catch (IOException e) {
                // a descriptor that cannot name its address prints without it
            }
            if (remote != null || pending != null) {
                sb.append(" remote=").append(remote != null ? remote : pending);
            }
        }
        return sb.append(']').toString();
    }
}
