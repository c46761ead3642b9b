package ukl.kernel.net.wire;

/**
 * An ICMP echo request or reply, or a destination unreachable (RFC 792); other message types are
 * {@link Parse#UNSUPPORTED} (a parameter problem is only emitted). For a destination unreachable, {@link #ident} is the unused field and
 * {@link #seq} the next-hop MTU of code {@link #FRAGMENTATION_NEEDED} (RFC 1191 §4), and the data
 * is the quoted datagram (its IP header and at least 8 bytes after it).
 */
public final class IcmpRepr {
    public static final int ECHO_REPLY = 0;
    public static final int DEST_UNREACHABLE = 3;
    public static final int ECHO_REQUEST = 8;
    /** Sent only (RFC 792): {@link #ident}'s high byte is the pointer to the octet in error. */
    public static final int PARAMETER_PROBLEM = 12;
    /** Destination unreachable codes (RFC 792, RFC 1191). */
    public static final int PROTOCOL_UNREACHABLE = 2;

    public static final int PORT_UNREACHABLE = 3;
    public static final int FRAGMENTATION_NEEDED = 4;

    public int type;
    public int code;
    public int ident;
    public int seq;
    /** The echo data or quoted datagram: {@code data[dataOff, dataOff+dataLen)}, not copied by {@link #parse}. */
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
        boolean echo = (p.type() == ECHO_REQUEST || p.type() == ECHO_REPLY) && p.code() == 0;
        if (!echo && p.type() != DEST_UNREACHABLE) {
            return Parse.UNSUPPORTED;
        }
        type = p.type();
        code = p.code();
        ident = p.ident();
        seq = p.seq();
        data = p.buffer();
        dataOff = p.payloadOffset();
        dataLen = p.payloadLen();
        return Parse.OK;
    }

    /** Writes header, data and checksum; the packet must be {@link #bufferLen()} long. */
    public void emit(IcmpPacket p) {
        p.setHeader(type, code, ident, seq);
        if (dataLen > 0) {
            System.arraycopy(data, dataOff, p.buffer(), p.payloadOffset(), dataLen);
        }
        p.fillChecksum();
    }

    public int bufferLen() {
        return IcmpPacket.HEADER_LEN + dataLen;
    }
}
