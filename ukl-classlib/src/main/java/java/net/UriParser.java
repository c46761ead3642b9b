package java.net;

/**
 * The grammar of RFC 2396 as the JDK's URI parser reads it (with its deviations: brackets are
 * reserved, non-ASCII "other" characters are legal outside the host, an authority that is not a
 * valid server authority is a registry-based one). Fills the components and fails with the JDK's
 * messages, e.g. "Illegal character in path at index 1: a b".
 */
final class UriParser {
    private static final String MARK = "-_.!~*'()";
    private static final String URIC = MARK + ";/?:@&=+$,[]";
    private static final String PATH = MARK + ":@&=+$,;/";
    private static final String USER_INFO = MARK + ";:&=+$,";
    private static final String REG_NAME = MARK + "$,;:@&=+";
    private static final String SERVER = USER_INFO + ".:@[]";

    private final String s;
    /** The multi-argument constructors want a server authority: anything else is an error, not a registry name. */
    private final boolean requireServer;
    /** Where the last hostname scan stopped, for the error when a server authority is required. */
    private int hostnameStop;

    String scheme;
    String schemeSpecificPart;
    String authority;
    String userInfo;
    String host;
    int port = -1;
    String path;
    String query;
    String fragment;

    UriParser(String s, boolean requireServer) {
        this.s = s;
        this.requireServer = requireServer;
    }

    private URISyntaxException fail(String reason, int index) {
        return new URISyntaxException(s, reason, index);
    }

    void parse() throws URISyntaxException {
        int n = s.length();
        int p = scan(0, n, "/?#", ':');
        int ssp = 0;
        if (p >= 0 && p < n && s.charAt(p) == ':') {
            if (p == 0) {
                throw fail("Expected scheme name", 0);
            }
            checkScheme(p);
            scheme = s.substring(0, p);
            ssp = ++p;
            if (p == n) {
                throw fail("Expected scheme-specific part", p);
            }
            if (s.charAt(p) == '/') {
                p = parseHierarchical(p, n);
            } else {
                int q = end(p, n, '#');
                checkChars(p, q, URIC, "opaque part");
                p = q;
            }
        } else {
            p = parseHierarchical(0, n);
        }
        schemeSpecificPart = s.substring(ssp, p);
        if (p < n) {
            // parseHierarchical and the opaque part stop only at '#'
            checkChars(p + 1, n, URIC, "fragment");
            fragment = s.substring(p + 1);
        }
    }

    /** RFC 2396 §3.1: alpha *( alpha | digit | "+" | "-" | "." ). */
    private void checkScheme(int end) throws URISyntaxException {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = isAlpha(c) || i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.');
            if (!ok) {
                throw fail("Illegal character in scheme name", i);
            }
        }
    }

    private int parseHierarchical(int start, int n) throws URISyntaxException {
        int p = start;
        if (s.startsWith("//", p)) {
            p += 2;
            int q = scan(p, n, "/?#", (char) 0);
            if (q < 0) {
                q = n;
            }
            if (q > p) {
                parseAuthority(p, q);
                p = q;
            } else if (q == n) {
                throw fail("Expected authority", p);
            }
        }
        int q = scan(p, n, "?#", (char) 0);
        if (q < 0) {
            q = n;
        }
        checkChars(p, q, PATH, "path");
        path = s.substring(p, q);
        p = q;
        if (p < n && s.charAt(p) == '?') {
            p++;
            q = end(p, n, '#');
            checkChars(p, q, URIC, "query");
            query = s.substring(p, q);
            p = q;
        }
        return p;
    }

    /** A server authority if it parses as one, else a registry-based one (host null), as the JDK's URI(String). */
    private void parseAuthority(int p, int q) throws URISyntaxException {
        authority = s.substring(p, q);
        boolean serverChars = true;
        for (int i = p; i < q; i++) {
            if (!isAlphaNum(s.charAt(i)) && SERVER.indexOf(s.charAt(i)) < 0 && s.charAt(i) != '%') {
                serverChars = false;
            }
        }
        hostnameStop = p;
        if (serverChars && parseServer(p, q)) {
            return;
        }
        if (requireServer) {
            throw fail("Illegal character in hostname", hostnameStop);
        }
        userInfo = null;
        host = null;
        port = -1;
        checkChars(p, q, REG_NAME, "authority");
    }

    /** {@code [userinfo@]host[:port]}; false if the authority is not of this form. */
    private boolean parseServer(int p, int q) throws URISyntaxException {
        int at = s.indexOf('@', p);
        if (at >= 0 && at < q) {
            if (!legal(p, at, USER_INFO)) {
                return false;
            }
            userInfo = s.substring(p, at);
            p = at + 1;
        }
        int h;
        if (p < q && s.charAt(p) == '[') {
            int close = s.indexOf(']', p);
            if (close < 0 || close >= q) {
                throw fail("Expected closing bracket for IPv6 address", q);
            }
            for (int i = p + 1; i < close; i++) {
                char c = s.charAt(i);
                if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                    throw fail("Expected hex digits or IPv4 address", i);
                }
            }
            h = close + 1;
        } else {
            h = scanIPv4(p, q);
            if (h < 0) {
                h = scanHostname(p, q);
            }
            if (h < 0) {
                return false;
            }
        }
        host = s.substring(p, h);
        p = h;
        if (p < q && s.charAt(p) == ':') {
            p++;
            for (int i = p; i < q; i++) {
                if (!isDigit(s.charAt(i))) {
                    if (requireServer) {
                        throw fail("Illegal character in port number", i);
                    }
                    return false;
                }
            }
            if (q > p) {
                if (q - p > 9) {
                    return false;
                }
                port = Integer.parseInt(s.substring(p, q));
            }
            p = q;
        }
        return p == q;
    }

    /** The end of a dotted-quad address starting at {@code p}, followed by the end or ':'; else -1. */
    private int scanIPv4(int p, int q) {
        for (int part = 0; part < 4; part++) {
            int start = p;
            int value = 0;
            while (p < q && isDigit(s.charAt(p)) && p - start < 3) {
                value = value * 10 + (s.charAt(p++) - '0');
            }
            if (p == start || value > 255) {
                return -1;
            }
            if (part < 3) {
                if (p >= q || s.charAt(p) != '.') {
                    return -1;
                }
                p++;
            }
        }
        return p == q || s.charAt(p) == ':' ? p : -1;
    }

    /**
     * RFC 2396 §3.2.2: labels of letters, digits and inner hyphens separated by dots, with an
     * optional final dot; in a name of several labels the last begins with a letter. The end of the
     * name, followed by the end or ':'; else -1.
     */
    private int scanHostname(int p, int q) {
        int start = p;
        int last = -1;
        while (p < q && isAlphaNum(s.charAt(p))) {
            last = p;
            while (p < q && (isAlphaNum(s.charAt(p)) || s.charAt(p) == '-')) {
                p++;
            }
            if (s.charAt(p - 1) == '-') {
                hostnameStop = p - 1;
                return -1;
            }
            if (p < q && s.charAt(p) == '.') {
                p++;
            } else {
                break;
            }
        }
        hostnameStop = p;
        if (last < 0 || p < q && s.charAt(p) != ':') {
            return -1;
        }
        return last > start && !isAlpha(s.charAt(last)) ? -1 : p;
    }

    /** The first index in [p, n) holding a char of {@code stops} or {@code wanted}, or -1 if none. */
    private int scan(int p, int n, String stops, char wanted) {
        for (int i = p; i < n; i++) {
            char c = s.charAt(i);
            if (c == wanted && wanted != 0) {
                return i;
            }
            if (stops.indexOf(c) >= 0) {
                return wanted == 0 ? i : -1;
            }
        }
        return -1;
    }

    private int end(int p, int n, char stop) {
        int i = s.indexOf(stop, p);
        return i < 0 || i > n ? n : i;
    }

    private boolean legal(int p, int q, String punct) {
        for (int i = p; i < q; i++) {
            char c = s.charAt(i);
            if (c == '%' ? !escapeAt(i) : !legalChar(c, punct)) {
                return false;
            }
            if (c == '%') {
                i += 2;
            }
        }
        return true;
    }

    /** Every char of [p, q) is alphanumeric, in {@code punct}, an escape or a non-ASCII "other" char. */
    private void checkChars(int p, int q, String punct, String what) throws URISyntaxException {
        for (int i = p; i < q; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (!escapeAt(i)) {
                    throw fail("Malformed escape pair", i);
                }
                i += 2;
            } else if (!legalChar(c, punct)) {
                throw fail("Illegal character in " + what, i);
            }
        }
    }

    private boolean escapeAt(int i) {
        return i + 2 < s.length()
                && Character.digit(s.charAt(i + 1), 16) >= 0
                && Character.digit(s.charAt(i + 2), 16) >= 0;
    }

    private static boolean legalChar(char c, String punct) {
        if (c < 0x80) {
            return isAlphaNum(c) || punct.indexOf(c) >= 0;
        }
        return !Character.isSpaceChar(c) && !Character.isISOControl(c);
    }

    static boolean isAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlphaNum(char c) {
        return isAlpha(c) || isDigit(c);
    }

    /**
     * The string the JDK's multi-argument constructors build: each component quoted for where it
     * goes (ASCII characters not legal there, '%' included, as %XX; non-ASCII space and control
     * characters as the %XX of their UTF-8 bytes), an IPv6 host in brackets.
     */
    static String build(
            String scheme,
            String opaque,
            String authority,
            String userInfo,
            String host,
            int port,
            String path,
            String query,
            String fragment) {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) {
            sb.append(scheme).append(':');
        }
        if (opaque != null) {
            sb.append(quote(opaque, URIC));
        } else {
            if (host != null) {
                sb.append("//");
                if (userInfo != null) {
                    sb.append(quote(userInfo, USER_INFO)).append('@');
                }
                boolean bracket = host.indexOf(':') >= 0 && !host.startsWith("[");
                sb.append(bracket ? "[" + host + "]" : host);
                if (port != -1) {
                    sb.append(':').append(port);
                }
            } else if (authority != null) {
                sb.append("//").append(quote(authority, REG_NAME + SERVER));
            }
            if (path != null) {
                sb.append(quote(path, PATH));
            }
            if (query != null) {
                sb.append('?').append(quote(query, URIC));
            }
        }
        if (fragment != null) {
            sb.append('#').append(quote(fragment, URIC));
        }
        return sb.toString();
    }

    private static String quote(String s, String punct) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80
                    ? !(isAlphaNum(c) || punct.indexOf(c) >= 0)
                    : Character.isSpaceChar(c) || Character.isISOControl(c)) {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(HEX.charAt(b >> 4 & 0xf)).append(HEX.charAt(b & 0xf));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String HEX = "0123456789ABCDEF";
}
