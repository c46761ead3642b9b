package java.nio.charset;

/** One of the six standard charsets; {@code kind} picks its coders. */
final class Standard extends Charset {
    static final int US_ASCII = 0;
    static final int ISO_8859_1 = 1;
    static final int UTF_8 = 2;
    static final int UTF_16BE = 3;
    static final int UTF_16LE = 4;
    static final int UTF_16 = 5;

    private final int kind;

    Standard(int kind, String name, String... aliases) {
        super(name, aliases);
        this.kind = kind;
    }

    /** As the JDK: the Unicode charsets contain every standard charset, the others themselves and ASCII. */
    @Override
    public boolean contains(Charset cs) {
        if (kind >= UTF_8) {
            return true;
        }
        return cs == StandardCharsets.US_ASCII || kind == ISO_8859_1 && cs == this;
    }

    @Override
    public CharsetDecoder newDecoder() {
        return switch (kind) {
            case US_ASCII -> new SingleByteDecoder(this, 0x80);
            case ISO_8859_1 -> new SingleByteDecoder(this, 0x100);
            case UTF_8 -> new Utf8Decoder(this);
            default -> new Utf16Decoder(this, kind == UTF_16LE ? Utf16Decoder.LITTLE : kind == UTF_16BE
                    ? Utf16Decoder.BIG : Utf16Decoder.NONE);
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return switch (kind) {
            case US_ASCII -> new SingleByteEncoder(this, 0x80);
            case ISO_8859_1 -> new SingleByteEncoder(this, 0x100);
            case UTF_8 -> new Utf8Encoder(this);
            default -> new Utf16Encoder(this, kind != UTF_16LE, kind == UTF_16);
        };
    }
}
