package ukl.libc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Native memory one thread reuses for every call, so that a call allocates no {@link Arena}: the
 * errno capture, a {@code sockaddr_in}, a {@code socklen_t}, an option value, a data buffer and a
 * {@code pollfd} array. The last two grow on demand (a new automatic arena each time, so the old
 * block is freed once unreachable) up to a cap: larger transfers are made in pieces.
 */
final class Scratch {
    /** The largest data block a thread keeps; {@code read} and {@code recv} return at most this much. */
    static final int MAX_DATA = 1 << 20;
    private static final ValueLayout.OfShort BE_SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt BE_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ThreadLocal<Scratch> PER_THREAD = ThreadLocal.withInitial(Scratch::new);

    final MemorySegment state;
    /** {@code struct sockaddr_in} (16 bytes, &lt;netinet/in.h&gt;). */
    final MemorySegment addr;
    final MemorySegment addrLen;
    /** An option value: an {@code int}, a {@code struct linger} or a {@code struct timeval} (16 bytes). */
    final MemorySegment option;
    final MemorySegment timespec;
    private MemorySegment data;
    private MemorySegment pollfds;

    private Scratch() {
        Arena arena = Arena.ofAuto();
        state = arena.allocate(Native.CALL_STATE);
        addr = arena.allocate(16, 8);
        addrLen = arena.allocate(ValueLayout.JAVA_INT);
        option = arena.allocate(16, 8);
        timespec = arena.allocate(16, 8);
        data = arena.allocate(64 * 1024, 16);
        pollfds = arena.allocate(8 * 64, 8);
    }

    static Scratch get() {
        return PER_THREAD.get();
    }

    /** A data block of at least {@code min(len, MAX_DATA)} bytes. */
    MemorySegment data(int len) {
        long want = Math.min(len, MAX_DATA);
        if (want > data.byteSize()) {
            data = Arena.ofAuto().allocate(Math.min(MAX_DATA, Math.max(want, 2 * data.byteSize())), 16);
        }
        return data;
    }

    /** Room for {@code n} {@code struct pollfd}s (8 bytes each: int fd, short events, short revents). */
    MemorySegment pollfds(int n) {
        if (8L * n > pollfds.byteSize()) {
            pollfds = Arena.ofAuto().allocate(8L * Math.max(n, 2 * (pollfds.byteSize() / 8)), 8);
        }
        return pollfds;
    }

    /** Writes {@code sockaddr_in{AF_INET, port, ipv4}}: family in host order, port and address big-endian. */
    void putAddr(int ipv4, int port) {
        addr.fill((byte) 0);
        addr.set(ValueLayout.JAVA_SHORT, 0, (short) Libc.AF_INET);
        addr.set(BE_SHORT, 2, (short) port);
        addr.set(BE_INT, 4, ipv4);
    }

    /** Reads the {@code sockaddr_in} the kernel wrote into {@code out[0]} (address) and {@code out[1]} (port). */
    void getAddr(int[] out) {
        out[0] = addr.get(BE_INT, 4);
        out[1] = addr.get(BE_SHORT, 2) & 0xffff;
    }
}
