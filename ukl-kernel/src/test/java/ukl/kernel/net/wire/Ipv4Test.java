package ukl.kernel.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class Ipv4Test {
    /** 10.0.0.1 → 10.0.0.2, ICMP, DF, TTL 64, ident 0x1234, 12 bytes of payload (checksum by hand). */
    static final byte[] HEADER = Hex.bytes("4500002012344000400114a70a0000010a000002");

    static final byte[] PACKET = java.util.Arrays.copyOf(HEADER, 32);

    @Test
    void deconstruct() {
        Ipv4Packet p = new Ipv4Packet().wrap(PACKET, 0, PACKET.length);
        assertTrue(p.checkLen());
        assertEquals(4, p.version());
        assertEquals(20, p.headerLen());
        assertEquals(32, p.totalLen());
        assertEquals(0x1234, p.ident());
        assertFalse(p.moreFragments());
        assertEquals(0, p.fragmentOffset());
        assertEquals(64, p.ttl());
        assertEquals(Ipv4Packet.PROTO_ICMP, p.protocol());
        assertEquals(0x14a7, p.checksum());
        assertTrue(p.verifyChecksum(p.headerLen()));
        assertEquals(Ipv4Address.of(10, 0, 0, 1), p.src());
        assertEquals(Ipv4Address.of(10, 0, 0, 2), p.dst());
        assertEquals(20, p.payloadOffset());
        assertEquals(12, p.payloadLen());
        assertFalse(new Ipv4Packet().wrap(PACKET, 0, 31).checkLen(), "total length past the buffer");
    }

    @Test
    void construct() {
        byte[] b = new byte[32];
        new Ipv4Packet()
                .wrap(b, 0, 32)
                .setHeader(
                        32,
                        0x1234,
                        64,
                        Ipv4Packet.PROTO_ICMP,
                        Ipv4Address.of(10, 0, 0, 1),
                        Ipv4Address.of(10, 0, 0, 2));
        assertArrayEquals(PACKET, b);
    }

    @Test
    void parse() {
        Ipv4Repr r = new Ipv4Repr();
        assertEquals(Parse.OK, r.parse(new Ipv4Packet().wrap(PACKET, 0, PACKET.length)));
        assertEquals(Ipv4Address.of(10, 0, 0, 1), r.src);
        assertEquals(Ipv4Address.of(10, 0, 0, 2), r.dst);
        assertEquals(Ipv4Packet.PROTO_ICMP, r.protocol);
        assertEquals(12, r.payloadLen);
        assertEquals(64, r.ttl);

        byte[] bad = PACKET.clone();
        bad[11] ^= 1;
        assertEquals(Parse.BAD_CHECKSUM, r.parse(new Ipv4Packet().wrap(bad, 0, bad.length)));
        byte[] fragment = PACKET.clone();
        new Ipv4Packet().wrap(fragment, 0, 32).setHeader(32, 0x1234, 64, 1, 1, 2);
        fragment[6] |= 0x20; // MF
        fixChecksum(fragment);
        assertEquals(Parse.OK, r.parse(new Ipv4Packet().wrap(fragment, 0, 32)), "fragments parse, for reassembly");
        assertTrue(r.moreFragments && r.isFragment());
        byte[] options = PACKET.clone();
        options[0] = 0x46; // the four zero bytes after the header: End of Option List
        fixChecksum(options);
        assertEquals(Parse.OK, r.parse(new Ipv4Packet().wrap(options, 0, 32)), "RFC 1122 §3.2.1.8");
        assertEquals(24, r.headerLen);
        assertEquals(8, r.payloadLen, "the payload starts after the options");
        byte[] badOption = options.clone();
        badOption[20] = 7; // record route
        badOption[21] = 9; // longer than the 4 bytes of options
        fixChecksum(badOption);
        assertEquals(Parse.BAD_IP_OPTIONS, r.parse(new Ipv4Packet().wrap(badOption, 0, 32)));
        byte[] shortIhl = PACKET.clone();
        shortIhl[0] = 0x44;
        assertEquals(Parse.BAD_LENGTH, r.parse(new Ipv4Packet().wrap(shortIhl, 0, 32)));
        byte[] v6 = PACKET.clone();
        v6[0] = 0x65;
        assertEquals(Parse.UNSUPPORTED, r.parse(new Ipv4Packet().wrap(v6, 0, 32)));
        assertEquals(Parse.TRUNCATED, r.parse(new Ipv4Packet().wrap(PACKET, 0, 19)));
    }

    private static void fixChecksum(byte[] b) {
        int hl = (b[0] & 15) * 4;
        b[10] = 0;
        b[11] = 0;
        int sum = Checksum.finish(Checksum.add(0, b, 0, hl));
        b[10] = (byte) (sum >>> 8);
        b[11] = (byte) sum;
    }

    @Test
    void emit() {
        Ipv4Repr r = new Ipv4Repr();
        r.src = Ipv4Address.of(10, 0, 0, 1);
        r.dst = Ipv4Address.of(10, 0, 0, 2);
        r.protocol = Ipv4Packet.PROTO_ICMP;
        r.payloadLen = 12;
        r.ident = 0x1234;
        byte[] b = new byte[r.bufferLen()];
        r.emit(new Ipv4Packet().wrap(b, 0, b.length));
        assertArrayEquals(PACKET, b);
        assertEquals("10.0.0.1", Ipv4Address.toString(r.src));
    }

    /** The checksum summed from the field values equals RFC 1071's sum over the written bytes, carries and all. */
    @Test
    void emittedHeadersCarryTheirBytesChecksum() {
        Random random = new Random(791);
        for (int n = 0; n < 10_000; n++) {
            Ipv4Repr r = new Ipv4Repr();
            r.src = n % 3 == 0 ? -1 : random.nextInt(); // all ones: the most carries
            r.dst = n % 5 == 0 ? -1 : random.nextInt();
            r.protocol = random.nextInt(256);
            r.ttl = 1 + random.nextInt(255);
            r.ident = random.nextInt(0x10000);
            r.payloadLen = random.nextInt(0x10000 - Ipv4Packet.HEADER_LEN);
            byte[] b = new byte[Ipv4Packet.HEADER_LEN];
            Ipv4Packet p = new Ipv4Packet().wrap(b, 0, b.length);
            r.emit(p);
            byte[] zeroed = b.clone();
            zeroed[10] = 0;
            zeroed[11] = 0;
            assertEquals(Checksum.finish(Checksum.add(0, zeroed, 0, Ipv4Packet.HEADER_LEN)), p.checksum(), r::toString);
            assertTrue(p.verifyChecksum(p.headerLen()));
            assertEquals(Ipv4Packet.HEADER_LEN + r.payloadLen, p.totalLen());
            assertEquals(r.ident, p.ident());
            assertEquals(r.ttl, p.ttl());
            assertEquals(r.protocol, p.protocol());
            assertEquals(r.src, p.src());
            assertEquals(r.dst, p.dst());
            assertEquals(0x45, b[0] & 0xff);
            assertEquals(0x40, b[6] & 0xff); // DF
        }
    }
}
