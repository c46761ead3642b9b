package java.net;

import java.io.IOException;
import java.util.Set;

/**
 * A listening TCP socket over {@link SocketDescriptor}. As the JDK's on Linux, SO_REUSEADDR is on
 * from the start, so that a restarted server can bind its port again at once; {@link #setSoTimeout}
 * bounds {@link #accept} by a {@code poll(2)} before it.
 */
public class ServerSocket implements java.io.Closeable {
    private SocketDescriptor sd;
    private InetSocketAddress local;
    private boolean closed;
    private int timeout;

    public ServerSocket() throws IOException {}

    public ServerSocket(int port) throws IOException {
        this(port, 50, null);
    }

    public ServerSocket(int port, int backlog) throws IOException {
        this(port, backlog, null);
    }

    public ServerSocket(int port, int backlog, InetAddress bindAddr) throws IOException {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("Port value out of range: " + port);
        }
        try {
            bind(new InetSocketAddress(bindAddr, port), backlog);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private SocketDescriptor descriptor() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (sd == null) {
            sd = SocketDescriptor.open(true).forNetSocket(this);
            sd.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        }
        return sd;
    }

    public void bind(SocketAddress endpoint) throws IOException {
        bind(endpoint, 50);
    }

    /** Binds and listens; a backlog below 1 means the JDK's default, 50. */
    public void bind(SocketAddress endpoint, int backlog) throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (local != null) {
            throw new SocketException("Already bound");
        }
        InetSocketAddress at = endpoint == null ? new InetSocketAddress(0) : (InetSocketAddress) checkType(endpoint);
        if (at.isUnresolved()) {
            throw new SocketException("Unresolved address");
        }
        SocketDescriptor d = descriptor();
        d.bind(at);
        d.listen(backlog < 1 ? 50 : backlog);
        InetSocketAddress actual = d.localAddress();
        local = new InetSocketAddress(at.getAddress(), actual.getPort());
    }

    private static SocketAddress checkType(SocketAddress a) {
        if (!(a instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        return a;
    }

    public Socket accept() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        if (local == null) {
            throw new SocketException("Socket is not bound yet");
        }
        int[] peer = new int[2];
        SocketDescriptor conn;
        do {
            sd.awaitInput(timeout, "Accept timed out");
            conn = sd.accept(peer);
        } while (conn == null);
        return new Socket(conn, new InetSocketAddress(SocketDescriptor.address(peer[0]), peer[1]), local.getPort());
    }

    public InetAddress getInetAddress() {
        return local == null ? null : local.getAddress();
    }

    public int getLocalPort() {
        return local == null ? -1 : local.getPort();
    }

    public SocketAddress getLocalSocketAddress() {
        return local;
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

    public int getSoTimeout() throws IOException {
        if (closed) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    public boolean getReuseAddress() throws SocketException {
        return (Boolean) get(StandardSocketOptions.SO_REUSEADDR);
    }

    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("negative receive size");
        }
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    public int getReceiveBufferSize() throws SocketException {
        return (Integer) get(StandardSocketOptions.SO_RCVBUF);
    }

    public <T> ServerSocket setOption(SocketOption<T> name, T value) throws IOException {
        descriptor().setOption(name, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return (T) descriptor().getOption(name);
    }

    public Set<SocketOption<?>> supportedOptions() {
        return Set.of(StandardSocketOptions.SO_RCVBUF, StandardSocketOptions.SO_REUSEADDR);
    }

    private void set(SocketOption<?> name, Object value) throws SocketException {
        try {
            descriptor().setOption(name, value);
        } catch (SocketException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketException(e.getMessage());
        }
    }

    private Object get(SocketOption<?> name) throws SocketException {
        try {
            return descriptor().getOption(name);
        } catch (SocketException e) {
            throw e;
        } catch (IOException e) {
            throw new SocketException(e.getMessage());
        }
    }

    public boolean isBound() {
        return local != null;
    }

    /** Null: only a channel's {@code socket()} has a channel. */
    public java.nio.channels.ServerSocketChannel getChannel() {
        return null;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (sd != null) {
                sd.close();
            }
        }
    }

    @Override
    public String toString() {
        if (local == null) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + local.getAddress() + ",localport=" + local.getPort() + "]";
    }
}
