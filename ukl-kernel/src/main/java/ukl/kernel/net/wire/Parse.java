package ukl.kernel.net.wire;

/** Results of {@code *Repr.parse}: {@link #OK} or why the packet is dropped. */
public final class Parse {
    public static final int OK = 0;
    /** Shorter than its header, or a length field points past the buffer. */
    public static final int TRUNCATED = 1;

    public static final int BAD_CHECKSUM = 2;
    /** A length or header-length field that contradicts itself (e.g. IPv4 IHL &lt; 5). */
    public static final int BAD_LENGTH = 3;
    /** Well formed but not something this stack speaks (ARP for non-IPv4, IP version 6, …). */
    public static final int UNSUPPORTED = 4;
    /** IPv4 header options whose length octets run past the header (RFC 791 §3.1). */
    public static final int BAD_IP_OPTIONS = 5;
    /** A TCP option whose length runs past the header or an MSS option of the wrong size. */
    public static final int BAD_OPTIONS = 7;

    private Parse() {}
}
