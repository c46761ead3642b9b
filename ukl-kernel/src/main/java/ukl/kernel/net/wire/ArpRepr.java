package ukl.kernel.net.wire;

/** An Ethernet/IPv4 ARP request or reply (RFC 826). */
public final class ArpRepr {
    static final int HTYPE_ETHERNET = 1;
    public static final int REQUEST = 1;
    public static final int REPLY = 2;

    public int operation;
    public long senderMac;
    public int senderIp;
    public long targetMac;
    public int targetIp;

    public int parse(ArpPacket p) {
        if (!p.checkLen()) {
            return Parse.TRUNCATED;
        }
        if (p.hardwareType() != HTYPE_ETHERNET
                || p.protocolType() != EthernetFrame.ETHERTYPE_IPV4
                || p.hardwareLen() != 6
                || p.protocolLen() != 4
                || (p.operation() != REQUEST && p.operation() != REPLY)) {
            return Parse.UNSUPPORTED;
        }
        operation = p.operation();
        senderMac = p.senderMac();
        senderIp = p.senderIp();
        targetMac = p.targetMac();
        targetIp = p.targetIp();
        return Parse.OK;
    }

    public void emit(ArpPacket p) {
        p.setHeader(operation);
        p.setAddresses(senderMac, senderIp, targetMac, targetIp);
    }

    public int bufferLen() {
        return ArpPacket.ETHERNET_IPV4_LEN;
    }
}
