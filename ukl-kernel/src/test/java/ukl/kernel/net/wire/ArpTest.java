package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArpTest {
    /** Who has 10.0.0.2? Tell 10.0.0.1 (02:00:00:00:00:01). */
    static final byte[] REQUEST = Hex.bytes(
            "0001" + "0800" + "06" + "04" + "0001" + "020000000001" + "0a000001" + "000000000000" + "0a000002");

    @Test
    void deconstruct() {
        ArpPacket p = new ArpPacket().wrap(REQUEST, 0, REQUEST.length);
        assertTrue(p.checkLen());
        assertEquals(1, p.hardwareType());
        assertEquals(0x0800, p.protocolType());
        assertEquals(6, p.hardwareLen());
        assertEquals(4, p.protocolLen());
        assertEquals(ArpRepr.REQUEST, p.operation());
        assertEquals(0x020000000001L, p.senderMac());
        assertEquals(Ipv4Address.of(10, 0, 0, 1), p.senderIp());
        assertEquals(0, p.targetMac());
        assertEquals(Ipv4Address.of(10, 0, 0, 2), p.targetIp());
        assertFalse(new ArpPacket().wrap(REQUEST, 0, 27).checkLen());
    }

    @Test
    void construct() {
        byte[] b = new byte[28];
        ArpPacket p = new ArpPacket().wrap(b, 0, 28);
        p.setHeader(ArpRepr.REQUEST);
        p.setAddresses(0x020000000001L, Ipv4Address.of(10, 0, 0, 1), 0, Ipv4Address.of(10, 0, 0, 2));
        assertArrayEquals(REQUEST, b);
    }

    @Test
    void parse() {
        ArpRepr r = new ArpRepr();
        assertEquals(Parse.OK, r.parse(new ArpPacket().wrap(REQUEST, 0, REQUEST.length)));
        assertEquals(ArpRepr.REQUEST, r.operation);
        assertEquals(0x020000000001L, r.senderMac);
        assertEquals(Ipv4Address.of(10, 0, 0, 1), r.senderIp);
        assertEquals(Ipv4Address.of(10, 0, 0, 2), r.targetIp);
        byte[] ipv6 = REQUEST.clone();
        ipv6[2] = (byte) 0x86;
        ipv6[3] = (byte) 0xdd;
        assertEquals(Parse.UNSUPPORTED, r.parse(new ArpPacket().wrap(ipv6, 0, ipv6.length)));
        assertEquals(Parse.TRUNCATED, r.parse(new ArpPacket().wrap(REQUEST, 0, 20)));
    }

    @Test
    void emit() {
        ArpRepr r = new ArpRepr();
        r.operation = ArpRepr.REQUEST;
        r.senderMac = 0x020000000001L;
        r.senderIp = Ipv4Address.of(10, 0, 0, 1);
        r.targetMac = 0;
        r.targetIp = Ipv4Address.of(10, 0, 0, 2);
        byte[] b = new byte[r.bufferLen()];
        r.emit(new ArpPacket().wrap(b, 0, b.length));
        assertArrayEquals(REQUEST, b);
    }
}
