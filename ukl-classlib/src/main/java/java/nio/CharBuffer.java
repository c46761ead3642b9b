package java.nio;

import java.util.Objects;

/**
 * A buffer of {@code char} values: an array of its own ({@link #allocate}, {@link #wrap}) or a view of a
 * {@link ByteBuffer}'s bytes in a fixed byte order ({@code ByteBuffer.asCharBuffer()}). Both kinds share
 * every method below; only {@link #at} and {@link #set} tell them apart. A third kind, read-only,
 * wraps a CharSequence ({@link #wrap(CharSequence)}).
 */
public class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    private final char[] hb;
    /** Index of element 0 in {@code hb}, or of its first byte in {@code bytes}. */
    private final int offset;
    private final byte[] bytes;
    private final boolean big;
    private final boolean direct;
    private final CharSequence str;

    CharBuffer(int mark, int pos, int lim, int cap, boolean readOnly, char[] hb, int offset, byte[] bytes, boolean big,
            boolean direct) {
        super(mark, pos, lim, cap, readOnly);
        this.hb = hb;
        this.offset = offset;
        this.bytes = bytes;
        this.big = big;
        this.direct = direct;
        this.str = null;
    }

    private CharBuffer(int mark, int pos, int lim, int cap, CharSequence str, int offset) {
        super(mark, pos, lim, cap, true);
        this.hb = null;
        this.offset = offset;
        this.bytes = null;
        this.big = false;
        this.direct = false;
        this.str = str;
    }

    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        int n = csq.length();
        if (start < 0 || start > n || end < start || end > n) {
            throw new IndexOutOfBoundsException();
        }
        return new CharBuffer(-1, start, end, n, csq, 0);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new CharBuffer(-1, 0, capacity, capacity, false, new char[capacity], 0, null, false, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        if ((offset | length) < 0 || length > array.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        return new CharBuffer(-1, offset, offset + length, array.length, false, array, 0, null, false, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    char at(int i) {
        if (str != null) {
            return str.charAt(offset + i);
        }
        return hb != null ? hb[offset + i] : ByteBuffer.getChar(bytes, offset + 2 * i, big);
    }

    void set(int i, char x) {
        if (hb != null) {
            hb[offset + i] = x;
        } else {
            ByteBuffer.putChar(bytes, offset + 2 * i, big, x);
        }
    }

    /** A buffer over the same elements, element 0 being this buffer's element {@code start}. */
    private CharBuffer derive(int mark, int pos, int lim, int cap, int start, boolean readOnly) {
        int off = bytes == null ? offset + start : offset + 2 * start;
        if (str != null) {
            return new CharBuffer(mark, pos, lim, cap, str, off);
        }
        return new CharBuffer(mark, pos, lim, cap, readOnly, hb, off, bytes, big, direct);
    }

    @Override
    public CharBuffer slice() {
        int rem = remaining();
        return derive(-1, 0, rem, rem, position(), readOnly);
    }

    @Override
    public CharBuffer slice(int index, int length) {
        checkSlice(index, length);
        return derive(-1, 0, length, length, index, readOnly);
    }

    @Override
    public CharBuffer duplicate() {
        return derive(markValue(), position(), limit(), capacity(), 0, readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return derive(markValue(), position(), limit(), capacity(), 0, true);
    }

    public char get() {
        return at(nextGetIndex());
    }

    public CharBuffer put(char x) {
        checkWritable();
        set(nextPutIndex(), x);
        return this;
    }

    public char get(int index) {
        return at(checkIndex(index));
    }

    public CharBuffer put(int index, char x) {
        checkWritable();
        set(checkIndex(index), x);
        return this;
    }

    public CharBuffer get(char[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        int pos = position();
        if (length > limit() - pos) {
            throw new BufferUnderflowException();
        }
        copyOut(pos, dst, off, length);
        position(pos + length);
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer get(int index, char[] dst, int off, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, dst.length);
        copyOut(index, dst, off, length);
        return this;
    }

    public CharBuffer get(int index, char[] dst) {
        return get(index, dst, 0, dst.length);
    }

    private void copyOut(int index, char[] dst, int off, int length) {
        for (int i = 0; i < length; i++) {
            dst[off + i] = at(index + i);
        }
    }

    private void copyIn(int index, char[] src, int off, int length) {
        for (int i = 0; i < length; i++) {
            set(index + i, src[off + i]);
        }
    }

    public CharBuffer put(char[] src, int off, int length) {
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

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(int index, char[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(off, length, src.length);
        copyIn(index, src, off, length);
        return this;
    }

    public CharBuffer put(int index, char[] src) {
        return put(index, src, 0, src.length);
    }

    public CharBuffer put(CharBuffer src) {
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

    public CharBuffer put(int index, CharBuffer src, int off, int length) {
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
    private void transfer(int index, CharBuffer src, int off, int length) {
        char[] tmp = new char[length];
        src.copyOut(off, tmp, 0, length);
        copyIn(index, tmp, 0, length);
    }

    public CharBuffer compact() {
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
    public final char[] array() {
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
            return "HeapCharBuffer" + r;
        }
        if (str != null) {
            return "StringCharBuffer";
        }
        return direct ? "DirectCharBuffer" + r + (big ? "S" : "U") : "ByteBufferAsCharBuffer" + r + (big ? "B" : "L");
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
        return ob instanceof CharBuffer that && remaining() == that.remaining() && mismatch(that) < 0;
    }

    @Override
    public int compareTo(CharBuffer that) {
        int thisRem = remaining();
        int thatRem = that.remaining();
        int i = mismatch(that);
        if (i >= 0 && i < Math.min(thisRem, thatRem)) {
            return compare(at(position() + i), that.at(that.position() + i));
        }
        return thisRem - thatRem;
    }

    /** The relative index of the first element where the remaining elements differ, or -1. */
    public int mismatch(CharBuffer that) {
        int thisPos = position();
        int thatPos = that.position();
        int length = Math.min(remaining(), that.remaining());
        for (int i = 0; i < length; i++) {
            char a = at(thisPos + i);
            char b = that.at(thatPos + i);
            if (a != b) {
                return i;
            }
        }
        return remaining() == that.remaining() ? -1 : length;
    }

    private static int compare(char x, char y) {
        return Character.compare(x, y);
    }

    /** The remaining chars, which is what a CharBuffer is as a CharSequence. */
    @Override
    public String toString() {
        int pos = position();
        char[] chars = new char[remaining()];
        copyOut(pos, chars, 0, chars.length);
        return new String(chars);
    }

    @Override
    public final int length() {
        return remaining();
    }

    @Override
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    @Override
    public final char charAt(int index) {
        return get(position() + checkIndex(index, 1));
    }

    /** Chars {@code [start, end)} of the remaining ones, sharing this buffer's elements and capacity. */
    @Override
    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        if (str != null) {
            // the JDK's StringCharBuffer reports a bad range without a message
            if (start < 0 || end < 0 || start > end || end > limit() - pos) {
                throw new IndexOutOfBoundsException();
            }
        }
        Objects.checkFromToIndex(start, end, limit() - pos);
        return derive(-1, pos + start, pos + end, capacity(), 0, readOnly);
    }

    public final CharBuffer put(String src, int start, int end) {
        checkHeapWritable();
        Objects.checkFromIndexSize(start, end - start, src.length());
        checkWritable();
        int pos = position();
        if (end - start > limit() - pos) {
            throw new BufferOverflowException();
        }
        for (int i = start; i < end; i++) {
            set(pos++, src.charAt(i));
        }
        position(pos);
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    @Override
    public CharBuffer append(CharSequence csq) {
        return csq == null ? put("null") : put(csq.toString());
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence s = csq == null ? "null" : csq;
        return put(s.subSequence(start, end).toString());
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }

    /** Moves as many chars as fit into {@code target} with {@code target.put(this)}; -1 when none remain. */
    @Override
    public int read(CharBuffer target) {
        int limit = limit();
        int pos = position();
        int rem = limit - pos;
        if (rem <= 0) {
            return -1;
        }
        int targetRem = target.remaining();
        if (targetRem <= 0) {
            return 0;
        }
        int n = Math.min(rem, targetRem);
        if (targetRem < rem) {
            limit(pos + n);
        }
        try {
            target.put(this);
        } finally {
            limit(limit);
        }
        return n;
    }

    // Covariant overrides, as the JDK declares them (JDK 9+).

    @Override
    public CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public CharBuffer rewind() {
        super.rewind();
        return this;
    }
}
