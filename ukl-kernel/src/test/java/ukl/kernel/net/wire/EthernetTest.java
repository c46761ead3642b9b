package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EthernetTest {
    static final byte[] FRAME = Hex.bytes("ffffffffffff" + "020000000001" + "0806" + "aabb");

    @Test
    void deconstruct() {
        EthernetFrame f = new EthernetFrame().wrap(FRAME, 0, FRAME.length);
        assertTrue(f.checkLen());
        assertEquals(MacAddress.BROADCAST, f.dst());
        assertEquals(0x020000000001L, f.src());
        assertEquals(EthernetFrame.ETHERTYPE_ARP, f.etherType());
        assertEquals(14, f.payloadOffset());
        assertEquals(2, f.payloadLen());
        assertFalse(new EthernetFrame().wrap(FRAME, 0, 13).checkLen());
    }

    @Test
    void construct() {
        byte[] b = new byte[16];
        EthernetFrame f = new EthernetFrame().wrap(b, 0, 16);
        f.setDst(MacAddress.BROADCAST);
        f.setSrc(0x020000000001L);
        f.setEtherType(EthernetFrame.ETHERTYPE_ARP);
        b[14] = (byte) 0xaa;
        b[15] = (byte) 0xbb;
        assertArrayEquals(FRAME, b);
    }

    @Test
    void parse() {
        EthernetRepr r = new EthernetRepr();
        assertEquals(Parse.OK, r.parse(new EthernetFrame().wrap(FRAME, 0, FRAME.length)));
        assertEquals(MacAddress.BROADCAST, r.dst);
        assertEquals(0x020000000001L, r.src);
        assertEquals(EthernetFrame.ETHERTYPE_ARP, r.etherType);
        assertEquals(Parse.TRUNCATED, r.parse(new EthernetFrame().wrap(FRAME, 0, 10)));
    }

    @Test
    void emit() {
        EthernetRepr r = new EthernetRepr();
        r.dst = MacAddress.BROADCAST;
        r.src = 0x020000000001L;
        r.etherType = EthernetFrame.ETHERTYPE_ARP;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new EthernetFrame().wrap(b, 0, b.length));
        assertArrayEquals(java.util.Arrays.copyOf(FRAME, 14), b);
        assertEquals("02:00:00:00:00:01", MacAddress.toString(r.src));
    }
}
