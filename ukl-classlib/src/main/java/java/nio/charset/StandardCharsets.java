package java.nio.charset;

/** The six charsets every Java platform has (and the only ones images have), with the JDK's aliases. */
public final class StandardCharsets {
    public static final Charset US_ASCII = new Standard(Standard.US_ASCII, "US-ASCII",
            "646", "ANSI_X3.4-1968", "ANSI_X3.4-1986", "ASCII", "IBM367", "ISO646-US", "ISO_646.irv:1991", "ascii7",
            "cp367", "csASCII", "iso-ir-6", "iso_646.irv:1983", "us");
    public static final Charset ISO_8859_1 = new Standard(Standard.ISO_8859_1, "ISO-8859-1",
            "819", "8859_1", "IBM-819", "IBM819", "ISO8859-1", "ISO8859_1", "ISO_8859-1", "ISO_8859-1:1987",
            "ISO_8859_1", "cp819", "csISOLatin1", "iso-ir-100", "l1", "latin1");
    public static final Charset UTF_8 = new Standard(Standard.UTF_8, "UTF-8", "UTF8", "unicode-1-1-utf-8");
    public static final Charset UTF_16BE = new Standard(Standard.UTF_16BE, "UTF-16BE",
            "UTF_16BE", "X-UTF-16BE", "ISO-10646-UCS-2", "UnicodeBigUnmarked");
    public static final Charset UTF_16LE = new Standard(Standard.UTF_16LE, "UTF-16LE",
            "UTF_16LE", "X-UTF-16LE", "UnicodeLittleUnmarked");
    public static final Charset UTF_16 = new Standard(Standard.UTF_16, "UTF-16", "UTF_16", "utf16", "unicode",
            "UnicodeBig");

    static final Charset[] ALL = {UTF_8, ISO_8859_1, US_ASCII, UTF_16, UTF_16BE, UTF_16LE};

    private StandardCharsets() {}
}
