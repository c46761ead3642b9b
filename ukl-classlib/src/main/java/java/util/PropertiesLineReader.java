package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Splits {@code .properties} text into logical lines for {@link Properties#load}: leading white
 * space (space, tab, form feed) and blank lines skipped; a natural line whose first other character
 * is '#' or '!' a comment; a line ending in an odd number of backslashes continued on the next
 * one, that backslash and the next line's leading white space dropped ("\r\n", "\r" and "\n" all
 * end a line). Reads a Reader, or an InputStream as ISO 8859-1.
 */
final class PropertiesLineReader {
    private final Reader reader;
    private final InputStream in;
    private final char[] chars = new char[8192];
    private final byte[] bytes;
    private int off;
    private int limit;
    private final StringBuilder line = new StringBuilder();

    PropertiesLineReader(Reader reader, InputStream in) {
        this.reader = reader;
        this.in = in;
        this.bytes = in == null ? null : new byte[8192];
    }

    private boolean fill() throws IOException {
        if (in == null) {
            limit = reader.read(chars);
        } else {
            limit = in.read(bytes);
            for (int i = 0; i < limit; i++) {
                chars[i] = (char) (bytes[i] & 0xff);
            }
        }
        off = 0;
        return limit > 0;
    }

    private int read() throws IOException {
        if (off >= limit && !fill()) {
            return -1;
        }
        return chars[off++];
    }

    /** The next logical line, escapes still in it, or null at the end of the input. */
    String readLine() throws IOException {
        line.setLength(0);
        boolean skipWhite = true;
        boolean continued = false;
        boolean backslash = false;
        while (true) {
            int r = read();
            if (r < 0) {
                if (line.isEmpty()) {
                    return null;
                }
                if (backslash) {
                    line.setLength(line.length() - 1);
                }
                return line.toString();
            }
            char c = (char) r;
            if (skipWhite) {
                if (c == ' ' || c == '\t' || c == '\f') {
                    continue;
                }
                // a line break right after a continuation ends the logical line
                if (!continued && (c == '\r' || c == '\n')) {
                    continue;
                }
                skipWhite = false;
                continued = false;
            }
            if (line.isEmpty() && (c == '#' || c == '!')) {
                do {
                    r = read();
                    if (r < 0) {
                        return null;
                    }
                } while (r != '\r' && r != '\n');
                skipWhite = true;
                continue;
            }
            if (c != '\n' && c != '\r') {
                line.append(c);
                backslash = c == '\\' && !backslash;
                continue;
            }
            if (line.isEmpty()) {
                skipWhite = true;
                continue;
            }
            // a continuation at the very end of the input ends the line, even one left empty
            if (!backslash || off >= limit && !fill()) {
                if (backslash) {
                    line.setLength(line.length() - 1);
                }
                return line.toString();
            }
            line.setLength(line.length() - 1);
            skipWhite = true;
            continued = true;
            backslash = false;
            if (c == '\r' && chars[off] == '\n') {
                off++;
            }
        }
    }
}
