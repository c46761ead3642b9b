package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** java.net.URI of the class library against the JDK's: parsing, getters, messages, resolve, normalize, equality. */
class UriTest {
    private static final Shadow SHADOW = new Shadow("java/net/URI", "java/net/UriParser");
    private static final Class<?> OURS = SHADOW.type("java/net/URI");

    private static final String[] INPUTS = {
        "http://u@h:80/p?q#f",
        "mailto:a@b",
        "file:///x",
        "http://a_b/c",
        "http://h:x/",
        "a b",
        "http://h/%zz",
        "%4",
        ":x",
        "1a:b",
        "x:",
        "http://",
        "http://[::1]:8/p",
        "http://\u00e4/\u00f6?\u00fc#\u00e9",
        "urn:isbn:096139210x",
        "foo://h:/p",
        "http://h:99999/",
        "",
        "#frag",
        "?q",
        "a/b/c",
        "../x/./y",
        "http://1.2.3.4:8080/",
        "http://1.2.3.256/",
        "http://a.1/",
        "http://a-.b/",
        "http://-a/",
        "http://a.b./",
        "http://www.example.com/a%20b?c=d%26e#f%2Fg",
        "s://h/p?q?r#f#g",
        "http://u:p@h/",
        "http://h/a|b",
        "http://h/a[b",
        "jdbc:mysql://x",
        "a+b.c-d:e",
        "http://h#",
        "http://h?",
        "x:/y",
        "//h/p",
        "//h",
        "HTTP://H/P",
        "http://h/%7e",
        "http://h/%7E",
        "news:comp.lang.java",
        "http://:80/",
        "http://h:80:90/",
        "http://[::1/",
        "http://[::g]/",
        "tel:+1-816-555-1212",
        "http:/p",
        "a:b:c"
    };

    private static String describe(Object u) throws Throwable {
        StringBuilder sb = new StringBuilder();
        for (String g : new String[] {
            "toString",
            "getScheme",
            "getRawSchemeSpecificPart",
            "getSchemeSpecificPart",
            "getRawAuthority",
            "getAuthority",
            "getRawUserInfo",
            "getUserInfo",
            "getHost",
            "getPort",
            "getRawPath",
            "getPath",
            "getRawQuery",
            "getQuery",
            "getRawFragment",
            "getFragment",
            "isAbsolute",
            "isOpaque",
            "hashCode",
            "toASCIIString"
        }) {
            sb.append(g).append('=').append(Shadow.invoke(u, g)).append(' ');
        }
        return sb.toString();
    }

    private static String parseJdk(String s) throws Throwable {
        try {
            return describe(new URI(s));
        } catch (URISyntaxException e) {
            return "! " + e.getMessage() + " " + e.getIndex() + " " + e.getReason();
        }
    }

    private static String parseOurs(String s) throws Throwable {
        try {
            return describe(Shadow.construct(OURS, s));
        } catch (URISyntaxException e) {
            return "! " + e.getMessage() + " " + e.getIndex() + " " + e.getReason();
        }
    }

    @Test
    void componentsHashesAndErrorsAreTheJdks() throws Throwable {
        for (String s : INPUTS) {
            assertEquals(parseJdk(s), parseOurs(s), s);
        }
    }

    @Test
    void resolvesTheExamplesOfRfc2396AppendixCAsTheJdk() throws Throwable {
        String base = "http://a/b/c/d;p?q";
        Object ours = Shadow.construct(OURS, base);
        for (String r : new String[] {
            "g:h",
            "g",
            "./g",
            "g/",
            "/g",
            "//g",
            "?y",
            "g?y",
            "#s",
            "g#s",
            "g?y#s",
            ";x",
            "g;x",
            "",
            ".",
            "./",
            "..",
            "../",
            "../g",
            "../..",
            "../../",
            "../../g",
            "../../../g",
            "/./g",
            "/../g",
            "g.",
            ".g",
            "g..",
            "..g",
            "./../g",
            "./g/.",
            "g/./h",
            "g/../h",
            "g;x=1/./y",
            "g;x=1/../y",
            "g?y/./x",
            "g#s/../x",
            "http:g",
            "#",
            "mailto:x"
        }) {
            assertEquals(
                    URI.create(base).resolve(r).toString(),
                    Shadow.invoke(ours, "resolve", r).toString(),
                    r);
        }
        Object withFragment = Shadow.construct(OURS, "http://a/b#f");
        assertEquals(
                URI.create("http://a/b#f").resolve("#f").toString(),
                Shadow.invoke(withFragment, "resolve", "#f").toString());
    }

    @Test
    void normalizesRandomPathsAsTheJdk() throws Throwable {
        SplittableRandom random = new SplittableRandom(5);
        String[] segments = {"a", "b", ".", "..", "", "c:d"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "/" : "");
            int n = random.nextInt(1, 6);
            for (int k = 0; k < n; k++) {
                sb.append(k > 0 ? "/" : "").append(segments[random.nextInt(segments.length)]);
            }
            if (random.nextInt(4) == 0) {
                sb.append('/');
            }
            String path = sb.toString();
            if (path.startsWith("//")) {
                continue; // an authority, not a path
            }
            URI jdk;
            try {
                jdk = new URI(path);
            } catch (URISyntaxException e) {
                continue;
            }
            Object ours = Shadow.construct(OURS, path);
            assertEquals(
                    jdk.normalize().toString(), Shadow.invoke(ours, "normalize").toString(), path);
        }
    }

    @Test
    void relativizesEqualsAndOrdersAsTheJdk() throws Throwable {
        String[][] pairs = {
            {"http://a/b/c/", "http://a/b/c/d/e?q#f"},
            {"http://a/b/c", "http://a/b/c/d"},
            {"http://a/b/", "http://x/b/c"},
            {"http://H/%7e", "http://h/%7E"},
            {"http://a/b", "HTTP://a/b"},
            {"mailto:a", "mailto:b"},
            {"mailto:a", "http://a/"},
            {"a/b", "a/b/c"},
            {"http://u@h:1/", "http://u@h:2/"},
            {"http://h/p?q", "http://h/p?r"},
            {"x#a", "x#b"},
            {"http://a_b/", "http://a_c/"}
        };
        for (String[] p : pairs) {
            URI a = URI.create(p[0]);
            URI b = URI.create(p[1]);
            Object oa = Shadow.construct(OURS, p[0]);
            Object ob = Shadow.construct(OURS, p[1]);
            String what = p[0] + " vs " + p[1];
            assertEquals(
                    a.relativize(b).toString(),
                    Shadow.invoke(oa, "relativize", ob).toString(),
                    what);
            assertEquals(a.equals(b), Shadow.invoke(oa, "equals", ob), what);
            assertEquals(
                    Integer.signum(a.compareTo(b)), Integer.signum((Integer) Shadow.invoke(oa, "compareTo", ob)), what);
            assertEquals(
                    Integer.signum(b.compareTo(a)), Integer.signum((Integer) Shadow.invoke(ob, "compareTo", oa)), what);
        }
    }

    @Test
    void createWrapsTheSyntaxErrorAsTheJdk() throws Throwable {
        String jdk = null;
        String ours = null;
        try {
            URI.create("a b");
        } catch (IllegalArgumentException e) {
            jdk = e.getMessage();
        }
        try {
            Shadow.invoke(OURS, "create", "a b");
        } catch (IllegalArgumentException e) {
            ours = e.getMessage();
        }
        assertEquals("Illegal character in path at index 1: a b", jdk);
        assertEquals(jdk, ours);
    }

    private interface Build {
        Object make() throws Throwable;
    }

    private static String outcome(Build b) throws Throwable {
        try {
            return describe(b.make());
        } catch (URISyntaxException e) {
            return "! " + e.getMessage();
        }
    }

    @Test
    void componentConstructorsQuoteAsTheJdk() throws Throwable {
        Object[][] sevens = {
            {"http", null, "a_b", -1, "/", null, null},
            {"http", "u s", "h", 80, "/a b/%/\u00e4", "q=a b&c=%", "f g"},
            {"http", null, "::1", 8, "/", null, null},
            {null, null, null, -1, "x/y", "q", "f"},
            {"http", null, "h", -1, "rel", null, null},
            {"ftp", "a:b", "h.example", 21, "/p\u3000q", null, "#x"}
        };
        for (Object[] a : sevens) {
            assertEquals(
                    outcome(() -> new URI(
                            (String) a[0],
                            (String) a[1],
                            (String) a[2],
                            (Integer) a[3],
                            (String) a[4],
                            (String) a[5],
                            (String) a[6])),
                    outcome(() -> Shadow.construct(OURS, a)),
                    java.util.Arrays.toString(a));
        }
        String[][] fours = {
            {"http", "h", "/p", "f"},
            {"http", "h", "p", "f"},
            {null, null, "a:b", null},
            {"file", null, "/tmp/a b", null}
        };
        for (String[] a : fours) {
            assertEquals(
                    outcome(() -> new URI(a[0], a[1], a[2], a[3])),
                    outcome(() -> Shadow.construct(OURS, (Object[]) a)),
                    java.util.Arrays.toString(a));
        }
        String[][] fives = {
            {"http", "u@h:8", "/x y", "q", null}, {"http", "a_b", "/", null, "f"}, {"s", "h", "p", null, null}
        };
        for (String[] a : fives) {
            assertEquals(
                    outcome(() -> new URI(a[0], a[1], a[2], a[3], a[4])),
                    outcome(() -> Shadow.construct(OURS, (Object[]) a)),
                    java.util.Arrays.toString(a));
        }
        String[][] threes = {
            {"mailto", "a b@c", null}, {"http", "//h/p q", "frag"}, {null, "opaque", null}, {"urn", "x%y", "f%"}
        };
        for (String[] a : threes) {
            assertEquals(
                    outcome(() -> new URI(a[0], a[1], a[2])),
                    outcome(() -> Shadow.construct(OURS, (Object[]) a)),
                    java.util.Arrays.toString(a));
        }
    }

    @Test
    void parseServerAuthorityFailsAsTheJdk() throws Throwable {
        for (String s : new String[] {"http://a_b/c", "http://h:x/", "http://h:80/", "mailto:a@b", "/p"}) {
            String jdk;
            try {
                jdk = new URI(s).parseServerAuthority().toString();
            } catch (URISyntaxException e) {
                jdk = e.getMessage();
            }
            String ours;
            try {
                ours = Shadow.invoke(Shadow.construct(OURS, s), "parseServerAuthority")
                        .toString();
            } catch (URISyntaxException e) {
                ours = e.getMessage();
            }
            assertEquals(jdk, ours, s);
        }
    }
}
