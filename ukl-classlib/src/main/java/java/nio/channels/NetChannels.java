package java.nio.channels;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketDescriptor;
import java.nio.ByteBuffer;
import java.util.Objects;

/** What the socket channels share: address checks and moving bytes between a buffer and a descriptor. */
final class NetChannels {
    private NetChannels() {}

    /** The address as the JDK's {@code Net.checkAddress} accepts it. */
    static InetSocketAddress checkAddress(SocketAddress sa) {
        Objects.requireNonNull(sa);
        if (!(sa instanceof InetSocketAddress isa)) {
            throw new UnsupportedAddressTypeException();
        }
        if (isa.isUnresolved()) {
            throw new UnresolvedAddressException();
        }
        return isa;
    }

    /** Reads into {@code dst[position, limit)}: the count, -1 at end of stream, or {@link SocketDescriptor#UNAVAILABLE}. */
    static int read(SocketDescriptor sd, ByteBuffer dst) throws IOException {
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        int pos = dst.position();
        int len = dst.remaining();
        int n;
        if (dst.hasArray()) {
            n = sd.read(dst.array(), dst.arrayOffset() + pos, len);
            if (n > 0) {
                dst.position(pos + n);
            }
        } else {
            byte[] tmp = new byte[len];
            n = sd.read(tmp, 0, len);
            if (n > 0) {
                dst.put(tmp, 0, n);
            }
        }
        return n;
    }

    /** The bytes of {@code src[position, limit)} as an array and offset; a copy when it has no accessible array. */
    static byte[] bytes(ByteBuffer src) {
        if (src.hasArray()) {
            return src.array();
        }
        byte[] tmp = new byte[src.remaining()];
        src.duplicate().get(tmp);
        return tmp;
    }

    static int offset(ByteBuffer src) {
        return src.hasArray() ? src.arrayOffset() + src.position() : 0;
    }

    /** Writes from {@code src[position, limit)}: the count (maybe short), or {@link SocketDescriptor#UNAVAILABLE}. */
    static int write(SocketDescriptor sd, ByteBuffer src) throws IOException {
        int n = sd.write(bytes(src), offset(src), src.remaining());
        if (n > 0) {
            src.position(src.position() + n);
        }
        return n;
    }
}
