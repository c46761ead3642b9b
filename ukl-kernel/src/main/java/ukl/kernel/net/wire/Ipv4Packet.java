package ukl.kernel.net.wire;

/** View of an IPv4 header and its payload (RFC 791 §3.1). */
public final class Ipv4Packet {
    static final int VER_IHL = 0;
    static final int TOS = 1;
    static final int TOTAL_LEN = 2;
    static final int IDENT = 4;
    static final int FLAGS_FRAG = 6;
    static final int TTL = 8;
    static final int PROTOCOL = 9;
    static final int CHECKSUM = 10;
    static final int SRC = 12;
    static final int DST = 16;
    public static final int HEADER_LEN = 20;

    public static final int PROTO_ICMP = 1;
    public static final int PROTO_TCP = 6;
    public static final int PROTO_UDP = 17;

    static final int FLAG_DF = 0x4000;
    static final int FLAG_MF = 0x2000;

    private byte[] buf;
    private int off;
    private int len;

    public Ipv4Packet wrap(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    /**
     * The fixed header fits, IHL covers at least it and fits in the buffer, and the total length
     * lies between the header length and the buffer length (Ethernet may pad a short packet).
     */
    public boolean checkLen() {
        if (len < HEADER_LEN) {
            return false;
        }
        int hl = headerLen();
        int total = totalLen();
        return hl >= HEADER_LEN && hl <= len && total >= hl && total <= len;
    }

    /** Which rule {@link #checkLen} broke: {@link Parse#BAD_LENGTH} for self-contradicting fields. */
    int lengthError() {
        if (len < HEADER_LEN) {
            return Parse.TRUNCATED;
        }
        int hl = headerLen();
        return hl < HEADER_LEN || totalLen() < hl ? Parse.BAD_LENGTH : Parse.TRUNCATED;
    }

    public int version() {
        return Bytes.u8(buf, off + VER_IHL) >>> 4;
    }

    public int headerLen() {
        return (Bytes.u8(buf, off + VER_IHL) & 15) * 4;
    }

    public int totalLen() {
        return Bytes.u16(buf, off + TOTAL_LEN);
    }

    public int ident() {
        return Bytes.u16(buf, off + IDENT);
    }

    public boolean moreFragments() {
        return (Bytes.u16(buf, off + FLAGS_FRAG) & FLAG_MF) != 0;
    }

    public int fragmentOffset() {
        return (Bytes.u16(buf, off + FLAGS_FRAG) & 0x1fff) * 8;
    }

    public int ttl() {
        return Bytes.u8(buf, off + TTL);
    }

    public int protocol() {
        return Bytes.u8(buf, off + PROTOCOL);
    }

    public int checksum() {
        return Bytes.u16(buf, off + CHECKSUM);
    }

    public int src() {
        return Bytes.i32(buf, off + SRC);
    }

    public int dst() {
        return Bytes.i32(buf, off + DST);
    }

    /**
     * RFC 791 §3.1, options: End of Option List (0) ends them, No Operation (1) is one byte, every
     * other option has a length octet of at least 2 that stays inside the header. Their contents
     * are not looked at (record route and timestamp are for routers to fill).
     */
    public boolean optionsWellFormed() {
        return badOptionOffset() < 0;
    }

    /**
     * The offset from the header's start of the first option whose length is wrong (what a
     * Parameter Problem's pointer names, as Linux's), or -1 when the options are well formed.
     */
    public int badOptionOffset() {
        int end = off + headerLen();
        int i = off + HEADER_LEN;
        while (i < end) {
            int type = Bytes.u8(buf, i);
            if (type == 0) {
                return -1;
            }
            if (type == 1) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return i - off;
            }
            int optLen = Bytes.u8(buf, i + 1);
            if (optLen < 2 || i + optLen > end) {
                return i - off;
            }
            i += optLen;
        }
        return -1;
    }

    /** RFC 791 §3.1: the checksum over the header, checksum field included, sums to zero. */
    public boolean verifyChecksum() {
        return Checksum.finish(Checksum.add(0, buf, off, headerLen())) == 0;
    }

    public byte[] buffer() {
        return buf;
    }

    public int payloadOffset() {
        return off + headerLen();
    }

    public int payloadLen() {
        return totalLen() - headerLen();
    }

    void setHeader(int totalLen, int ident, int ttl, int protocol, int src, int dst) {
        Bytes.put8(buf, off + VER_IHL, 0x45);
        Bytes.put8(buf, off + TOS, 0);
        Bytes.put16(buf, off + TOTAL_LEN, totalLen);
        Bytes.put16(buf, off + IDENT, ident);
        // RFC 791: DF set; this stack never fragments and uses PMTU-sized segments.
        Bytes.put16(buf, off + FLAGS_FRAG, FLAG_DF);
        Bytes.put8(buf, off + TTL, ttl);
        Bytes.put8(buf, off + PROTOCOL, protocol);
        Bytes.put32(buf, off + SRC, src);
        Bytes.put32(buf, off + DST, dst);
        Bytes.put16(buf, off + CHECKSUM, 0);
        Bytes.put16(buf, off + CHECKSUM, Checksum.finish(Checksum.add(0, buf, off, HEADER_LEN)));
    }
}
