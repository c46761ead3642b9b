package java.net;

/** An IPv4 address (RFC 791), the only kind of {@link InetAddress} in images. */
public final class Inet4Address extends InetAddress {
    Inet4Address(String hostName, int address) {
        super(hostName, address);
    }
}
