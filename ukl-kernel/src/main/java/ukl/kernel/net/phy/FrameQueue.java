package ukl.kernel.net.phy;

/** A bounded FIFO of frames in preallocated slots; frames are copied in and out. */
final class FrameQueue {
    private final byte[][] slots;
    private final int[] lens;
    private int head;
    private int count;

    FrameQueue(int capacity, int frameSize) {
        slots = new byte[capacity][frameSize];
        lens = new int[capacity];
    }

    boolean isFull() {
        return count == slots.length;
    }

    int size() {
        return count;
    }

    /** Appends a copy of {@code frame[0, len)}; returns false (frame lost) when full. */
    boolean push(byte[] frame, int len) {
        if (isFull()) {
            return false;
        }
        int tail = (head + count) % slots.length;
        System.arraycopy(frame, 0, slots[tail], 0, len);
        lens[tail] = len;
        count++;
        return true;
    }

    /** Copies the oldest frame into {@code buf} and removes it; 0 when empty. */
    int pop(byte[] buf) {
        if (count == 0) {
            return 0;
        }
        int len = lens[head];
        System.arraycopy(slots[head], 0, buf, 0, len);
        head = (head + 1) % slots.length;
        count--;
        return len;
    }

    /** Exchanges the two newest frames (a reordering). */
    void swapLastTwo() {
        if (count < 2) {
            return;
        }
        int a = (head + count - 1) % slots.length;
        int b = (head + count - 2) % slots.length;
        byte[] s = slots[a];
        slots[a] = slots[b];
        slots[b] = s;
        int l = lens[a];
        lens[a] = lens[b];
        lens[b] = l;
    }
}
