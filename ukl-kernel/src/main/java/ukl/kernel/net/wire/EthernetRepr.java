package ukl.kernel.net.wire;

/** The fields of an Ethernet II header. */
public final class EthernetRepr {
    public long src;
    public long dst;
    public int etherType;

    public int parse(EthernetFrame frame) {
        if (!frame.checkLen()) {
            return Parse.TRUNCATED;
        }
        src = frame.src();
        dst = frame.dst();
        etherType = frame.etherType();
        return Parse.OK;
    }

    public void emit(EthernetFrame frame) {
        frame.setDst(dst);
        frame.setSrc(src);
        frame.setEtherType(etherType);
    }

    public int bufferLen() {
        return EthernetFrame.HEADER_LEN;
    }
}
