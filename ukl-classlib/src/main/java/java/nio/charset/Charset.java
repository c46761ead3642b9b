package java.nio.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.Set;

/**
 * A named mapping between chars and bytes. Images know the six charsets of {@link StandardCharsets};
 * {@link #forName} finds them by canonical name or alias, case-insensitively, and the default
 * charset is UTF-8 (JEP 400).
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        String[] as = aliases == null ? new String[0] : aliases.clone();
        for (String a : as) {
            checkName(a);
        }
        this.name = canonicalName;
        this.aliases = as;
    }

    /** A legal name starts with a letter or digit and goes on with those or {@code - + : _ .}. */
    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.');
            if (!ok) {
                throw new IllegalCharsetNameException(s);
            }
        }
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        for (Charset cs : StandardCharsets.ALL) {
            if (cs.name.equalsIgnoreCase(charsetName)) {
                return cs;
            }
            for (String a : cs.aliases) {
                if (a.equalsIgnoreCase(charsetName)) {
                    return cs;
                }
            }
        }
        checkName(charsetName);
        return null;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    public static Charset forName(String charsetName, Charset fallback) {
        try {
            Charset cs = lookup(charsetName);
            return cs != null ? cs : fallback;
        } catch (IllegalCharsetNameException e) {
            return fallback;
        }
    }

    public static Charset defaultCharset() {
        return StandardCharsets.UTF_8;
    }

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        return Set.of(aliases);
    }

    public String displayName() {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    public abstract boolean contains(Charset cs);

    public abstract CharsetDecoder newDecoder();

    public abstract CharsetEncoder newEncoder();

    public boolean canEncode() {
        return true;
    }

    /** Decodes with malformed and unmappable input replaced, as the JDK's convenience method. */
    public final CharBuffer decode(ByteBuffer bb) {
        try {
            return newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bb);
        } catch (CharacterCodingException x) {
            throw new Error(x); // cannot happen: every error is replaced
        }
    }

    public final ByteBuffer encode(CharBuffer cb) {
        try {
            return newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(cb);
        } catch (CharacterCodingException x) {
            throw new Error(x); // cannot happen: every error is replaced
        }
    }

    public final ByteBuffer encode(String str) {
        return encode(CharBuffer.wrap(str));
    }

    @Override
    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        return this == ob || ob instanceof Charset cs && name.equals(cs.name());
    }

    @Override
    public final String toString() {
        return name();
    }
}
