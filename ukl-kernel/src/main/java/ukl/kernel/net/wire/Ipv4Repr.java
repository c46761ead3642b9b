package ukl.kernel.net.wire;

/**
 * The fields of an IPv4 header this stack uses. Options are checked for well-formed lengths and
 * skipped (RFC 1122 §3.2.1.8: a host MUST accept options it does not implement); fragments parse
 * like whole packets, with their offset and MF flag, for the interface to reassemble.
 */
public final class Ipv4Repr {
    public static final int DEFAULT_TTL = 64;

    public int src;
    public int dst;
    public int protocol;
    public int payloadLen;
    public int ttl = DEFAULT_TTL;
    public int ident;
    /** The header's length in bytes, options included. */
    public int headerLen = Ipv4Packet.HEADER_LEN;
    /** Fragment offset in bytes and the MF flag (RFC 791 §3.2); 0 and false for a whole packet. */
    public int fragmentOffset;

    public boolean moreFragments;

    public int parse(Ipv4Packet p) {
        int hl = p.checkedHeaderLen();
        if (hl < 0) {
            return p.lengthError();
        }
        if (p.version() != 4) {
            return Parse.UNSUPPORTED;
        }
        if (!p.verifyChecksum(hl)) {
            return Parse.BAD_CHECKSUM;
        }
        if (hl != Ipv4Packet.HEADER_LEN && !p.optionsWellFormed()) {
            return Parse.BAD_IP_OPTIONS;
        }
        src = p.src();
        dst = p.dst();
        protocol = p.protocol();
        payloadLen = p.totalLen() - hl;
        ttl = p.ttl();
        ident = p.ident();
        headerLen = hl;
        fragmentOffset = p.fragmentOffset();
        moreFragments = p.moreFragments();
        return Parse.OK;
    }

    /** Writes the header (checksum included); the payload is the caller's. */
    public void emit(Ipv4Packet p) {
        // Always a 20-byte header, DF set, no fragment: we send no options and never fragment.
        p.setHeader(Ipv4Packet.HEADER_LEN + payloadLen, ident, ttl, protocol, src, dst);
    }

    /** Whether this is a fragment of a larger datagram. */
    public boolean isFragment() {
        return moreFragments || fragmentOffset != 0;
    }

    public int bufferLen() {
        return Ipv4Packet.HEADER_LEN + payloadLen;
    }
}
