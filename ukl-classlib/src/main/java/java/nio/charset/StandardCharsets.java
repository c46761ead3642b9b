package java.nio.charset;

/** The six charsets every Java platform has (and the only ones images have). */
public final class StandardCharsets {
    public static final Charset US_ASCII = new Standard(Standard.US_ASCII, "US-ASCII",
            "ASCII", "us", "iso-ir-6", "ANSI_X3.4-1968", "ISO646-US", "646", "cp367", "ascii7", "default");
    public static final Charset ISO_8859_1 = new Standard(Standard.ISO_8859_1, "ISO-8859-1",
            "ISO8859_1", "ISO_8859_1", "ISO_8859-1", "ISO8859-1", "8859_1", "latin1", "l1", "iso-ir-100", "cp819");
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
