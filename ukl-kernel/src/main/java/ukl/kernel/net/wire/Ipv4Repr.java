package ukl.kernel.net.wire;

/** The fields of an IPv4 header this stack uses; no options, no fragments. */
public final class Ipv4Repr {
    public static final int DEFAULT_TTL = 64;

    public int src;
    public int dst;
    public int protocol;
    public int payloadLen;
    public int ttl = DEFAULT_TTL;
    public int ident;

    public int parse(Ipv4Packet p) {
        if (!p.checkLen()) {
            return p.lengthError();
        }
        if (p.version() != 4) {
            return Parse.UNSUPPORTED;
        }
        if (!p.verifyChecksum()) {
            return Parse.BAD_CHECKSUM;
        }
        if (p.headerLen() != Ipv4Packet.HEADER_LEN) {
            return Parse.IP_OPTIONS;
        }
        if (p.moreFragments() || p.fragmentOffset() != 0) {
            return Parse.IP_FRAGMENT;
        }
        src = p.src();
        dst = p.dst();
        protocol = p.protocol();
        payloadLen = p.payloadLen();
        ttl = p.ttl();
        ident = p.ident();
        return Parse.OK;
    }

    /** Writes the header (checksum included); the payload is the caller's. */
    public void emit(Ipv4Packet p) {
        p.setHeader(Ipv4Packet.HEADER_LEN + payloadLen, ident, ttl, protocol, src, dst);
    }

    public int bufferLen() {
        return Ipv4Packet.HEADER_LEN + payloadLen;
    }
}
