package ukl.kernel.net.socket;

/**
 * Which bytes past {@code RCV.NXT} have arrived out of order (RFC 9293 §3.10.7.4: "segments with
 * higher beginning sequence numbers SHOULD be held for later processing"). Holds up to
 * {@link #MAX_RANGES} disjoint ranges of offsets relative to {@code RCV.NXT}; a segment that would
 * need more is not kept and the peer retransmits it.
 */
final class Assembler {
    static final int MAX_RANGES = 8;
    private final int[] start = new int[MAX_RANGES];
    private final int[] end = new int[MAX_RANGES];
    private int count;

    void clear() {
        count = 0;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Records {@code [off, off+len)} as held; false when it could not be recorded. */
    boolean add(int off, int len) {
        int s = off;
        int e = off + len;
        // Merge every range that overlaps or touches [s, e), keeping the list sorted.
        int i = 0;
        while (i < count && end[i] < s) {
            i++;
        }
        int j = i;
        while (j < count && start[j] <= e) {
            s = Math.min(s, start[j]);
            e = Math.max(e, end[j]);
            j++;
        }
        int removed = j - i;
        if (removed == 0 && count == MAX_RANGES) {
            return false;
        }
        int shift = 1 - removed;
        if (shift != 0) {
            System.arraycopy(start, j, start, j + shift, count - j);
            System.arraycopy(end, j, end, j + shift, count - j);
        }
        start[i] = s;
        end[i] = e;
        count += shift;
        return true;
    }

    /**
     * {@code n} bytes arrived in order at offset 0; returns how many bytes are now contiguous from
     * offset 0 (n plus any held ranges they join) and makes offsets relative to the new end.
     */
    int advance(int n) {
        int front = n;
        int drop = 0;
        while (drop < count && start[drop] <= front) {
            front = Math.max(front, end[drop]);
            drop++;
        }
        for (int k = drop; k < count; k++) {
            start[k - drop] = start[k] - front;
            end[k - drop] = end[k] - front;
        }
        count -= drop;
        return front;
    }
}
