package java.nio.channels;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/** Streams over channels. A selectable channel must be blocking when they are used, as the JDK checks. */
public final class Channels {
    private Channels() {}

    public static InputStream newInputStream(ReadableByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new ChannelInputStream(ch);
    }

    public static OutputStream newOutputStream(WritableByteChannel ch) {
        Objects.requireNonNull(ch, "ch");
        return new ChannelOutputStream(ch);
    }

    private static void checkBlocking(Channel ch) {
        if (ch instanceof SelectableChannel sc && !sc.isBlocking()) {
            throw new IllegalBlockingModeException();
        }
    }

    private static final class ChannelInputStream extends InputStream {
        private final ReadableByteChannel ch;

        ChannelInputStream(ReadableByteChannel ch) {
            this.ch = ch;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            checkBlocking(ch);
            int n;
            do {
                n = ch.read(ByteBuffer.wrap(b, off, len));
            } while (n == 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    private static final class ChannelOutputStream extends OutputStream {
        private final WritableByteChannel ch;

        ChannelOutputStream(WritableByteChannel ch) {
            this.ch = ch;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            checkBlocking(ch);
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
