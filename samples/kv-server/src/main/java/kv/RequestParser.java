package kv;

import java.util.Arrays;

/**
 * Splits a connection's input into requests the way Redis 7.0 does ({@code processMultibulkBuffer}
 * and {@code processInlineBuffer} in networking.c). Input starting with '*' is RESP: a count line,
 * then that many {@code $length} lines each followed by the bytes and two more (Redis does not
 * check that they are CRLF). Anything else is an inline command: one line split on spaces, with
 * Redis's double and single quotes ({@code sdssplitargs}). A count of zero or less and an empty
 * line are skipped. The errors are Redis's, word for word, and end the connection.
 *
 * <p>An incomplete request is parsed again from its start when more bytes arrive; {@link
 * #needed()} then says how many bytes it spans at least, so the buffer can grow to hold a large
 * bulk string.
 */
final class RequestParser {
    static final int NEED_MORE = -1;
    static final int ERROR = -2;
    /** Redis's PROTO_INLINE_MAX_SIZE: longest inline request or count line. */
    static final int INLINE_MAX = 64 * 1024;
    /** Redis's proto-max-bulk-len default. */
    static final long BULK_MAX = 512L * 1024 * 1024;

    private String error;
    private long needed;

    String error() {
        return error;
    }

    long needed() {
        return needed;
    }

    /**
     * Parses one request from {@code in[start, end)} into args: the position after it, {@link
     * #NEED_MORE}, or {@link #ERROR} (then {@link #error()} is the reply). A request with no
     * arguments (skipped by Redis) leaves args empty.
     */
    int parse(byte[] in, int start, int end, Args args) {
        args.clear();
        needed = 0;
        return in[start] == '*' ? multibulk(in, start, end, args) : inline(in, start, end, args);
    }

    private int multibulk(byte[] in, int start, int end, Args args) {
        int cr = indexOf(in, start, end, (byte) '\r');
        if (cr < 0 || cr + 2 > end) {
            return cr < 0 && end - start > INLINE_MAX ? fail("too big mbulk count string") : NEED_MORE;
        }
        long count = Bytes.parseLong(in, start + 1, cr - start - 1);
        if (count == Bytes.NOT_A_NUMBER || count > Integer.MAX_VALUE) {
            return fail("invalid multibulk length");
        }
        int pos = cr + 2;
        for (long i = 0; i < count; i++) {
            cr = indexOf(in, pos, end, (byte) '\r');
            if (cr < 0 || cr + 2 > end) {
                return cr < 0 && end - pos > INLINE_MAX ? fail("too big bulk count string") : NEED_MORE;
            }
            if (in[pos] != '$') {
                return fail("expected '$', got '" + (char) (in[pos] & 0xff) + "'");
            }
            long len = Bytes.parseLong(in, pos + 1, cr - pos - 1);
            if (len == Bytes.NOT_A_NUMBER || len < 0 || len > BULK_MAX) {
                return fail("invalid bulk length");
            }
            pos = cr + 2;
            if (end - pos < len + 2) {
                needed = pos - start + len + 2;
                return NEED_MORE;
            }
            args.add(in, pos, (int) len);
            pos += (int) len + 2;
        }
        return pos;
    }

    private int inline(byte[] in, int start, int end, Args args) {
        int lf = indexOf(in, start, end, (byte) '\n');
        if (lf < 0) {
            return end - start > INLINE_MAX ? fail("too big inline request") : NEED_MORE;
        }
        int lineEnd = lf > start && in[lf - 1] == '\r' ? lf - 1 : lf;
        return split(in, start, lineEnd, args) ? lf + 1 : fail("unbalanced quotes in request");
    }

    /** Redis's sdssplitargs over one line; false on unbalanced quotes. */
    private static boolean split(byte[] in, int pos, int end, Args args) {
        for (; ; ) {
            while (pos < end && isSpace(in[pos])) {
                pos++;
            }
            if (pos == end) {
                return true;
            }
            byte[] arg = new byte[end - pos];
            int n = 0;
            boolean inDouble = false;
            boolean inSingle = false;
            for (; ; ) {
                if (inDouble) {
                    if (pos == end) {
                        return false;
                    }
                    byte c = in[pos];
                    if (c == '\\' && pos + 3 < end && in[pos + 1] == 'x' && isHex(in[pos + 2]) && isHex(in[pos + 3])) {
                        arg[n++] = (byte) (hex(in[pos + 2]) * 16 + hex(in[pos + 3]));
                        pos += 3;
                    } else if (c == '\\' && pos + 1 < end) {
                        pos++;
                        arg[n++] = switch (in[pos]) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            case 'b' -> '\b';
                            case 'a' -> 7;
                            default -> in[pos];
                        };
                    } else if (c == '"') {
                        if (pos + 1 < end && !isSpace(in[pos + 1])) {
                            return false; // the closing quote must be followed by a space
                        }
                        inDouble = false;
                        pos++;
                        break;
                    } else {
                        arg[n++] = c;
                    }
                } else if (inSingle) {
                    if (pos == end) {
                        return false;
                    }
                    byte c = in[pos];
                    if (c == '\\' && pos + 1 < end && in[pos + 1] == '\'') {
                        pos++;
                        arg[n++] = '\'';
                    } else if (c == '\'') {
                        if (pos + 1 < end && !isSpace(in[pos + 1])) {
                            return false;
                        }
                        inSingle = false;
                        pos++;
                        break;
                    } else {
                        arg[n++] = c;
                    }
                } else {
                    if (pos == end || isSpace(in[pos])) {
                        break;
                    }
                    byte c = in[pos];
                    if (c == '"') {
                        inDouble = true;
                    } else if (c == '\'') {
                        inSingle = true;
                    } else {
                        arg[n++] = c;
                    }
                }
                pos++;
            }
            args.add(Arrays.copyOf(arg, n), 0, n);
        }
    }

    private int fail(String what) {
        error = "ERR Protocol error: " + what;
        return ERROR;
    }

    private static int indexOf(byte[] in, int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (in[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** C's isspace in the "C" locale. */
    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hex(byte c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }
}
