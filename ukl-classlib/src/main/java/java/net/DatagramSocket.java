package java.net;

import java.io.IOException;
import java.util.Set;

/**
 * A UDP socket over {@link SocketDescriptor}. {@link #connect} is kept in Java: sends go to the
 * connected peer and receives drop datagrams from anyone else, which is what connect(2) does for
 * UDP, and {@link #disconnect} needs no system call. {@link #setSoTimeout} bounds each receive by
 * a {@code poll(2)} before it.
 */
public class DatagramSocket implements java.io.Closeable {
    private SocketDescriptor sd;
    private boolean bound;
    private boolean closed;
    private int timeout;
    private InetSocketAddress connected;

    /** A socket bound to the wildcard address and an ephemeral port. */
    public DatagramSocket() throws SocketException {
        this(new InetSocketAddress(0));
    }

    /** A socket bound to {@code bindaddr}, or unbound if that is null. */
    public DatagramSocket(SocketAddress bindaddr) throws SocketException {
        if (bindaddr != null) {
            try {
                bind(bindaddr);
            } catch (SocketException | RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    public DatagramSocket(int port) throws SocketException {
        this(port, null);
    }

    public DatagramSocket(int port, InetAddress laddr) throws SocketException {
        this(new InetSocketAddress(laddr, port));
    }

    private SocketDescriptor descriptor() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (sd == null) {
            try {
                sd = SocketDescriptor.open(false).forNetSocket(this);
            } catch (IOException e) {
                throw asSocketException(e);
            }
        }
        return sd;
    }

    private static SocketException asSocketException(IOException e) {
        return e instanceof SocketException s ? s : new SocketException(e.getMessage());
    }

    public void bind(SocketAddress addr) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (bound) {
            throw new SocketException("already bound");
        }
        InetSocketAddress at = addr == null ? new InetSocketAddress(0) : checkAddress(addr);
        try {
            descriptor().bind(at);
        } catch (IOException e) {
            throw asSocketException(e);
        }
        bound = true;
    }

    private static InetSocketAddress checkAddress(SocketAddress addr) throws SocketException {
        if (!(addr instanceof InetSocketAddress a)) {
            throw new IllegalArgumentException("Unsupported address type!");
        }
        if (a.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        return a;
    }

    public void connect(InetAddress address, int port) {
        try {
            connect(new InetSocketAddress(address, port));
        } catch (SocketException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void connect(SocketAddress addr) throws SocketException {
        if (addr == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        InetSocketAddress to = checkAddress(addr);
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (!bound) {
            bind(null);
        }
        connected = to;
    }

    public void disconnect() {
        connected = null;
    }

    public boolean isConnected() {
        return connected != null;
    }

    public InetAddress getInetAddress() {
        return connected == null ? null : connected.getAddress();
    }

    public int getPort() {
        return connected == null ? -1 : connected.getPort();
    }

    public SocketAddress getRemoteSocketAddress() {
        return connected;
    }

    public SocketAddress getLocalSocketAddress() {
        return closed || !bound ? null : new InetSocketAddress(getLocalAddress(), getLocalPort());
    }

    /** The bound address; null once closed, the wildcard before binding, as the JDK's. */
    public InetAddress getLocalAddress() {
        if (closed) {
            return null;
        }
        try {
            InetSocketAddress local = bound ? sd.localAddress() : null;
            return local == null ? SocketDescriptor.address(0) : local.getAddress();
        } catch (IOException e) {
            return SocketDescriptor.address(0);
        }
    }

    public int getLocalPort() {
        if (closed) {
            return -1;
        }
        if (!bound) {
            return 0;
        }
        try {
            InetSocketAddress local = sd.localAddress();
            return local == null ? 0 : local.getPort();
        } catch (IOException e) {
            return -1;
        }
    }

    public void send(DatagramPacket p) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        InetSocketAddress to;
        if (p.getAddress() == null) {
            if (connected == null) {
                throw new IllegalArgumentException("Address not set");
            }
            to = connected;
            p.setAddress(to.getAddress());
            p.setPort(to.getPort());
        } else {
            if (p.getPort() < 0) {
                throw new IllegalArgumentException("port out of range: " + p.getPort());
            }
            to = new InetSocketAddress(p.getAddress(), p.getPort());
            if (connected != null && !connected.equals(to)) {
                throw new IllegalArgumentException("connected address and packet address differ");
            }
        }
        if (!bound) {
            bind(null);
        }
        int n;
        do {
            n = sd.sendTo(p.getData(), p.getOffset(), p.getLength(), to);
            if (n == SocketDescriptor.UNAVAILABLE) {
                sd.await(ukl.libc.Libc.POLLOUT, -1);
            }
        } while (n == SocketDescriptor.UNAVAILABLE);
    }

    /** Waits at most {@link #getSoTimeout()} for a datagram ("Receive timed out", as the JDK says). */
    public void receive(DatagramPacket p) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (!bound) {
            bind(null);
        }
        sd.receive(p, connected, timeout);
    }

    public void setSoTimeout(int timeout) throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    public int getSoTimeout() throws SocketException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    public void setBroadcast(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_BROADCAST, on);
    }

    public boolean getBroadcast() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_BROADCAST);
    }

    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    public boolean getReuseAddress() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_REUSEADDR);
    }

    public void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative send size");
        }
        set(StandardSocketOptions.SO_SNDBUF, size);
    }

    public int getSendBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_SNDBUF);
    }

    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("invalid receive size");
        }
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    public int getReceiveBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_RCVBUF);
    }

    public <T> DatagramSocket setOption(SocketOption<T> name, T value) throws IOException {
        descriptor().setOption(name, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return (T) descriptor().getOption(name);
    }

    public Set<SocketOption<?>> supportedOptions() {
        return Set.of(
                StandardSocketOptions.SO_SNDBUF,
                StandardSocketOptions.SO_RCVBUF,
                StandardSocketOptions.SO_REUSEADDR,
                StandardSocketOptions.SO_BROADCAST);
    }

    private void set(SocketOption<?> name, Object value) throws SocketException {
        try {
            descriptor().setOption(name, value);
        } catch (IOException e) {
            throw asSocketException(e);
        }
    }

    private Object get(SocketOption<?> name) throws SocketException {
        try {
            return descriptor().getOption(name);
        } catch (IOException e) {
            throw asSocketException(e);
        }
    }

    public boolean isBound() {
        return bound;
    }

    /** Null: only a channel's {@code socket()} has a channel. */
    public java.nio.channels.DatagramChannel getChannel() {
        return null;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (sd != null) {
                try {
                    sd.close();
                } catch (IOException e) {
                    // DatagramSocket.close declares no exception; the descriptor is gone either way
                }
            }
        }
    }
}
