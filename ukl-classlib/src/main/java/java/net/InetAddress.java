package java.net;

/**
 * An IP address, optionally with the name it was looked up by. Images speak IPv4 only, so every
 * instance is an {@link Inet4Address}; IPv6 literals fail with an {@link UnknownHostException} that
 * says so.
 *
 * <p>Names resolve without DNS: {@code localhost} (any case) is 127.0.0.1, and a table given as
 * {@code ukl.hosts=name:1.2.3.4,...} on the image's kernel command line maps further names (the
 * kernel hands its options to the program as its environment). A name that does not resolve fails with the message
 * glibc's resolver gives the JDK on Linux, "name: Name or service not known".
 */
public class InetAddress implements java.io.Serializable {
    /** The name looked up or given, or null when the address came from a literal or bytes. */
    final String hostName;
    /** The address in network order: the first octet in the top byte. */
    final int address;

    InetAddress(String hostName, int address) {
        this.hostName = hostName;
        this.address = address;
    }

    public static InetAddress getByName(String host) throws UnknownHostException {
        return getAllByName(host)[0];
    }

    public static InetAddress[] getAllByName(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            return new InetAddress[] {getLoopbackAddress()};
        }
        if (host.charAt(0) == '[' || host.indexOf(':') >= 0) {
            throw new UnknownHostException(host + ": IPv6 addresses are not supported in ukl images; use IPv4");
        }
        long literal = HostNames.parseLiteral(host);
        if (literal >= 0) {
            return new InetAddress[] {new Inet4Address(null, (int) literal)};
        }
        if (HostNames.isBsdLiteral(host)) {
            // The JDK refuses hexadecimal parts, which C's inet_aton would accept (IPAddressUtil).
            throw new UnknownHostException(host);
        }
        Integer known = HostNames.lookup(host);
        if (known == null) {
            throw new UnknownHostException(host + ": Name or service not known");
        }
        return new InetAddress[] {new Inet4Address(host, known)};
    }

    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {
        return getByAddress(null, addr);
    }

    public static InetAddress getByAddress(String host, byte[] addr) throws UnknownHostException {
        if (host != null && !host.isEmpty() && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
            host = host.substring(1, host.length() - 1);
        }
        if (addr != null && addr.length == 4) {
            return new Inet4Address(
                    host, (addr[0] & 0xff) << 24 | (addr[1] & 0xff) << 16 | (addr[2] & 0xff) << 8 | addr[3] & 0xff);
        }
        if (addr != null && addr.length == 16) {
            throw new UnknownHostException("IPv6 addresses are not supported in ukl images; use IPv4");
        }
        throw new UnknownHostException("addr is of illegal length");
    }

    /** {@code localhost/127.0.0.1}, as the JDK's when IPv4 is preferred. */
    public static InetAddress getLoopbackAddress() {
        return new Inet4Address("localhost", 0x7f000001);
    }

    /** The JDK gives the machine's name and address; an image has no name, so this is the loopback address. */
    public static InetAddress getLocalHost() throws UnknownHostException {
        return getLoopbackAddress();
    }

    public byte[] getAddress() {
        return new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    public String getHostAddress() {
        return HostNames.format(address);
    }

    /** The name given, else a reverse look-up in the hosts table, else the literal address. */
    public String getHostName() {
        if (hostName != null) {
            return hostName;
        }
        String name = HostNames.reverse(address);
        return name == null ? getHostAddress() : name;
    }

    public String getCanonicalHostName() {
        String name = HostNames.reverse(address);
        return name == null ? getHostAddress() : name;
    }

    public boolean isAnyLocalAddress() {
        return address == 0;
    }

    public boolean isLoopbackAddress() {
        return address >>> 24 == 127;
    }

    public boolean isMulticastAddress() {
        return (address & 0xf0000000) == 0xe0000000;
    }

    /** RFC 3927: 169.254/16. */
    public boolean isLinkLocalAddress() {
        return address >>> 16 == 0xa9fe;
    }

    /** RFC 1918: 10/8, 172.16/12, 192.168/16. */
    public boolean isSiteLocalAddress() {
        return address >>> 24 == 10 || address >>> 20 == 0xac1 || address >>> 16 == 0xc0a8;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InetAddress other && other.address == address;
    }

    @Override
    public int hashCode() {
        return address;
    }

    /** "name/1.2.3.4", or "/1.2.3.4" for an address without a name, as the JDK's. */
    @Override
    public String toString() {
        return (hostName != null ? hostName : "") + "/" + getHostAddress();
    }
}
