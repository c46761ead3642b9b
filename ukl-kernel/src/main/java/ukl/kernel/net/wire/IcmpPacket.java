package ukl.kernel.net.wire;

/** View of an ICMPv4 message (RFC 792); the identifier/sequence fields are those of echo messages. */
public final class IcmpPacket {
    static final int TYPE = 0;
    static final int CODE = 1;
    static final int CHECKSUM = 2;
    static final int IDENT = 4;
    static final int SEQ = 6;
    public static final int HEADER_LEN = 8;

    private byte[] buf;
    private int off;
    private int len;

    public IcmpPacket wrap(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    public boolean checkLen() {
        return len >= HEADER_LEN;
    }

    public int type() {
        return Bytes.u8(buf, off + TYPE);
    }

    public int code() {
        return Bytes.u8(buf, off + CODE);
    }

    public int checksum() {
        return Bytes.u16(buf, off + CHECKSUM);
    }

    public int ident() {
        return Bytes.u16(buf, off + IDENT);
    }

    public int seq() {
        return Bytes.u16(buf, off + SEQ);
    }

    public byte[] buffer() {
        return buf;
    }

    public int payloadOffset() {
        return off + HEADER_LEN;
    }

    public int payloadLen() {
        return len - HEADER_LEN;
    }

    /** RFC 792: the checksum covers the whole ICMP message. */
    public boolean verifyChecksum() {
        return Checksum.finish(Checksum.add(0, buf, off, len)) == 0;
    }

    void setHeader(int type, int code, int ident, int seq) {
        Bytes.put8(buf, off + TYPE, type);
        Bytes.put8(buf, off + CODE, code);
        Bytes.put16(buf, off + IDENT, ident);
        Bytes.put16(buf, off + SEQ, seq);
    }

    void fillChecksum() {
        Bytes.put16(buf, off + CHECKSUM, 0);
        Bytes.put16(buf, off + CHECKSUM, Checksum.finish(Checksum.add(0, buf, off, len)));
    }
}
