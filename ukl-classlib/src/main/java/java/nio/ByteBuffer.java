package java.nio;

import java.util.Objects;

/**
 * Bytes in an array. {@link #allocateDirect} gives the same kind of buffer with {@code isDirect()}
 * true and no accessible array: images have no off-heap memory to hand out. Multi-byte values are
 * read and written in this buffer's {@link #order()}, big-endian unless changed; the
 * {@code asXBuffer()} views keep the order of the moment they are made.
 */
public class ByteBuffer extends Buffer implements Comparable<ByteBuffer> {
    private final byte[] hb;
    private final int offset;
    private final boolean direct;
    private boolean big = true;

    ByteBuffer(int mark, int pos, int lim, int cap, boolean readOnly, byte[] hb, int offset, boolean direct) {
        super(mark, pos, lim, cap, readOnly);
        this.hb = hb;
        this.offset = offset;
        this.direct = direct;
    }

    public static ByteBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new ByteBuffer(-1, 0, capacity, capacity, false, new byte[capacity], 0, false);
    }

    public static ByteBuffer allocateDirect(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new ByteBuffer(-1, 0, capacity, capacity, false, new byte[capacity], 0, true);
    }

    public static ByteBuffer wrap(byte[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new ByteBuffer(-1, offset, offset + length, array.length, false, array, 0, false);
    }

    public static ByteBuffer wrap(byte[] array) {
        return wrap(array, 0, array.length);
    }

    /** Slices, duplicates and read-only copies are big-endian whatever this buffer's order (JDK). */
    private ByteBuffer derive(int mark, int pos, int lim, int cap, int start, boolean readOnly) {
        return new ByteBuffer(mark, pos, lim, cap, readOnly, hb, offset + start, direct);
    }

    @Override
    public ByteBuffer slice() {
        int rem = remaining();
        return derive(-1, 0, rem, rem, position(), readOnly);
    }

    @Override
    public ByteBuffer slice(int index, int length) {
        checkSlice(index, length);
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public ByteBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public ByteBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    public byte get() {
        return hb[offset + nextGetIndex()];
    }

    public ByteBuffer put(byte b) {
        checkWritable();
        hb[offset + nextPutIndex()] = b;
        return this;
    }

    public byte get(int index) {
        return hb[offset + checkIndex(index)];
    }

    public ByteBuffer put(int index, byte b) {
        checkWritable();
        hb[offset + checkIndex(index)] = b;
        return this;
    }

    public ByteBuffer get(byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        System.arraycopy(hb, offset + pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public ByteBuffer get(byte[] dst) {
        return get(dst, 0, dst.length);
    }

    public ByteBuffer get(int index, byte[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        System.arraycopy(hb, offset + index, dst, off, length);
        return this;
    }

    public ByteBuffer get(int index, byte[] dst) {
        return get(index, dst, 0, dst.length);
    }

    public ByteBuffer put(byte[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(off, length, src.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferOverflowException();
        }
        System.arraycopy(src, off, hb, offset + pos, length);
        position(pos + length);
        return this;
    }

    public final ByteBuffer put(byte[] src) {
        return put(src, 0, src.length);
    }

    public ByteBuffer put(int index, byte[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        System.arraycopy(src, off, hb, offset + index, length);
        return this;
    }

    public ByteBuffer put(int index, byte[] src) {
        return put(index, src, 0, src.length);
    }

    public ByteBuffer put(ByteBuffer src) {
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
        System.arraycopy(src.hb, src.offset + src.position(), hb, offset + pos, n);
        src.position(src.position() + n);
        position(pos + n);
        return this;
    }

    public ByteBuffer put(int index, ByteBuffer src, int off, int length) {
        checkHeapWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.limit());
        checkWritable();
        System.arraycopy(src.hb, src.offset + off, hb, offset + index, length);
        return this;
    }

    /**
     * A read-only heap buffer refuses a bulk put from a buffer before checking anything else; a
     * read-only direct one checks its arguments first. Both as in the JDK.
     */
    private void checkHeapWritable() {
        if (!direct) {
            checkWritable();
        }
    }

    public ByteBuffer compact() {
        checkWritable();
        int pos = position();
        int rem = remaining();
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public final boolean hasArray() {
        return !direct && !readOnly;
    }

    @Override
    public final byte[] array() {
        if (direct) {
            throw new UnsupportedOperationException();
        }
        checkWritable();
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (direct) {
            throw new UnsupportedOperationException();
        }
        checkWritable();
        return offset;
    }

    /** The backing array whatever the kind of buffer, for {@link BufferMemory}. */
    final byte[] backing() {
        return hb;
    }

    final int backingOffset() {
        return offset;
    }

    @Override
    public boolean isDirect() {
        return direct;
    }

    public final ByteOrder order() {
        return big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    public final ByteBuffer order(ByteOrder bo) {
        big = bo == ByteOrder.BIG_ENDIAN;
        return this;
    }

    @Override
    String kind() {
        return (direct ? "DirectByteBuffer" : "HeapByteBuffer") + (readOnly ? "R" : "");
    }

    // Values of other types at array index i, in either order; the views use these too.

    static char getChar(byte[] b, int i, boolean big) {
        return (char) getShort(b, i, big);
    }

    static void putChar(byte[] b, int i, boolean big, char x) {
        putShort(b, i, big, (short) x);
    }

    static short getShort(byte[] b, int i, boolean big) {
        return big ? (short) (b[i] << 8 | b[i + 1] & 0xff) : (short) (b[i + 1] << 8 | b[i] & 0xff);
    }

    static void putShort(byte[] b, int i, boolean big, short x) {
        b[i + (big ? 0 : 1)] = (byte) (x >> 8);
        b[i + (big ? 1 : 0)] = (byte) x;
    }

    static int getInt(byte[] b, int i, boolean big) {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            v = v << 8 | b[i + (big ? k : 3 - k)] & 0xff;
        }
        return v;
    }

    static void putInt(byte[] b, int i, boolean big, int x) {
        for (int k = 0; k < 4; k++) {
            b[i + (big ? 3 - k : k)] = (byte) (x >> 8 * k);
        }
    }

    static long getLong(byte[] b, int i, boolean big) {
        long v = 0;
        for (int k = 0; k < 8; k++) {
            v = v << 8 | b[i + (big ? k : 7 - k)] & 0xff;
        }
        return v;
    }

    static void putLong(byte[] b, int i, boolean big, long x) {
        for (int k = 0; k < 8; k++) {
            b[i + (big ? 7 - k : k)] = (byte) (x >> 8 * k);
        }
    }

    static float getFloat(byte[] b, int i, boolean big) {
        return Float.intBitsToFloat(getInt(b, i, big));
    }

    static void putFloat(byte[] b, int i, boolean big, float x) {
        putInt(b, i, big, Float.floatToRawIntBits(x));
    }

    static double getDouble(byte[] b, int i, boolean big) {
        return Double.longBitsToDouble(getLong(b, i, big));
    }

    static void putDouble(byte[] b, int i, boolean big, double x) {
        putLong(b, i, big, Double.doubleToRawLongBits(x));
    }

    public char getChar() {
        return getChar(hb, offset + nextGetIndex(2), big);
    }

    public char getChar(int index) {
        return getChar(hb, offset + checkIndex(index, 2), big);
    }

    public ByteBuffer putChar(char value) {
        checkWritable();
        putChar(hb, offset + nextPutIndex(2), big, value);
        return this;
    }

    public ByteBuffer putChar(int index, char value) {
        checkWritable();
        putChar(hb, offset + checkIndex(index, 2), big, value);
        return this;
    }

    /** A view of the remaining bytes as chars in the current order, its element 0 at the position. */
    public CharBuffer asCharBuffer() {
        int n = remaining() / 2;
        return new CharBuffer(-1, 0, n, n, readOnly, null, offset + position(), hb, big, direct);
    }

    public short getShort() {
        return getShort(hb, offset + nextGetIndex(2), big);
    }

    public short getShort(int index) {
        return getShort(hb, offset + checkIndex(index, 2), big);
    }

    public ByteBuffer putShort(short value) {
        checkWritable();
        putShort(hb, offset + nextPutIndex(2), big, value);
        return this;
    }

    public ByteBuffer putShort(int index, short value) {
        checkWritable();
        putShort(hb, offset + checkIndex(index, 2), big, value);
        return this;
    }

    /** A view of the remaining bytes as shorts in the current order, its element 0 at the position. */
    public ShortBuffer asShortBuffer() {
        int n = remaining() / 2;
        return new ShortBuffer(-1, 0, n, n, readOnly, null, offset + position(), hb, big, direct);
    }

    public int getInt() {
        return getInt(hb, offset + nextGetIndex(4), big);
    }

    public int getInt(int index) {
        return getInt(hb, offset + checkIndex(index, 4), big);
    }

    public ByteBuffer putInt(int value) {
        checkWritable();
        putInt(hb, offset + nextPutIndex(4), big, value);
        return this;
    }

    public ByteBuffer putInt(int index, int value) {
        checkWritable();
        putInt(hb, offset + checkIndex(index, 4), big, value);
        return this;
    }

    /** A view of the remaining bytes as ints in the current order, its element 0 at the position. */
    public IntBuffer asIntBuffer() {
        int n = remaining() / 4;
        return new IntBuffer(-1, 0, n, n, readOnly, null, offset + position(), hb, big, direct);
    }

    public long getLong() {
        return getLong(hb, offset + nextGetIndex(8), big);
    }

    public long getLong(int index) {
        return getLong(hb, offset + checkIndex(index, 8), big);
    }

    public ByteBuffer putLong(long value) {
        checkWritable();
        putLong(hb, offset + nextPutIndex(8), big, value);
        return this;
    }

    public ByteBuffer putLong(int index, long value) {
        checkWritable();
        putLong(hb, offset + checkIndex(index, 8), big, value);
        return this;
    }

    /** A view of the remaining bytes as longs in the current order, its element 0 at the position. */
    public LongBuffer asLongBuffer() {
        int n = remaining() / 8;
        return new LongBuffer(-1, 0, n, n, readOnly, null, offset + position(), hb, big, direct);
    }

    public float getFloat() {
        return getFloat(hb, offset + nextGetIndex(4), big);
    }

    public float getFloat(int index) {
        return getFloat(hb, offset + checkIndex(index, 4), big);
    }

    public ByteBuffer putFloat(float value) {
        checkWritable();
        putFloat(hb, offset + nextPutIndex(4), big, value);
        return this;
    }

    public ByteBuffer putFloat(int index, float value) {
        checkWritable();
        putFloat(hb, offset + checkIndex(index, 4), big, value);
        return this;
    }

    /** A view of the remaining bytes as floats in the current order, its element 0 at the position. */
    public FloatBuffer asFloatBuffer() {
        int n = remaining() / 4;
        return new FloatBuffer(-1, 0, n, n, readOnly, null, offset + position(), hb, big, direct);
    }

    public double getDouble() {
        return getDouble(hb, offset + nextGetIndex(8), big);
    }

    public double getDouble(int index) {
        return getDouble(hb, offset + checkIndex(index, 8), big);
    }

    public ByteBuffer putDouble(double value) {
        checkWritable();
        putDouble(hb, offset + nextPutIndex(8), big, value);
        return this;
    }

    public ByteBuffer putDouble(int index, double value) {
        checkWritable();
        putDouble(hb, offset + checkIndex(index, 8), big, value);
        return this;
    }

    /** A view of the remaining bytes as doubles in the current order, its element 0 at the position. */
    public DoubleBuffer asDoubleBuffer() {
        int n = remaining() / 8;
        return new DoubleBuffer(-1, 0, n, n, readOnly, null, offset + position(), hb, big, direct);
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        return ob instanceof ByteBuffer that && remaining() == that.remaining() && mismatch(that) < 0;
    }

    @Override
    public int compareTo(ByteBuffer that) {
        int thisRem = remaining();
        int thatRem = that.remaining();
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(thisRem, thatRem)) {
            return Byte.compare(get(position() + i), that.get(that.position() + i));
        }
        return thisRem - thatRem;
    }

    public int mismatch(ByteBuffer that) {
        int thisPos = offset + position();
        int thatPos = that.offset + that.position();
        int length = Math.min(remaining(), that.remaining());
        for (int i = 0; i < length; i++) {
            if (hb[thisPos + i] != that.hb[thatPos + i]) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : length;
    }

    // Covariant overrides, as the JDK declares them (JDK 9+).

    @Override
    public ByteBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public ByteBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public ByteBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public ByteBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public ByteBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public ByteBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public ByteBuffer rewind() {
        super.rewind();
        return this;
    }
}
