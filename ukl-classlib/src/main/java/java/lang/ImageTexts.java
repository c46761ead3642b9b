package java.lang;

/**
 * The names the image keeps as bytes rather than as Strings (the translator's Metadata): a class's
 * name and a method's name and source file, in modified UTF-8 (JVMS §4.4.7). A String is made of
 * one only when the program asks for it: as String literals the echo server's 280 class names
 * took 31 KB of its image, as bytes 8 KB.
 */
final class ImageTexts {
    private ImageTexts() {}

    /** Decodes {@code b}, modified UTF-8 as the translator wrote it: one to three bytes a char. */
    static String decode(byte[] b) {
        char[] c = new char[b.length];
        int n = 0;
        for (int i = 0; i < b.length; ) {
            int x = b[i++] & 0xff;
            if (x < 0x80) {
                c[n++] = (char) x;
            } else if (x < 0xe0) {
                c[n++] = (char) ((x & 0x1f) << 6 | b[i++] & 0x3f);
            } else {
                c[n++] = (char) ((x & 0x0f) << 12 | (b[i++] & 0x3f) << 6 | b[i++] & 0x3f);
            }
        }
        return n == c.length ? new String(c, true) : new String(c, 0, n);
    }
}
