package java.net;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A URI reference (RFC 2396, as the JDK reads it): parsed by {@link UriParser}, resolved and
 * normalized as RFC 2396 §5.2 says with the JDK's choices (an empty relative path resolves to the
 * base's directory; ".." above the root stays), and compared, hashed and ordered as the JDK's, so
 * that programs print the same. The multi-argument constructors quote each component as the JDK's.
 * {@code toURL} is left out (there is no URL): a program using it fails to link.
 */
public final class URI implements Comparable<URI>, java.io.Serializable {
    private String scheme;
    private String schemeSpecificPart;
    private String authority;
    private String userInfo;
    private String host;
    private int port = -1;
    private String path;
    private String query;
    private String fragment;
    private String string;
    private int hash;

    public URI(String str) throws URISyntaxException {
        this(str, false);
    }

    /** An opaque URI if {@code ssp} does not begin with '/', else a hierarchical one; components quoted. */
    public URI(String scheme, String ssp, String fragment) throws URISyntaxException {
        this(UriParser.build(scheme, ssp, null, null, null, -1, null, null, fragment), false);
    }

    /** A hierarchical URI with a server authority; each component quoted where it goes. */
    public URI(String scheme, String userInfo, String host, int port, String path, String query, String fragment)
            throws URISyntaxException {
        this(
                checkPath(
                        UriParser.build(scheme, null, null, userInfo, host, port, path, query, fragment), scheme, path),
                true);
    }

    public URI(String scheme, String host, String path, String fragment) throws URISyntaxException {
        this(scheme, null, host, -1, path, null, fragment);
    }

    /** A hierarchical URI with any authority; each component quoted where it goes. */
    public URI(String scheme, String authority, String path, String query, String fragment) throws URISyntaxException {
        this(
                checkPath(
                        UriParser.build(scheme, null, authority, null, null, -1, path, query, fragment), scheme, path),
                false);
    }

    private static String checkPath(String s, String scheme, String path) throws URISyntaxException {
        if (scheme != null && path != null && !path.isEmpty() && path.charAt(0) != '/') {
            throw new URISyntaxException(s, "Relative path in absolute URI");
        }
        return s;
    }

    private URI(String str, boolean requireServer) throws URISyntaxException {
        UriParser p = new UriParser(str, requireServer);
        p.parse();
        scheme = p.scheme;
        schemeSpecificPart = p.schemeSpecificPart;
        authority = p.authority;
        userInfo = p.userInfo;
        host = p.host;
        port = p.port;
        path = p.path;
        query = p.query;
        fragment = p.fragment;
        string = str;
    }

    private URI() {}

    /** This URI if its authority is a server authority (or it has none), else the JDK's parse error. */
    public URI parseServerAuthority() throws URISyntaxException {
        if (host != null || authority == null) {
            return this;
        }
        new URI(string, true);
        return this;
    }

    public static URI create(String str) {
        try {
            return new URI(str);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public String getScheme() {
        return scheme;
    }

    public boolean isAbsolute() {
        return scheme != null;
    }

    public boolean isOpaque() {
        return path == null;
    }

    public String getRawSchemeSpecificPart() {
        return schemeSpecificPart;
    }

    public String getSchemeSpecificPart() {
        return decode(schemeSpecificPart);
    }

    public String getRawAuthority() {
        return authority;
    }

    public String getAuthority() {
        return decode(authority);
    }

    public String getRawUserInfo() {
        return userInfo;
    }

    public String getUserInfo() {
        return decode(userInfo);
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getRawPath() {
        return path;
    }

    public String getPath() {
        return decode(path);
    }

    public String getRawQuery() {
        return query;
    }

    public String getQuery() {
        return decode(query);
    }

    public String getRawFragment() {
        return fragment;
    }

    public String getFragment() {
        return decode(fragment);
    }

    /** This URI with "." and ".." segments removed and repeated slashes collapsed; itself if nothing changes. */
    public URI normalize() {
        if (isOpaque() || path.isEmpty()) {
            return this;
        }
        String np = normalize(path);
        if (np.equals(path)) {
            return this;
        }
        URI v = copyWithoutPath();
        v.path = np;
        v.query = query;
        v.fragment = fragment;
        return v.define();
    }

    public URI resolve(String str) {
        return resolve(URI.create(str));
    }

    /** RFC 2396 §5.2, steps 2 to 7, as the JDK does them. */
    public URI resolve(URI child) {
        if (child.isOpaque() || isOpaque()) {
            return child;
        }
        if (child.scheme == null
                && child.authority == null
                && child.path.isEmpty()
                && child.fragment != null
                && child.query == null) {
            if (fragment != null && child.fragment.equals(fragment)) {
                return this;
            }
            URI ru = copyWithoutPath();
            ru.path = path;
            ru.query = query;
            ru.fragment = child.fragment;
            return ru.define();
        }
        if (child.scheme != null) {
            return child;
        }
        URI ru = new URI();
        ru.scheme = scheme;
        ru.query = child.query;
        ru.fragment = child.fragment;
        if (child.authority == null) {
            ru.authority = authority;
            ru.host = host;
            ru.userInfo = userInfo;
            ru.port = port;
            if (!child.path.isEmpty() && child.path.charAt(0) == '/') {
                ru.path = child.path;
            } else {
                int slash = path.lastIndexOf('/');
                String dir = slash >= 0 ? path.substring(0, slash + 1) : "";
                ru.path = normalize(dir + child.path);
            }
        } else {
            ru.authority = child.authority;
            ru.host = child.host;
            ru.userInfo = child.userInfo;
            ru.port = child.port;
            ru.path = child.path;
        }
        return ru.define();
    }

    /** The reference from this URI to {@code child}, or {@code child} if it is not below this one. */
    public URI relativize(URI child) {
        if (child.isOpaque() || isOpaque()) {
            return child;
        }
        if (!equalIgnoringCase(scheme, child.scheme) || !equal(authority, child.authority)) {
            return child;
        }
        String bp = normalize(path);
        String cp = normalize(child.path);
        if (!bp.equals(cp)) {
            if (!bp.endsWith("/")) {
                bp = bp + "/";
            }
            if (!cp.startsWith(bp)) {
                return child;
            }
        }
        URI v = new URI();
        v.path = cp.substring(bp.length());
        v.query = child.query;
        v.fragment = child.fragment;
        return v.define();
    }

    private URI copyWithoutPath() {
        URI v = new URI();
        v.scheme = scheme;
        v.authority = authority;
        v.userInfo = userInfo;
        v.host = host;
        v.port = port;
        return v;
    }

    /** Builds the string and scheme-specific part of a URI made from components. */
    private URI define() {
        StringBuilder sb = new StringBuilder();
        if (scheme != null) {
            sb.append(scheme).append(':');
        }
        int sspStart = sb.length();
        if (host != null) {
            sb.append("//");
            if (userInfo != null) {
                sb.append(userInfo).append('@');
            }
            sb.append(host);
            if (port != -1) {
                sb.append(':').append(port);
            }
        } else if (authority != null) {
            sb.append("//").append(authority);
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        schemeSpecificPart = sb.substring(sspStart);
        if (fragment != null) {
            sb.append('#').append(fragment);
        }
        string = sb.toString();
        return this;
    }

    /**
     * RFC 2396 §5.2 step 6 on a whole path: drops "." segments and each "segment/.." pair, keeps
     * ".." that has nothing to cancel, collapses repeated slashes, and (as the JDK) puts "./" before
     * a relative path whose first segment has a colon, so that it cannot read as a scheme.
     */
    static String normalize(String ps) {
        if (ps.isEmpty()) {
            return ps;
        }
        boolean absolute = ps.charAt(0) == '/';
        boolean trailing = ps.charAt(ps.length() - 1) == '/';
        List<String> segments = new ArrayList<>();
        for (String seg : ps.split("/")) {
            if (!seg.isEmpty()) {
                segments.add(seg);
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            String seg = segments.get(k);
            boolean last = k == segments.size() - 1;
            if (seg.equals(".")) {
                trailing |= last;
            } else if (seg.equals("..")
                    && !out.isEmpty()
                    && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
                trailing |= last;
            } else {
                out.add(seg);
            }
        }
        if (!absolute && !out.isEmpty() && out.get(0).indexOf(':') >= 0) {
            out.add(0, ".");
        }
        StringBuilder sb = new StringBuilder();
        if (absolute) {
            sb.append('/');
        }
        for (int k = 0; k < out.size(); k++) {
            if (k > 0) {
                sb.append('/');
            }
            sb.append(out.get(k));
        }
        if (trailing && !out.isEmpty()) {
            sb.append('/');
        }
        return sb.toString();
    }

    /** Replaces each run of %XX escapes by the UTF-8 text they encode (malformed input becomes U+FFFD). */
    private static String decode(String s) {
        if (s == null || s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        byte[] bytes = new byte[s.length() / 3];
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '%') {
                sb.append(c);
                i++;
                continue;
            }
            int n = 0;
            while (i + 2 < s.length() && s.charAt(i) == '%') {
                bytes[n++] = (byte) (Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16));
                i += 3;
            }
            if (n == 0) {
                sb.append(c);
                i++;
            } else {
                sb.append(new String(bytes, 0, n, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    /** The string with every non-ASCII character as %XX escapes of its UTF-8 bytes. */
    public String toASCIIString() {
        String s = toString();
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < s.length() && Character.isLowSurrogate(s.charAt(end))) {
                end++;
            }
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
            i = end - 1;
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public String toString() {
        return string;
    }

    /** Components compared as the JDK: scheme and host ignoring case, escapes' hex digits ignoring case. */
    @Override
    public boolean equals(Object ob) {
        if (ob == this) {
            return true;
        }
        if (!(ob instanceof URI that)) {
            return false;
        }
        if (isOpaque() != that.isOpaque()
                || !equalIgnoringCase(scheme, that.scheme)
                || !equal(fragment, that.fragment)) {
            return false;
        }
        if (isOpaque()) {
            return equal(schemeSpecificPart, that.schemeSpecificPart);
        }
        if (!equal(path, that.path) || !equal(query, that.query)) {
            return false;
        }
        if (authority == that.authority) {
            return true;
        }
        if (host != null) {
            return equal(userInfo, that.userInfo) && equalIgnoringCase(host, that.host) && port == that.port;
        }
        return authority != null && equal(authority, that.authority);
    }

    /** The JDK's hash: components in its order, case folded where equals folds it. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = hashIgnoringCase(0, scheme);
            h = hash(h, fragment);
            if (isOpaque()) {
                h = hash(h, schemeSpecificPart);
            } else {
                h = hash(h, path);
                h = hash(h, query);
                if (host != null) {
                    h = hash(h, userInfo);
                    h = hashIgnoringCase(h, host);
                    h += 1949 * port;
                } else {
                    h = hash(h, authority);
                }
            }
            hash = h;
        }
        return h;
    }

    /** The JDK's order: scheme ignoring case, opaque after hierarchical, then the components in turn. */
    @Override
    public int compareTo(URI that) {
        int c = compareIgnoringCase(scheme, that.scheme);
        if (c != 0) {
            return c;
        }
        if (isOpaque()) {
            if (that.isOpaque()) {
                c = compare(schemeSpecificPart, that.schemeSpecificPart);
                return c != 0 ? c : compare(fragment, that.fragment);
            }
            return 1;
        } else if (that.isOpaque()) {
            return -1;
        }
        if (host != null && that.host != null) {
            if ((c = compare(userInfo, that.userInfo)) != 0 || (c = compareIgnoringCase(host, that.host)) != 0) {
                return c;
            }
            if ((c = port - that.port) != 0) {
                return c;
            }
        } else if ((c = compare(authority, that.authority)) != 0) {
            return c;
        }
        if ((c = compare(path, that.path)) != 0 || (c = compare(query, that.query)) != 0) {
            return c;
        }
        return compare(fragment, that.fragment);
    }

    private static int compare(String s, String t) {
        if (s == t) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        if (t == null) {
            return 1;
        }
        if (s.indexOf('%') < 0 && t.indexOf('%') < 0) {
            return s.compareTo(t);
        }
        // the hex digits of escapes compare ignoring case, as equals has them
        int n = Math.min(s.length(), t.length());
        int escape = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char d = t.charAt(i);
            int diff = escape > 0 ? toUpper(c) - toUpper(d) : c - d;
            if (diff != 0) {
                return diff;
            }
            escape = c == '%' ? 2 : Math.max(0, escape - 1);
        }
        return s.length() - t.length();
    }

    private static int compareIgnoringCase(String s, String t) {
        if (s == t) {
            return 0;
        }
        if (s == null) {
            return -1;
        }
        if (t == null) {
            return 1;
        }
        int n = Math.min(s.length(), t.length());
        for (int i = 0; i < n; i++) {
            int c = toLower(s.charAt(i)) - toLower(t.charAt(i));
            if (c != 0) {
                return c;
            }
        }
        return s.length() - t.length();
    }

    /** Equal strings, where the hex digits of %XX escapes compare ignoring case. */
    private static boolean equal(String s, String t) {
        if (s == t) {
            return true;
        }
        if (s == null || t == null || s.length() != t.length()) {
            return false;
        }
        if (s.indexOf('%') < 0) {
            return s.equals(t);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char d = t.charAt(i);
            if (c != '%') {
                if (c != d) {
                    return false;
                }
                continue;
            }
            if (d != '%') {
                return false;
            }
            for (int k = 1; k <= 2 && i + k < s.length(); k++) {
                if (toLower(s.charAt(i + k)) != toLower(t.charAt(i + k))) {
                    return false;
                }
            }
            i += 2;
        }
        return true;
    }

    private static boolean equalIgnoringCase(String s, String t) {
        if (s == t) {
            return true;
        }
        return s != null && t != null && s.length() == t.length() && compareIgnoringCase(s, t) == 0;
    }

    private static int hash(int hash, String s) {
        if (s == null) {
            return hash;
        }
        if (s.indexOf('%') < 0) {
            return hash * 127 + s.hashCode();
        }
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h = 31 * h + c;
            if (c == '%') {
                for (int k = i + 1; k < i + 3 && k < s.length(); k++) {
                    h = 31 * h + toUpper(s.charAt(k));
                }
                i += 2;
            }
        }
        return hash * 127 + h;
    }

    private static int hashIgnoringCase(int hash, String s) {
        if (s == null) {
            return hash;
        }
        int h = hash;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + toLower(s.charAt(i));
        }
        return h;
    }

    private static int toLower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static int toUpper(char c) {
        return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
    }
}
