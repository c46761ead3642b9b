package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** IPv4 literals, names and socket addresses of the class library against the JDK's. */
class InetAddressTest {
    static final String[] NET = {
        "java/net/InetAddress",
        "java/net/Inet4Address",
        "java/net/HostNames",
        "java/net/InetSocketAddress",
        "java/net/SocketAddress"
    };
    private static final Shadow SHADOW = new Shadow(NET);
    private static final Class<?> ADDRESS = SHADOW.type("java/net/InetAddress");
    private static final Class<?> SOCKET_ADDRESS = SHADOW.type("java/net/InetSocketAddress");

    private static String jdk(String host) {
        try {
            InetAddress a = InetAddress.getByName(host);
            return a + " " + a.getHostAddress() + " " + a.hashCode() + " " + a.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return "! " + e.getMessage();
        }
    }

    private static String ours(String host) throws Throwable {
        try {
            Object a = Shadow.invoke(ADDRESS, "getByName", host);
            return a + " " + Shadow.invoke(a, "getHostAddress") + " " + a.hashCode() + " "
                    + Shadow.invoke(a, "isLoopbackAddress");
        } catch (UnknownHostException e) {
            return "! " + e.getMessage();
        }
    }

    @Test
    void literalsAndLocalhostResolveAsOnTheJdk() throws Throwable {
        for (String host : new String[] {
            "1.2.3.4",
            "127.1",
            "1.2.3",
            "16909060",
            "0x7f.1",
            "01.2.3.4",
            "1.2.3.04",
            "255.255.255.255",
            "4294967295",
            "0.0.0.0",
            "localhost",
            "LocalHost",
            "",
            null,
            "10.0.0.1",
            "192.168.1.255"
        }) {
            assertEquals(jdk(host), ours(host), host);
        }
    }

    /** The JDK asks the system resolver (its message depends on the host and its cache); ours has glibc's first answer. */
    @Test
    void unknownNamesFailWithTheResolversMessage() throws Throwable {
        for (String host : new String[] {
            "1.2.3.256", "1.2.3.4.5", "1..2.3", "1.2.3.", " 1.2.3.4", "4294967296", "nosuch.invalid", "a_b"
        }) {
            assertEquals("! " + host + ": Name or service not known", ours(host), host);
        }
    }

    @Test
    void ipv6SaysItIsNotSupported() {
        for (String host : new String[] {"::1", "[::1]", "fe80::1%eth0"}) {
            UnknownHostException e =
                    assertThrows(UnknownHostException.class, () -> Shadow.invoke(ADDRESS, "getByName", host));
            assertEquals(host + ": IPv6 addresses are not supported in ukl images; use IPv4", e.getMessage());
        }
    }

    @Test
    void bytesEqualityAndTextAreTheJdks() throws Throwable {
        byte[] bytes = {(byte) 192, (byte) 168, 0, 1};
        Object ours = Shadow.invoke(ADDRESS, "getByAddress", bytes);
        Object named = Shadow.invoke(ADDRESS, "getByAddress", "router", bytes);
        assertEquals(InetAddress.getByAddress(bytes).toString(), ours.toString());
        assertEquals(InetAddress.getByAddress("router", bytes).toString(), named.toString());
        assertEquals(InetAddress.getByAddress(bytes).hashCode(), named.hashCode());
        assertEquals(true, ours.equals(named));
        assertArrayEquals(bytes, (byte[]) Shadow.invoke(named, "getAddress"));
        assertEquals(InetAddress.getByAddress(bytes).isSiteLocalAddress(), Shadow.invoke(ours, "isSiteLocalAddress"));
        assertEquals(
                InetAddress.getLoopbackAddress().toString(),
                Shadow.invoke(ADDRESS, "getLoopbackAddress").toString());
        UnknownHostException e = assertThrows(
                UnknownHostException.class, () -> Shadow.invoke(ADDRESS, "getByAddress", (Object) new byte[3]));
        assertEquals("addr is of illegal length", e.getMessage());
    }

    @Test
    void hostsTableResolvesNamesBothWays() throws Throwable {
        System.setProperty("ukl.hosts", "db:10.0.0.5, Web.Example:10.0.0.6");
        try {
            assertEquals(
                    "db/10.0.0.5", Shadow.invoke(ADDRESS, "getByName", "db").toString());
            assertEquals(
                    "web.example/10.0.0.6",
                    Shadow.invoke(ADDRESS, "getByName", "web.example").toString());
            Object literal = Shadow.invoke(ADDRESS, "getByName", "10.0.0.5");
            assertEquals("db", Shadow.invoke(literal, "getHostName"));
            assertEquals("/10.0.0.5", literal.toString());
        } finally {
            System.clearProperty("ukl.hosts");
        }
        Object literal = Shadow.invoke(ADDRESS, "getByName", "10.0.0.5");
        assertEquals("10.0.0.5", Shadow.invoke(literal, "getHostName"));
    }

    @Test
    void socketAddressesPrintAsTheJdks() throws Throwable {
        Object loopback = Shadow.invoke(ADDRESS, "getByName", "localhost");
        Object literal = Shadow.invoke(ADDRESS, "getByName", "1.2.3.4");
        assertEquals(
                new InetSocketAddress(80).toString(),
                Shadow.construct(SOCKET_ADDRESS, 80).toString());
        assertEquals(
                new InetSocketAddress("localhost", 80).toString(),
                Shadow.construct(SOCKET_ADDRESS, "localhost", 80).toString());
        assertEquals(
                InetSocketAddress.createUnresolved("foo", 80).toString(),
                Shadow.invoke(SOCKET_ADDRESS, "createUnresolved", "foo", 80).toString());
        assertEquals(
                new InetSocketAddress("nosuch.invalid", 80).toString(),
                Shadow.construct(SOCKET_ADDRESS, "nosuch.invalid", 80).toString());
        Object isa = Shadow.construct(SOCKET_ADDRESS, literal, 8080);
        assertEquals(new InetSocketAddress(InetAddress.getByName("1.2.3.4"), 8080).toString(), isa.toString());
        assertEquals("1.2.3.4", Shadow.invoke(isa, "getHostString"));
        assertEquals(
                new InetSocketAddress("localhost", 9).hashCode(),
                Shadow.construct(SOCKET_ADDRESS, loopback, 9).hashCode());
        assertEquals(Shadow.construct(SOCKET_ADDRESS, "localhost", 9), Shadow.construct(SOCKET_ADDRESS, loopback, 9));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Shadow.construct(SOCKET_ADDRESS, 70000));
        assertEquals("port out of range:70000", e.getMessage());
    }
}
