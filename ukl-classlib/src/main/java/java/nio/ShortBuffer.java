package java.nio;

import java.util.Objects;

/**
 * A buffer of {@code short} values: an array of its own ({@link #allocate}, {@link #wrap}) or a view of a
 * {@link ByteBuffer}'s bytes in a fixed byte order ({@code ByteBuffer.asShortBuffer()}). Both kinds share
 * every method below; only {@link #at} and {@link #set} tell them apart.
 */
public class ShortBuffer extends Buffer implements Comparable<ShortBuffer> {
    private final short[] hb;
    /** Index of element 0 in {@code hb}, or of its first byte in {@code bytes}. */
    private final int offset;
    private final byte[] bytes;
    private final boolean big;
    private final boolean direct;

    ShortBuffer(int mark, int pos, int lim, int cap, boolean readOnly, short[] hb, int offset, byte[] bytes, boolean big,
            boolean direct) {
        super(mark, pos, lim, cap, readOnly);
        this.hb = hb;
        this.offset = offset;
        this.bytes = bytes;
        this.big = big;
        this.direct = direct;
    }

    public static ShortBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new ShortBuffer(-1, 0, capacity, capacity, false, new short[capacity], 0, null, false, false);
    }

    public static ShortBuffer wrap(short[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new ShortBuffer(-1, offset, offset + length, array.length, false, array, 0, null, false, false);
    }

    public static ShortBuffer wrap(short[] array) {
        return wrap(array, 0, array.length);
    }

    short at(int i) {
        return hb != null ? hb[offset + i] : ByteBuffer.getShort(bytes, offset + 2 * i, big);
    }

    void set(int i, short x) {
        if (hb != null) {
            hb[offset + i] = x;
        } else {
            ByteBuffer.putShort(bytes, offset + 2 * i, big, x);
        }
    }

    /** A buffer over the same elements, element 0 being this buffer's element {@code start}. */
    private ShortBuffer derive(int mark, int pos, int lim, int cap, int start, boolean readOnly) {
        int off = hb != null ? offset + start : offset + 2 * start;
        return new ShortBuffer(mark, pos, lim, cap, readOnly, hb, off, bytes, big, direct);
    }

    @Override
    public ShortBuffer slice() {
        int rem = remaining();
        return derive(-1, 0, rem, rem, position(), readOnly);
    }

    @Override
    public ShortBuffer slice(int index, int length) {
        checkSlice(index, length);
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public ShortBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public ShortBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    public short get() {
        return at(nextGetIndex());
    }

    public ShortBuffer put(short x) {
        checkWritable();
        set(nextPutIndex(), x);
        return this;
    }

    public short get(int index) {
        return at(checkIndex(index));
    }

    public ShortBuffer put(int index, short x) {
        checkWritable();
        set(checkIndex(index), x);
        return this;
    }

    public ShortBuffer get(short[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public ShortBuffer get(short[] dst) {
        return get(dst, 0, dst.length);
    }

    public ShortBuffer get(int index, short[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public ShortBuffer get(int index, short[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, short[] dst, int off, int length) {
        for (int i = 0; i < length; i++) {
            dst[off + i] = at(index + i);
        }
    }

    private void copyIn(int index, short[] src, int off, int length) {
        for (int i = 0; i < length; i++) {
            set(index + i, src[off + i]);
        }
    }

    public ShortBuffer put(short[] src, int off, int length) {
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

    public final ShortBuffer put(short[] src) {
        return put(src, 0, src.length);
    }

    public ShortBuffer put(int index, short[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public ShortBuffer put(int index, short[] src) {
        return put(index, src, 0, src.length);
    }

    public ShortBuffer put(ShortBuffer src) {
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

    public ShortBuffer put(int index, ShortBuffer src, int off, int length) {
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
    private void transfer(int index, ShortBuffer src, int off, int length) {
        short[] tmp = new short[length];
        src.copyOut(off, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public ShortBuffer compact() {
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
    public final short[] array() {
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
            return "HeapShortBuffer" + r;
        }
        return direct ? "DirectShortBuffer" + r + (big ? "S" : "U") : "ByteBufferAsShortBuffer" + r + (big ? "B" : "L");
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
        return ob instanceof ShortBuffer that && remaining() == that.remaining() && mismatch(that) < 0;
    }

    @Override
    public int compareTo(ShortBuffer that) {
        int thisRem = remaining();
        int thatRem = that.remaining();
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(thisRem, thatRem)) {
            return compare(at(position() + i), that.at(that.position() + i));
        }
        return thisRem - thatRem;
    }

    /** The relative index of the first element where the remaining elements differ, or -1. */
    public int mismatch(ShortBuffer that) {
        int thisPos = position();
        int thatPos = that.position();
        int length = Math.min(remaining(), that.remaining());
        for (int i = 0; i < length; i++) {
            short a = at(thisPos + i);
            short b = that.at(thatPos + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : length;
    }

    private static int compare(short x, short y) {
        return Short.compare(x, y);
    }

    // Covariant overrides, as the JDK declares them (JDK 9+).

    @Override
    public ShortBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ShortBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ShortBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ShortBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ShortBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ShortBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ShortBuffer rewind() {
        super.rewind();
        return this;
    }
}
