package java.nio.channels;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketDescriptor;
import java.nio.BufferMemory;
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
        int n = sd.read(bytes(dst), offset(dst), dst.remaining());
        if (n > 0) {
            dst.position(dst.position() + n);
        }
        return n;
    }

    /** The array holding {@code src[position, limit)}, heap or "direct" alike (no copy; public API first, so that tests run it over the JDK's buffers); see {@link #offset}. */
    static byte[] bytes(ByteBuffer src) {
        return src.hasArray() ? src.array() : BufferMemory.array(src);
    }

    static int offset(ByteBuffer src) {
        return src.hasArray() ? src.arrayOffset() + src.position() : BufferMemory.position(src);
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
