package kv;

import java.util.Arrays;

/**
 * One request's arguments, argument 0 the command name. Each argument is a slice of a buffer: of
 * the connection's input buffer for RESP requests (valid only while the command runs), or of a
 * decoded copy for inline ones. Nothing here allocates once the arrays have grown to the widest
 * request seen.
 */
final class Args {
    private byte[][] buffers = new byte[8][];
    private int[] offsets = new int[8];
    private int[] lengths = new int[8];
    private int count;
    private final Key probe = Key.probe();

    void clear() {
        count = 0;
    }

    void add(byte[] buffer, int offset, int length) {
        if (count == offsets.length) {
            int n = count * 2;
            byte[][] wider = new byte[n][]; // not Arrays.copyOf: images create no arrays reflectively
            System.arraycopy(buffers, 0, wider, 0, count);
            buffers = wider;
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
        }
        buffers[count] = buffer;
        offsets[count] = offset;
        lengths[count] = length;
        count++;
    }

    int count() {
        return count;
    }

    byte[] buffer(int i) {
        return buffers[i];
    }

    int offset(int i) {
        return offsets[i];
    }

    int length(int i) {
        return lengths[i];
    }

    boolean is(int i, String asciiIgnoringCase) {
        return Bytes.equalsIgnoreCase(buffers[i], offsets[i], lengths[i], asciiIgnoringCase);
    }

    /** A probe pointing at argument i; valid until the next call. */
    Key key(int i) {
        return probe.set(buffers[i], offsets[i], lengths[i]);
    }

    /** A stored copy of argument i as a key. */
    Key keyCopy(int i) {
        return Key.copyOf(buffers[i], offsets[i], lengths[i]);
    }

    byte[] bytes(int i) {
        return Arrays.copyOfRange(buffers[i], offsets[i], offsets[i] + lengths[i]);
    }

    String string(int i) {
        return Bytes.toString(buffers[i], offsets[i], lengths[i]);
    }

    /** Argument i as Redis's strict integer, or {@link Bytes#NOT_A_NUMBER}. */
    long longValue(int i) {
        return Bytes.parseLong(buffers[i], offsets[i], lengths[i]);
    }
}
