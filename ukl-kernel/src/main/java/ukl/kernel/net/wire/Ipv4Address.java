package ukl.kernel.net.wire;

/** An IPv4 address held in an {@code int}, first octet most significant. */
public final class Ipv4Address {
    public static final int UNSPECIFIED = 0;
    public static final int BROADCAST = 0xffff_ffff;
    /** 127.0.0.1, this host's loopback address (RFC 1122 §3.2.1.3 (g)). */
    public static final int LOOPBACK = 0x7f00_0001;

    private Ipv4Address() {}

    public static int of(int a, int b, int c, int d) {
        return (a & 0xff) << 24 | (b & 0xff) << 16 | (c & 0xff) << 8 | (d & 0xff);
    }

    public static int read(byte[] b, int off) {
        return Bytes.i32(b, off);
    }

    public static void write(byte[] b, int off, int addr) {
        Bytes.put32(b, off, addr);
    }

    /** Netmask with {@code prefix} leading one bits (0–32). */
    public static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    public static boolean sameSubnet(int a, int b, int netmask) {
        return (a & netmask) == (b & netmask);
    }

    /** Whether {@code addr} is in 127.0.0.0/8, which never appears on a wire (RFC 1122 §3.2.1.3 (g)). */
    public static boolean isLoopback(int addr) {
        return addr >>> 24 == 127;
    }

    /** Class E, 240.0.0.0/4 (RFC 1122 §3.2.1.3 (e)); includes the limited broadcast. */
    public static boolean isClassE(int addr) {
        return (addr >>> 28) == 0xf;
    }

    /** Class D, 224.0.0.0/4 (RFC 5771). */
    public static boolean isMulticast(int addr) {
        return (addr >>> 28) == 0xe;
    }

    public static String toString(int addr) {
        return (addr >>> 24) + "." + (addr >>> 16 & 0xff) + "." + (addr >>> 8 & 0xff) + "." + (addr & 0xff);
    }
}
