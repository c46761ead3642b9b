package ukl.kernel.net.phy;

/**
 * Two devices joined by a cable that loses, duplicates, reorders and corrupts frames with seeded
 * pseudo-random choices (the fault injector of smoltcp, as a pair), so that a failing test replays
 * exactly. Rates are in parts per thousand, per frame sent.
 */
public final class LossyLink {
    private final End a;
    private final End b;
    private long rng;
    private final int dropPerMille;
    private final int duplicatePerMille;
    private final int reorderPerMille;
    private final int corruptPerMille;
    private long dropped;
    private long duplicated;
    private long reordered;
    private long corrupted;

    public LossyLink(
            long seed,
            long macA,
            long macB,
            int mtu,
            int capacity,
            int dropPerMille,
            int duplicatePerMille,
            int reorderPerMille,
            int corruptPerMille) {
        this.rng = seed;
        this.dropPerMille = dropPerMille;
        this.duplicatePerMille = duplicatePerMille;
        this.reorderPerMille = reorderPerMille;
        this.corruptPerMille = corruptPerMille;
        FrameQueue toA = new FrameQueue(capacity, mtu + 14);
        FrameQueue toB = new FrameQueue(capacity, mtu + 14);
        a = new End(macA, mtu, toA, toB);
        b = new End(macB, mtu, toB, toA);
    }

    public NetDevice endA() {
        return a;
    }

    public NetDevice endB() {
        return b;
    }

    public long dropped() {
        return dropped;
    }

    public long duplicated() {
        return duplicated;
    }

    public long reordered() {
        return reordered;
    }

    public long corrupted() {
        return corrupted;
    }

    /** Frames in flight in both directions. */
    public int inFlight() {
        return a.in.size() + b.in.size();
    }

    /** SplitMix64 (Steele, Lea, Flood, OOPSLA 2014): small, seedable, good enough for tests. */
    private long next() {
        long z = (rng += 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private boolean chance(int perMille) {
        return perMille > 0 && Long.remainderUnsigned(next(), 1000) < perMille;
    }

    private void send(byte[] frame, int len, FrameQueue out) {
        if (chance(dropPerMille)) {
            dropped++;
            return;
        }
        if (chance(corruptPerMille) && len > 0) {
            int at = (int) Long.remainderUnsigned(next(), len);
            frame[at] ^= (byte) (1 << (int) Long.remainderUnsigned(next(), 8));
            corrupted++;
        }
        out.push(frame, len);
        if (chance(duplicatePerMille)) {
            out.push(frame, len);
            duplicated++;
        }
        if (chance(reorderPerMille)) {
            out.swapLastTwo();
            reordered++;
        }
    }

    private final class End implements NetDevice {
        private final long mac;
        private final int mtu;
        final FrameQueue in;
        private final FrameQueue out;
        private final byte[] tx;

        End(long mac, int mtu, FrameQueue in, FrameQueue out) {
            this.mac = mac;
            this.mtu = mtu;
            this.in = in;
            this.out = out;
            this.tx = new byte[mtu + 14];
        }

        @Override
        public long macAddress() {
            return mac;
        }

        @Override
        public int mtu() {
            return mtu;
        }

        @Override
        public int receive(byte[] buf) {
            return in.pop(buf);
        }

        @Override
        public byte[] txBuffer() {
            return out.isFull() ? null : tx;
        }

        @Override
        public void transmit(int len) {
            send(tx, len, out);
        }
    }
}
