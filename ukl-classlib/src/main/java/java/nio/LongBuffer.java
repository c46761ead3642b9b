package java.nio;

import java.util.Objects;

/**
 * A buffer of {@code long} values: an array of its own ({@link #allocate}, {@link #wrap}) or a view of a
 * {@link ByteBuffer}'s bytes in a fixed byte order ({@code ByteBuffer.asLongBuffer()}). Both kinds share
 * every method below; only {@link #at} and {@link #set} tell them apart.
 */
public class LongBuffer extends Buffer implements Comparable<LongBuffer> {
    private final long[] hb;
    /** Index of element 0 in {@code hb}, or of its first byte in {@code bytes}. */
    private final int offset;
    private final byte[] bytes;
    private final boolean big;
    private final boolean direct;

    LongBuffer(int mark, int pos, int lim, int cap, boolean readOnly, long[] hb, int offset, byte[] bytes, boolean big,
            boolean direct) {
        super(mark, pos, lim, cap, readOnly);
        this.hb = hb;
        this.offset = offset;
        this.bytes = bytes;
        this.big = big;
        this.direct = direct;
    }

    public static LongBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new LongBuffer(-1, 0, capacity, capacity, false, new long[capacity], 0, null, false, false);
    }

    public static LongBuffer wrap(long[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new LongBuffer(-1, offset, offset + length, array.length, false, array, 0, null, false, false);
    }

    public static LongBuffer wrap(long[] array) {
        return wrap(array, 0, array.length);
    }

    long at(int i) {
        return hb != null ? hb[offset + i] : ByteBuffer.getLong(bytes, offset + 8 * i, big);
    }

    void set(int i, long x) {
        if (hb != null) {
            hb[offset + i] = x;
        } else {
            ByteBuffer.putLong(bytes, offset + 8 * i, big, x);
        }
    }

    /** A buffer over the same elements, element 0 being this buffer's element {@code start}. */
    private LongBuffer derive(int mark, int pos, int lim, int cap, int start, boolean readOnly) {
        int off = hb != null ? offset + start : offset + 8 * start;
        return new LongBuffer(mark, pos, lim, cap, readOnly, hb, off, bytes, big, direct);
    }

    @Override
    public LongBuffer slice() {
        int rem = remaining();
        return derive(-1, 0, rem, rem, position(), readOnly);
    }

    @Override
    public LongBuffer slice(int index, int length) {
        checkSlice(index, length);
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public LongBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public LongBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    public long get() {
        return at(nextGetIndex());
    }

    public LongBuffer put(long x) {
        checkWritable();
        set(nextPutIndex(), x);
        return this;
    }

    public long get(int index) {
        return at(checkIndex(index));
    }

    public LongBuffer put(int index, long x) {
        checkWritable();
        set(checkIndex(index), x);
        return this;
    }

    public LongBuffer get(long[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public LongBuffer get(long[] dst) {
        return get(dst, 0, dst.length);
    }

    public LongBuffer get(int index, long[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public LongBuffer get(int index, long[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, long[] dst, int off, int length) {
        for (int i = 0; i < length; i++) {
            dst[off + i] = at(index + i);
        }
    }

    private void copyIn(int index, long[] src, int off, int length) {
        for (int i = 0; i < length; i++) {
            set(index + i, src[off + i]);
        }
    }

    public LongBuffer put(long[] src, int off, int length) {
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

    public final LongBuffer put(long[] src) {
        return put(src, 0, src.length);
    }

    public LongBuffer put(int index, long[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public LongBuffer put(int index, long[] src) {
        return put(index, src, 0, src.length);
    }

    public LongBuffer put(LongBuffer src) {
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

    public LongBuffer put(int index, LongBuffer src, int off, int length) {
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
    private void transfer(int index, LongBuffer src, int off, int length) {
        long[] tmp = new long[length];
        src.copyOut(off, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public LongBuffer compact() {
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
    public final long[] array() {
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
            return "HeapLongBuffer" + r;
        }
        return direct ? "DirectLongBuffer" + r + (big ? "S" : "U") : "ByteBufferAsLongBuffer" + r + (big ? "B" : "L");
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
        return ob instanceof LongBuffer that && remaining() == that.remaining() && mismatch(that) < 0;
    }

    @Override
    public int compareTo(LongBuffer that) {
        int thisRem = remaining();
        int thatRem = that.remaining();
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(thisRem, thatRem)) {
            return compare(at(position() + i), that.at(that.position() + i));
        }
        return thisRem - thatRem;
    }

    /** The relative index of the first element where the remaining elements differ, or -1. */
    public int mismatch(LongBuffer that) {
        int thisPos = position();
        int thatPos = that.position();
        int length = Math.min(remaining(), that.remaining());
        for (int i = 0; i < length; i++) {
            long a = at(thisPos + i);
            long b = that.at(thatPos + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : length;
    }

    private static int compare(long x, long y) {
        return Long.compare(x, y);
    }

    // Covariant overrides, as the JDK declares them (JDK 9+).

    @Override
    public LongBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public LongBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public LongBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public LongBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public LongBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public LongBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public LongBuffer rewind() {
        super.rewind();
        return this;
    }
}
