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
 * The image's DatagramChannel. As java.net.DatagramSocket, connecting is kept in Java: writes go to
 * the peer and reads drop datagrams from anyone else, which is what connect(2) does for UDP.
 * Sending or receiving on an unbound channel binds it to an ephemeral port first, as the JDK's.
 */
final class DatagramChannelImpl extends DatagramChannel implements SelChImpl {
    private final SocketDescriptor sd;
    private boolean bound;
    private InetSocketAddress remote;
    private DatagramSocketAdaptor adaptor;

    DatagramChannelImpl() throws IOException {
        sd = SocketDescriptor.open(false);
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

    private void ensureBound() throws IOException {
        if (!bound) {
            bind(null);
        }
    }

    @Override
    public DatagramChannel bind(SocketAddress local) throws IOException {
        ensureOpen();
        if (bound) {
            throw new AlreadyBoundException();
        }
        sd.bind(local == null ? new InetSocketAddress(0) : NetChannels.checkAddress(local));
        bound = true;
        return this;
    }

    @Override
    public <T> DatagramChannel setOption(SocketOption<T> name, T value) throws IOException {
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
                StandardSocketOptions.SO_SNDBUF,
                StandardSocketOptions.SO_RCVBUF,
                StandardSocketOptions.SO_REUSEADDR,
                StandardSocketOptions.SO_BROADCAST);
    }

    @Override
    public java.net.DatagramSocket socket() {
        if (adaptor == null) {
            try {
                adaptor = new DatagramSocketAdaptor(this);
            } catch (java.net.SocketException e) {
                throw new InternalError("DatagramSocket(null) makes no system call", e);
            }
        }
        return adaptor;
    }

    boolean isBound() {
        return bound;
    }

    InetSocketAddress remote() {
        return remote;
    }

    /** Binds to an ephemeral port if not bound yet, as a send or receive does. */
    void bindIfUnbound() throws IOException {
        ensureOpen();
        ensureBound();
    }

    @Override
    public DatagramChannel connect(SocketAddress sa) throws IOException {
        InetSocketAddress to = NetChannels.checkAddress(sa);
        ensureOpen();
        if (remote != null) {
            throw new AlreadyConnectedException();
        }
        ensureBound();
        remote = to;
        return this;
    }

    @Override
    public boolean isConnected() {
        return remote != null;
    }

    @Override
    public DatagramChannel disconnect() {
        remote = null;
        return this;
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        ensureOpen();
        return remote;
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        ensureOpen();
        return bound ? sd.localAddress() : null;
    }

    /**
     * One datagram into {@code dst} (what does not fit is lost) and its sender; null when
     * non-blocking and none is waiting. Connected, datagrams from others are dropped.
     */
    @Override
    public SocketAddress receive(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        ensureOpen();
        ensureBound();
        if (!isBlocking()) {
            return receive0(dst);
        }
        SocketAddress sender = null;
        begin();
        try {
            sender = receive0(dst);
            return sender;
        } finally {
            end(sender != null);
        }
    }

    /** For the socket adaptor: one datagram into {@code p} within {@code timeout} ms (0: no limit), interruptibly. */
    void receive(java.net.DatagramPacket p, int timeout) throws IOException {
        boolean received = false;
        begin();
        try {
            sd.receive(p, remote, timeout);
            received = true;
        } finally {
            end(received);
        }
    }

    private SocketAddress receive0(ByteBuffer dst) throws IOException {
        int[] from = new int[2];
        byte[] tmp = new byte[dst.remaining()];
        while (true) {
            int n = sd.receiveFrom(tmp, 0, tmp.length, from);
            if (n == SocketDescriptor.UNAVAILABLE) {
                if (!isBlocking()) {
                    return null;
                }
                sd.await(Libc.POLLIN, -1);
                continue;
            }
            InetSocketAddress sender = new InetSocketAddress(SocketDescriptor.address(from[0]), from[1]);
            if (remote != null && !remote.equals(sender)) {
                continue;
            }
            dst.put(tmp, 0, n);
            return sender;
        }
    }

    /** Sends {@code src[position, limit)} as one datagram; 0 when non-blocking and it does not fit now. */
    @Override
    public int send(ByteBuffer src, SocketAddress target) throws IOException {
        Objects.requireNonNull(src);
        InetSocketAddress to = NetChannels.checkAddress(target);
        ensureOpen();
        if (remote != null && !remote.equals(to)) {
            throw new AlreadyConnectedException();
        }
        ensureBound();
        if (!isBlocking()) {
            return send0(src, to);
        }
        int sent = -1;
        begin();
        try {
            sent = send0(src, to);
            return sent;
        } finally {
            end(sent >= 0);
        }
    }

    private int send0(ByteBuffer src, InetSocketAddress to) throws IOException {
        while (true) {
            int n = sd.sendTo(NetChannels.bytes(src), NetChannels.offset(src), src.remaining(), to);
            if (n != SocketDescriptor.UNAVAILABLE) {
                src.position(src.position() + n);
                return n;
            }
            if (!isBlocking()) {
                return 0;
            }
            sd.await(Libc.POLLOUT, -1);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        Objects.requireNonNull(dst);
        ensureOpen();
        if (remote == null) {
            throw new NotYetConnectedException();
        }
        int before = dst.position();
        return receive(dst) == null ? 0 : dst.position() - before;
    }

    /** One datagram spread over the buffers in turn. */
    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, dsts.length);
        int room = 0;
        for (int i = offset; i < offset + length; i++) {
            room += dsts[i].remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(room);
        int n = read(all);
        all.flip();
        for (int i = offset; i < offset + length && all.hasRemaining(); i++) {
            int take = Math.min(all.remaining(), dsts[i].remaining());
            ByteBuffer piece = all.duplicate();
            piece.limit(piece.position() + take);
            dsts[i].put(piece);
            all.position(all.position() + take);
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        Objects.requireNonNull(src);
        ensureOpen();
        if (remote == null) {
            throw new NotYetConnectedException();
        }
        return send(src, remote);
    }

    /** The buffers' bytes as one datagram. */
    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, srcs.length);
        int size = 0;
        for (int i = offset; i < offset + length; i++) {
            size += srcs[i].remaining();
        }
        ByteBuffer all = ByteBuffer.allocate(size);
        for (int i = offset; i < offset + length; i++) {
            all.put(srcs[i].duplicate());
        }
        all.flip();
        int n = write(all);
        for (int i = offset, left = n; i < offset + length && left > 0; i++) {
            int take = Math.min(left, srcs[i].remaining());
            srcs[i].position(srcs[i].position() + take);
            left -= take;
        }
        return n;
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        sd.close();
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        sd.setBlocking(block);
    }
}
