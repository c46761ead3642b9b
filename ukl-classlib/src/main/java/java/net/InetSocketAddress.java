package java.net;

import java.util.Objects;

/** An IP address and port, or an unresolved host name and port, with the JDK's checks and text forms. */
public class InetSocketAddress extends SocketAddress {
    private final String hostname;
    private final InetAddress addr;
    private final int port;

    private InetSocketAddress(int port, String hostname, InetAddress addr) {
        this.hostname = hostname;
        this.addr = addr;
        this.port = port;
    }

    /** The JDK checks the name, resolves it, and only then checks the port. */
    private InetSocketAddress(String hostname, InetAddress addr, int port) {
        this(port, addr == null ? hostname : null, addr);
    }

    public InetSocketAddress(int port) {
        this((InetAddress) null, port);
    }

    /** A null address is the wildcard address 0.0.0.0. */
    public InetSocketAddress(InetAddress addr, int port) {
        this(checkPort(port), null, addr == null ? new Inet4Address("0.0.0.0", 0) : addr);
    }

    /** Resolves {@code hostname}; when that fails the address is unresolved, as the JDK's. */
    public InetSocketAddress(String hostname, int port) {
        this(checkHost(hostname), resolve(hostname), checkPort(port));
    }

    public static InetSocketAddress createUnresolved(String host, int port) {
        return new InetSocketAddress(checkPort(port), checkHost(host), null);
    }

    private static InetAddress resolve(String hostname) {
        try {
            return InetAddress.getByName(hostname);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port out of range:" + port);
        }
        return port;
    }

    private static String checkHost(String hostname) {
        if (hostname == null) {
            throw new IllegalArgumentException("hostname can't be null");
        }
        return hostname;
    }

    public final int getPort() {
        return port;
    }

    public final InetAddress getAddress() {
        return addr;
    }

    public final String getHostName() {
        return hostname != null ? hostname : addr.getHostName();
    }

    /** The name given, else the address's name if it has one, else its literal; never a look-up. */
    public final String getHostString() {
        if (hostname != null) {
            return hostname;
        }
        return addr.hostName != null ? addr.hostName : addr.getHostAddress();
    }

    public final boolean isUnresolved() {
        return addr == null;
    }

    @Override
    public String toString() {
        return (addr == null ? hostname + "/<unresolved>" : addr.toString()) + ":" + port;
    }

    @Override
    public final boolean equals(Object obj) {
        if (!(obj instanceof InetSocketAddress other) || other.port != port) {
            return false;
        }
        if (addr != null) {
            return addr.equals(other.addr);
        }
        return other.addr == null && hostname.equalsIgnoreCase(other.hostname);
    }

    @Override
    public final int hashCode() {
        return (addr != null ? addr.hashCode() : hostname.toLowerCase().hashCode()) + port;
    }

    /** The address a socket call takes: resolved and IPv4, or the JDK's exception. */
    static InetSocketAddress check(SocketAddress a) throws UnknownHostException {
        Objects.requireNonNull(a);
        if (!(a instanceof InetSocketAddress isa)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        if (isa.addr == null) {
            throw new UnknownHostException(isa.hostname);
        }
        return isa;
    }
}
