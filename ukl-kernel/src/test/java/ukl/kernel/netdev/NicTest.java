package ukl.kernel.netdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NicTest {
    @Test
    void parsesDottedQuads() {
        assertEquals(0x0a00020f, Nic.parseIp("ukl.ip", "10.0.2.15"));
        assertEquals(0xffffffff, Nic.parseIp("ukl.gw", "255.255.255.255"));
        assertEquals(0, Nic.parseIp("ukl.gw", "0.0.0.0"));
    }

    @Test
    void malformedAddressNamesTheOptionAndTheForm() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Nic.parseIp("ukl.gw", "10.0.2"));
        assertEquals(
                "kernel option ukl.gw=10.0.2 is not an IPv4 address; write four numbers 0-255 joined by dots,"
                        + " e.g. 10.0.2.15",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Nic.parseIp("ukl.ip", "10.0.2.256"));
        assertEquals("kernel option ukl.ip has '256' where a number from 0 to 255 belongs", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Nic.parseIp("ukl.ip", "10..2.1"));
        assertThrows(IllegalArgumentException.class, () -> Nic.parseIp("ukl.ip", "10.0.2.1.5"));
        assertThrows(IllegalArgumentException.class, () -> Nic.parseIp("ukl.ip", "a.b.c.d"));
    }
}
