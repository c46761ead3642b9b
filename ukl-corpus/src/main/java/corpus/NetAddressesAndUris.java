package corpus;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/** IPv4 literals, socket addresses and URIs: parsing and printing, no network needed. */
public final class NetAddressesAndUris {
    private NetAddressesAndUris() {}

    public static void main(String[] args) throws Exception {
        for (String literal : new String[] {"1.2.3.4", "127.1", "10.1", "16909060", "255.255.255.255", "0.0.0.0"}) {
            InetAddress a = InetAddress.getByName(literal);
            System.out.println(literal + " -> " + a + " host address " + a.getHostAddress() + " loopback "
                    + a.isLoopbackAddress() + " site-local " + a.isSiteLocalAddress() + " hash " + a.hashCode());
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        System.out.println("loopback " + loopback + " name " + loopback.getHostName());
        InetAddress named = InetAddress.getByAddress("gateway", new byte[] {(byte) 192, (byte) 168, 1, 1});
        byte[] raw = named.getAddress();
        System.out.println(named + " bytes " + (raw[0] & 0xff) + "." + raw[3] + " equals literal "
                + named.equals(InetAddress.getByName("192.168.1.1")));
        try {
            InetAddress.getByAddress(new byte[5]);
        } catch (UnknownHostException e) {
            System.out.println("UnknownHostException: " + e.getMessage());
        }

        System.out.println(new InetSocketAddress(8080));
        System.out.println(
                new InetSocketAddress(loopback, 80) + " port " + new InetSocketAddress(loopback, 80).getPort());
        InetSocketAddress unresolved = InetSocketAddress.createUnresolved("example.org", 443);
        System.out.println(
                unresolved + " unresolved " + unresolved.isUnresolved() + " host " + unresolved.getHostString());
        System.out.println("equal "
                + new InetSocketAddress("1.2.3.4", 5)
                        .equals(new InetSocketAddress(InetAddress.getByName("1.2.3.4"), 5)));
        try {
            new InetSocketAddress(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }

        URI uri = new URI("http://user@www.example.com:8080/docs/a%20b/./../index.html?q=1&r=%C3%A9#top");
        System.out.println(uri + " scheme " + uri.getScheme() + " user " + uri.getUserInfo() + " host " + uri.getHost()
                + " port " + uri.getPort());
        System.out.println("path " + uri.getPath() + " raw " + uri.getRawPath() + " query " + uri.getQuery()
                + " fragment " + uri.getFragment());
        System.out.println("normalized " + uri.normalize());
        URI base = URI.create("http://a/b/c/d;p?q");
        for (String r : new String[] {"g", "../g", "../../../g", "?y", "#s", "//other/x", "mailto:me@x", ""}) {
            System.out.println("resolve " + r + " -> " + base.resolve(r));
        }
        System.out.println("relativize " + URI.create("http://a/b/").relativize(URI.create("http://a/b/c/d?e")));
        URI opaque = URI.create("mailto:someone@example.org");
        System.out.println(opaque + " opaque " + opaque.isOpaque() + " ssp " + opaque.getSchemeSpecificPart());
        System.out.println("equal ignoring case "
                + URI.create("HTTP://Example.COM/%7e").equals(URI.create("http://example.com/%7E")) + " compare "
                + Integer.signum(uri.compareTo(base)));
        System.out.println("hash " + URI.create("http://example.com/x?y#z").hashCode());
        for (String bad : new String[] {"a b", "http://h/%zz", ":x", "x:"}) {
            try {
                new URI(bad);
            } catch (URISyntaxException e) {
                System.out.println("URISyntaxException: " + e.getMessage() + " index " + e.getIndex());
            }
        }
    }
}
