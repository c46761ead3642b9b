package java.nio;

import java.util.Objects;

/**
 * A buffer of {@code int} values: an array of its own ({@link #allocate}, {@link #wrap}) or a view of a
 * {@link ByteBuffer}'s bytes in a fixed byte order ({@code ByteBuffer.asIntBuffer()}). Both kinds share
 * every method below; only {@link #at} and {@link #set} tell them apart.
 */
public class IntBuffer extends Buffer implements Comparable<IntBuffer> {
    private final int[] hb;
    /** Index of element 0 in {@code hb}, or of its first byte in {@code bytes}. */
    private final int offset;
    private final byte[] bytes;
    private final boolean big;
    private final boolean direct;

    IntBuffer(int mark, int pos, int lim, int cap, boolean readOnly, int[] hb, int offset, byte[] bytes, boolean big,
            boolean direct) {
        super(mark, pos, lim, cap, readOnly);
        this.hb = hb;
        this.offset = offset;
        this.bytes = bytes;
        this.big = big;
        this.direct = direct;
    }

    public static IntBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new IntBuffer(-1, 0, capacity, capacity, false, new int[capacity], 0, null, false, false);
    }

    public static IntBuffer wrap(int[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new IntBuffer(-1, offset, offset + length, array.length, false, array, 0, null, false, false);
    }

    public static IntBuffer wrap(int[] array) {
        return wrap(array, 0, array.length);
    }

    int at(int i) {
        return hb != null ? hb[offset + i] : ByteBuffer.getInt(bytes, offset + 4 * i, big);
    }

    void set(int i, int x) {
        if (hb != null) {
            hb[offset + i] = x;
        } else {
            ByteBuffer.putInt(bytes, offset + 4 * i, big, x);
        }
    }

    /** A buffer over the same elements, element 0 being this buffer's element {@code start}. */
    private IntBuffer derive(int mark, int pos, int lim, int cap, int start, boolean readOnly) {
        int off = hb != null ? offset + start : offset + 4 * start;
        return new IntBuffer(mark, pos, lim, cap, readOnly, hb, off, bytes, big, direct);
    }

    @Override
    public IntBuffer slice() {
        int rem = remaining();
        return derive(-1, 0, rem, rem, position(), readOnly);
    }

    @Override
    public IntBuffer slice(int index, int length) {
        checkSlice(index, length);
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public IntBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public IntBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    public int get() {
        return at(nextGetIndex());
    }

    public IntBuffer put(int x) {
        checkWritable();
        set(nextPutIndex(), x);
        return this;
    }

    public int get(int index) {
        return at(checkIndex(index));
    }

    public IntBuffer put(int index, int x) {
        checkWritable();
        set(checkIndex(index), x);
        return this;
    }

    public IntBuffer get(int[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public IntBuffer get(int[] dst) {
        return get(dst, 0, dst.length);
    }

    public IntBuffer get(int index, int[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public IntBuffer get(int index, int[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, int[] dst, int off, int length) {
        for (int i = 0; i < length; i++) {
            dst[off + i] = at(index + i);
        }
    }

    private void copyIn(int index, int[] src, int off, int length) {
        for (int i = 0; i < length; i++) {
            set(index + i, src[off + i]);
        }
    }

    public IntBuffer put(int[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(off, length, src.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferOverflowException();
        }
        copyIn(pos, src, off, length);
        position(pos + length);
        return this;
    }

    public final IntBuffer put(int[] src) {
        return put(src, 0, src.length);
    }

    public IntBuffer put(int index, int[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public IntBuffer put(int index, int[] src) {
        return put(index, src, 0, src.length);
    }

    public IntBuffer put(IntBuffer src) {
        checkHeapWritable();
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        checkWritable();
        int n = src.remaining();
        int pos = position();
        if (n > limit() - pos) {
            throw new BufferOverflowException();
        }
        transfer(pos, src, src.position(), n);
        src.position(src.position() + n);
        position(pos + n);
        return this;
    }

    public IntBuffer put(int index, IntBuffer src, int off, int length) {
        checkHeapWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        transfer(index, src, off, length);
        return this;
    }

    /**
     * A read-only buffer over an array refuses a bulk put from a buffer before checking anything
     * else; a read-only view checks its arguments first. Both as in the JDK.
     */
    private void checkHeapWritable() {
        if (hb != null) {
            checkWritable();
        }
    }

    /** Copies through a scratch array, so that overlapping views of one array copy like memmove. */
    private void transfer(int index, IntBuffer src, int off, int length) {
        int[] tmp = new int[length];
        src.copyOut(off, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public IntBuffer compact() {
        checkWritable();
        int pos = position();
        int rem = remaining();
        transfer(0, this, pos, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public final boolean hasArray() {
        return hb != null && !readOnly;
    }

    @Override
    public final int[] array() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        checkWritable();
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (hb == null) {
            throw new UnsupportedOperationException();
        }
        checkWritable();
        return offset;
    }

    @Override
    public boolean isDirect() {
        return direct;
    }

    public ByteOrder order() {
        return hb != null ? ByteOrder.nativeOrder() : big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    @Override
    String kind() {
        String r = readOnly ? "R" : "";
        if (hb != null) {
            return "HeapIntBuffer" + r;
        }
        return direct ? "DirectIntBuffer" + r + (big ? "S" : "U") : "ByteBufferAsIntBuffer" + r + (big ? "B" : "L");
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + (int) at(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        return ob instanceof IntBuffer that && remaining() == that.remaining() && mismatch(that) < 0;
    }

    @Override
    public int compareTo(IntBuffer that) {
        int thisRem = remaining();
        int thatRem = that.remaining();
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(thisRem, thatRem)) {
            return compare(at(position() + i), that.at(that.position() + i));
        }
        return thisRem - thatRem;
    }

    /** The relative index of the first element where the remaining elements differ, or -1. */
    public int mismatch(IntBuffer that) {
        int thisPos = position();
        int thatPos = that.position();
        int length = Math.min(remaining(), that.remaining());
        for (int i = 0; i < length; i++) {
            int a = at(thisPos + i);
            int b = that.at(thatPos + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : length;
    }

    private static int compare(int x, int y) {
        return Integer.compare(x, y);
    }

    // Covariant overrides, as the JDK declares them (JDK 9+).

    @Override
    public IntBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public IntBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public IntBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public IntBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public IntBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public IntBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public IntBuffer rewind() {
        super.rewind();
        return this;
    }
}
