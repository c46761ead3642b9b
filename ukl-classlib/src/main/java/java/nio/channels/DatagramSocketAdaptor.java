package java.nio.channels;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketDescriptor;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * {@link DatagramChannel#socket()}: a java.net.DatagramSocket whose every method works on the
 * channel, as the JDK's DatagramSocketAdaptor. Its base class is unbound and holds no descriptor;
 * send and receive need a blocking channel.
 */
final class DatagramSocketAdaptor extends DatagramSocket {
    private final DatagramChannelImpl dc;
    private int timeout;

    DatagramSocketAdaptor(DatagramChannelImpl dc) throws SocketException {
        super((SocketAddress) null);
        this.dc = dc;
    }

    @Override
    public DatagramChannel getChannel() {
        return dc;
    }

    @Override
    public void bind(SocketAddress local) throws SocketException {
        try {
            dc.bind(local);
        } catch (IOException | RuntimeException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public void connect(InetAddress address, int port) {
        try {
            connect(new InetSocketAddress(address, port));
        } catch (SocketException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void connect(SocketAddress remote) throws SocketException {
        if (remote == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        try {
            dc.connect(remote);
        } catch (IOException | RuntimeException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public void disconnect() {
        dc.disconnect();
    }

    @Override
    public boolean isConnected() {
        return dc.isConnected();
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress remote = dc.remote();
        return remote == null ? null : remote.getAddress();
    }

    @Override
    public int getPort() {
        InetSocketAddress remote = dc.remote();
        return remote == null ? -1 : remote.getPort();
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return dc.remote();
    }

    private InetSocketAddress local() {
        try {
            return dc.isOpen() ? (InetSocketAddress) dc.getLocalAddress() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return local();
    }

    @Override
    public InetAddress getLocalAddress() {
        if (!dc.isOpen()) {
            return null;
        }
        InetSocketAddress local = local();
        return local == null ? SocketDescriptor.address(0) : local.getAddress();
    }

    @Override
    public int getLocalPort() {
        if (!dc.isOpen()) {
            return -1;
        }
        InetSocketAddress local = local();
        return local == null ? 0 : local.getPort();
    }

    @Override
    public void send(DatagramPacket p) throws IOException {
        if (!dc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (!dc.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        InetSocketAddress to;
        if (p.getAddress() == null) {
            to = dc.remote();
            if (to == null) {
                throw new IllegalArgumentException("Address not set");
            }
        } else {
            to = new InetSocketAddress(p.getAddress(), p.getPort());
            if (dc.remote() != null && !dc.remote().equals(to)) {
                throw new IllegalArgumentException("connected address and packet address differ");
            }
        }
        dc.send(ByteBuffer.wrap(p.getData(), p.getOffset(), p.getLength()), to);
    }

    @Override
    public void receive(DatagramPacket p) throws IOException {
        if (!dc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (!dc.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        dc.bindIfUnbound();
        dc.receive(p, timeout);
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (!dc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    @Override
    public int getSoTimeout() throws SocketException {
        if (!dc.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    private void set(SocketOption<?> name, Object value) throws SocketException {
        try {
            if (!dc.isOpen()) {
                throw new ClosedChannelException();
            }
            dc.descriptor().setOption(name, value);
        } catch (IOException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    private Object get(SocketOption<?> name) throws SocketException {
        try {
            if (!dc.isOpen()) {
                throw new ClosedChannelException();
            }
            return dc.descriptor().getOption(name);
        } catch (IOException e) {
            throw SocketAdaptor.translate(e);
        }
    }

    @Override
    public void setBroadcast(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_BROADCAST, on);
    }

    @Override
    public boolean getBroadcast() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_BROADCAST);
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_REUSEADDR);
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid send size");
        }
        set(StandardSocketOptions.SO_SNDBUF, size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_SNDBUF);
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid receive size");
        }
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_RCVBUF);
    }

    @Override
    public <T> DatagramSocket setOption(SocketOption<T> name, T value) throws IOException {
        dc.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return dc.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return dc.supportedOptions();
    }

    @Override
    public boolean isBound() {
        return dc.isBound();
    }

    @Override
    public boolean isClosed() {
        return !dc.isOpen();
    }

    @Override
    public void close() {
        try {
            dc.close();
        } catch (IOException e) {
            // DatagramSocket.close declares no exception; the descriptor is gone either way
        }
    }
}
