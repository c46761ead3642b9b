package ukl.kernel.net.wire;

/** An ICMP echo request or reply (RFC 792); other message types are {@link Parse#UNSUPPORTED}. */
public final class IcmpRepr {
    public static final int ECHO_REPLY = 0;
    public static final int ECHO_REQUEST = 8;

    public int type;
    public int ident;
    public int seq;
    /** The echo data: {@code data[dataOff, dataOff+dataLen)}, not copied by {@link #parse}. */
    public byte[] data;

    public int dataOff;
    public int dataLen;

    public int parse(IcmpPacket p) {
        if (!p.checkLen()) {
            return Parse.TRUNCATED;
        }
        if (!p.verifyChecksum()) {
            return Parse.BAD_CHECKSUM;
        }
        if ((p.type() != ECHO_REQUEST && p.type() != ECHO_REPLY) || p.code() != 0) {
            return Parse.UNSUPPORTED;
        }
        type = p.type();
        ident = p.ident();
        seq = p.seq();
        data = p.buffer();
        dataOff = p.payloadOffset();
        dataLen = p.payloadLen();
        return Parse.OK;
    }

    /** Writes header, data and checksum; the packet must be {@link #bufferLen()} long. */
    public void emit(IcmpPacket p) {
        p.setHeader(type, 0, ident, seq);
        if (dataLen > 0) {
            System.arraycopy(data, dataOff, p.buffer(), p.payloadOffset(), dataLen);
        }
        p.fillChecksum();
    }

    public int bufferLen() {
        return IcmpPacket.HEADER_LEN + dataLen;
    }
}
