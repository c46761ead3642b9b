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
        return checkedHeaderLen() >= 0;
    }

    /** The header's length when {@link #checkLen} holds, else -1: a parse reads it once. */
    int checkedHeaderLen() {
        if (len < HEADER_LEN) {
            return -1;
        }
        int hl = headerLen();
        int total = totalLen();
        return hl >= HEADER_LEN && hl <= len && total >= hl && total <= len ? hl : -1;
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

    /** RFC 791 §3.1: the checksum over the header ({@code headerLen} bytes, as {@link #checkedHeaderLen} found), checksum field included, sums to zero. */
    boolean verifyChecksum(int headerLen) {
        return Checksum.finish(Checksum.add(0, buf, off, headerLen)) == 0;
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

    /**
     * Writes the fixed header as its five 32-bit words, and sums the checksum from the values
     * rather than reading the bytes back: the same 16-bit words either way (RFC 1071).
     */
    void setHeader(int totalLen, int ident, int ttl, int protocol, int src, int dst) {
        int versionLength = 0x45 << 24 | (totalLen & 0xffff); // version 4, IHL 5, TOS 0
        // RFC 791: DF set; this stack never fragments and uses PMTU-sized segments.
        int identFlags = (ident & 0xffff) << 16 | FLAG_DF;
        int ttlProtocol = (ttl & 0xff) << 8 | (protocol & 0xff);
        int sum = Checksum.words(versionLength)
                + Checksum.words(identFlags)
                + ttlProtocol
                + Checksum.words(src)
                + Checksum.words(dst);
        byte[] b = buf; // in locals: a store into the array could be one into this object for all gcc knows
        int o = off;
        Bytes.put32(b, o + VER_IHL, versionLength);
        Bytes.put32(b, o + IDENT, identFlags);
        Bytes.put32(b, o + TTL, ttlProtocol << 16 | Checksum.finish(sum));
        Bytes.put32(b, o + SRC, src);
        Bytes.put32(b, o + DST, dst);
    }
}
