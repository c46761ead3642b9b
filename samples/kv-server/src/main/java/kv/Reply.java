package kv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * A connection's pending replies in RESP2 (simple strings, errors, integers, bulk strings,
 * arrays; see https://redis.io/docs/reference/protocol-spec/). The buffer grows for a large
 * reply and shrinks back once it has been sent, so an idle connection holds {@link #INITIAL}
 * bytes; the numbers are written as digits in place, without Strings.
 */
final class Reply {
    static final int INITIAL = 16 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] OK = Bytes.ascii("+OK\r\n");
    private static final byte[] NULL_BULK = Bytes.ascii("$-1\r\n");
    private static final byte[] NULL_ARRAY = Bytes.ascii("*-1\r\n");

    private byte[] out = new byte[INITIAL];
    private ByteBuffer view = ByteBuffer.wrap(out);
    private int sent;
    private int length;

    int pending() {
        return length - sent;
    }

    /** Writes what the socket takes; true when everything pending has gone. */
    boolean flush(SocketChannel channel) throws IOException {
        if (sent < length) {
            view.limit(length).position(sent);
            channel.write(view);
            sent = view.position();
        }
        if (sent < length) {
            return false;
        }
        sent = 0;
        length = 0;
        if (out.length > INITIAL) {
            out = new byte[INITIAL];
            view = ByteBuffer.wrap(out);
        }
        return true;
    }

    private void ensure(int n) {
        if (length + n > out.length) {
            if (sent > 0) { // drop what has gone already before growing
                System.arraycopy(out, sent, out, 0, length - sent);
                length -= sent;
                sent = 0;
            }
            if (length + n > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
            }
            view = ByteBuffer.wrap(out);
        }
    }

    private void raw(byte[] b) {
        raw(b, 0, b.length);
    }

    private void raw(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, out, length, len);
        length += len;
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            out[length++] = (byte) s.charAt(i);
        }
    }

    /** '+' or ':' or '$' or '*' then a number and CRLF. */
    private void line(char type, long value) {
        ensure(24);
        out[length++] = (byte) type;
        if (value < 0) {
            out[length++] = '-';
        } else {
            value = -value; // digits of a negative number: Long.MIN_VALUE has no positive twin
        }
        int digits = 1;
        for (long v = value; v <= -10; v /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--) {
            out[i] = (byte) ('0' - value % 10);
            value /= 10;
        }
        length += digits;
        out[length++] = '\r';
        out[length++] = '\n';
    }

    void ok() {
        raw(OK);
    }

    void simple(String s) {
        ensure(s.length() + 3);
        out[length++] = '+';
        ascii(s);
        raw(CRLF);
    }

    /** An error reply; the message starts with its code ("ERR ...", "WRONGTYPE ..."). */
    void error(String message) {
        ensure(message.length() + 3);
        out[length++] = '-';
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            // Redis replaces line breaks so that an error stays one line (addReplyErrorLength)
            out[length++] = c == '\r' || c == '\n' ? (byte) ' ' : (byte) c;
        }
        raw(CRLF);
    }

    void integer(long value) {
        line(':', value);
    }

    void bulk(byte[] b) {
        bulk(b, 0, b.length);
    }

    void bulk(byte[] b, int off, int len) {
        line('$', len);
        raw(b, off, len);
        raw(CRLF);
    }

    void bulk(Key k) {
        bulk(k.array(), k.offset(), k.length());
    }

    void bulk(String ascii) {
        line('$', ascii.length());
        ascii(ascii);
        raw(CRLF);
    }

    void nullBulk() {
        raw(NULL_BULK);
    }

    void array(long size) {
        line('*', size);
    }

    void nullArray() {
        raw(NULL_ARRAY);
    }

    /** A sorted-set score as Redis 7.0 sends it in RESP2: a bulk string of {@code %.17g}. */
    void score(double d) {
        bulk(Scores.format(d));
    }
}
