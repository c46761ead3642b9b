package ukl.kernel.net.socket;

/**
 * SYN cookies (RFC 4987 §3.6, after D. J. Bernstein's design): when a listener's SYN queue is full,
 * the SYN-ACK's sequence number carries the connection's state, so that no state is kept per
 * unanswered SYN and the peer's ACK alone rebuilds the connection. Our ISS is
 * {@code t mod 32 (5 bits) | MSS index (3 bits) | 24 bits of SipHash-2-4 over the 4-tuple, the peer's
 * ISN and t}, where t counts {@link #PERIOD_NANOS} periods; an ACK is valid while its cookie is
 * from this period or the previous one (so for 64–128 s, as Linux's two minutes).
 *
 * <p>What is lost, as in Linux: the MSS is rounded down to one of eight values, and a SYN-ACK
 * answered by a cookie is never retransmitted (the peer's own SYN retransmission covers a lost
 * SYN-ACK).
 */
final class SynCookies {
    /** 64 s: the cookie's clock. */
    static final long PERIOD_NANOS = 64_000_000_000L;
    /** The MSS values a cookie can carry; the peer's MSS is rounded down to one of them. */
    private static final int[] MSS = {64, 256, 536, 1220, 1300, 1380, 1440, 1460};

    private final long key0;
    private final long key1;
    private final byte[] input = new byte[20];

    SynCookies(long key0, long key1) {
        this.key0 = key0;
        this.key1 = key1;
    }

    /** The index in {@link #MSS} of the largest value not above {@code mss} (0 below the smallest). */
    private static int mssIndex(int mss) {
        int i = MSS.length - 1;
        while (i > 0 && MSS[i] > mss) {
            i--;
        }
        return i;
    }

    /** The ISS that encodes a SYN from {@code remoteIp:remotePort} with sequence {@code peerIsn} and MSS {@code mss}. */
    int make(int localIp, int localPort, int remoteIp, int remotePort, int peerIsn, int mss, long now) {
        int t = (int) (now / PERIOD_NANOS);
        int idx = mssIndex(mss);
        return (t & 31) << 27 | idx << 24 | (hash(localIp, localPort, remoteIp, remotePort, peerIsn, t) & 0xffffff);
    }

    /**
     * The MSS of a connection whose ACK acknowledges {@code iss + 1} and has sequence
     * {@code peerIsn + 1}, when {@code iss} is a cookie of ours from this period or the last; -1 if not.
     */
    int check(int localIp, int localPort, int remoteIp, int remotePort, int peerIsn, int iss, long now) {
        int t = (int) (now / PERIOD_NANOS);
        for (int age = 0; age <= 1; age++) {
            int tc = t - age;
            if ((iss >>> 27) == (tc & 31)
                    && (iss & 0xffffff) == (hash(localIp, localPort, remoteIp, remotePort, peerIsn, tc) & 0xffffff)) {
                return MSS[(iss >>> 24) & 7];
            }
        }
        return -1;
    }

    private int hash(int localIp, int localPort, int remoteIp, int remotePort, int peerIsn, int t) {
        byte[] m = input;
        put(m, 0, localIp);
        put(m, 4, remoteIp);
        put(m, 8, localPort << 16 | remotePort);
        put(m, 12, peerIsn);
        put(m, 16, t);
        return (int) SipHash.hash(key0, key1, m, 0, 20);
    }

    private static void put(byte[] m, int off, int v) {
        m[off] = (byte) (v >>> 24);
        m[off + 1] = (byte) (v >>> 16);
        m[off + 2] = (byte) (v >>> 8);
        m[off + 3] = (byte) v;
    }
}
