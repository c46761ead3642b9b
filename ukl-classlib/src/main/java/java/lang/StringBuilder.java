package java.lang;

import java.io.Serializable;

/**
 * A growable UTF-16 buffer. javac's string concatenation ({@code -XDstringConcat=inline}, and the
 * linker's lowering of {@code StringConcatFactory}) turns every {@code a + b} into a chain of these
 * appends, so numbers are formatted straight into the buffer without a temporary string.
 */
public final class StringBuilder implements Serializable, Comparable<StringBuilder>, CharSequence, Appendable {
    private char[] value;
    private int count;

    public StringBuilder() {
        value = new char[16];
    }

    public StringBuilder(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException(Integer.toString(capacity));
        }
        value = new char[capacity];
    }

    public StringBuilder(String str) {
        value = new char[str.length() + 16];
        append(str);
    }

    public StringBuilder(CharSequence seq) {
        value = new char[seq.length() + 16];
        append(seq);
    }

    char[] value() {
        return value;
    }

    @Override
    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            grow(minimumCapacity);
        }
    }

    public void trimToSize() {
        if (count < value.length) {
            value = copyOf(value, count);
        }
    }

    /** Grows like the JDK: to twice the old capacity plus two, or to what is needed if more. */
    private void grow(int minimumCapacity) {
        if (minimumCapacity < 0) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        int newCapacity = value.length * 2 + 2;
        if (newCapacity - minimumCapacity < 0 || newCapacity < 0) {
            newCapacity = minimumCapacity;
        }
        value = copyOf(value, newCapacity);
    }

    private static char[] copyOf(char[] v, int length) {
        char[] copy = new char[length];
        System.arraycopy(v, 0, copy, 0, Math.min(v.length, length));
        return copy;
    }

    /** Makes room for {@code n} more chars and returns the index to write them at. */
    private int reserve(int n) {
        int at = count;
        if (at + n > value.length || at + n < 0) {
            grow(at + n);
        }
        count = at + n;
        return at;
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = '\0';
        }
        count = newLength;
    }

    @Override
    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }

    public int codePointAt(int index) {
        char c = charAt(index);
        if (Character.isHighSurrogate(c) && index + 1 < count && Character.isLowSurrogate(value[index + 1])) {
            return Character.toCodePoint(c, value[index + 1]);
        }
        return c;
    }

    public int codePointBefore(int index) {
        if (index < 1 || index > count) {
            throw new StringIndexOutOfBoundsException(Preconditions.indexMessage(index, count));
        }
        return Character.codePointBefore(value, index, 0);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        Preconditions.checkFromToIndexPlain(beginIndex, endIndex, count);
        return Character.codePointCount(this, beginIndex, endIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void setCharAt(int index, char ch) {
        checkIndex(index);
        value[index] = ch;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException(Preconditions.indexMessage(index, count));
        }
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        Preconditions.checkFromToIndex(srcBegin, srcEnd, count);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public StringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        char[] s = str.value();
        int at = reserve(s.length);
        System.arraycopy(s, 0, value, at, s.length);
        return this;
    }

    public StringBuilder append(StringBuilder sb) {
        if (sb == null) {
            return appendNull();
        }
        int n = sb.count;
        int at = reserve(n);
        System.arraycopy(sb.value, 0, value, at, n);
        return this;
    }

    public StringBuilder append(StringBuffer sb) {
        return append(sb == null ? null : sb.toString());
    }

    @Override
    public StringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String str) {
            return append(str);
        }
        if (s instanceof StringBuilder sb) {
            return append(sb);
        }
        return append(s, 0, s.length());
    }

    @Override
    public StringBuilder append(CharSequence s, int start, int end) {
        CharSequence seq = s == null ? "null" : s;
        Preconditions.checkFromToIndexPlain(start, end, seq.length());
        int at = reserve(end - start);
        for (int i = start; i < end; i++) {
            value[at++] = seq.charAt(i);
        }
        return this;
    }

    public StringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public StringBuilder append(char[] str, int offset, int len) {
        Preconditions.checkFromToIndexPlain(offset, offset + len, str.length);
        int at = reserve(len);
        System.arraycopy(str, offset, value, at, len);
        return this;
    }

    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    @Override
    public StringBuilder append(char c) {
        int at = count;
        if (at == value.length) {
            grow(at + 1);
        }
        value[at] = c;
        count = at + 1;
        return this;
    }

    public StringBuilder append(int i) {
        int n = Integer.stringSize(i);
        int at = reserve(n);
        Integer.getChars(i, at + n, value);
        return this;
    }

    public StringBuilder append(long l) {
        int n = Long.stringSize(l);
        int at = reserve(n);
        Long.getChars(l, at + n, value);
        return this;
    }

    public StringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public StringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public StringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        int at = reserve(2);
        Character.toChars(codePoint, value, at);
        return this;
    }

    private StringBuilder appendNull() {
        int at = reserve(4);
        value[at] = 'n';
        value[at + 1] = 'u';
        value[at + 2] = 'l';
        value[at + 3] = 'l';
        return this;
    }

    public StringBuilder delete(int start, int end) {
        int stop = Math.min(end, count);
        Preconditions.checkFromToIndex(start, stop, count);
        System.arraycopy(value, stop, value, start, count - stop);
        count -= stop - start;
        return this;
    }

    public StringBuilder deleteCharAt(int index) {
        checkIndex(index);
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public StringBuilder replace(int start, int end, String str) {
        int stop = Math.min(end, count);
        Preconditions.checkFromToIndex(start, stop, count);
        char[] s = str.value();
        int newCount = count + s.length - (stop - start);
        ensureCapacity(newCount);
        System.arraycopy(value, stop, value, start + s.length, count - stop);
        System.arraycopy(s, 0, value, start, s.length);
        count = newCount;
        return this;
    }

    public StringBuilder insert(int offset, String str) {
        String s = String.valueOf(str);
        return insert(offset, s.value(), 0, s.length());
    }

    public StringBuilder insert(int offset, char[] str) {
        return insert(offset, str, 0, str.length);
    }

    public StringBuilder insert(int index, char[] str, int offset, int len) {
        Preconditions.checkOffset(index, count);
        Preconditions.checkFromToIndex(offset, offset + len, str.length);
        ensureCapacity(count + len);
        System.arraycopy(value, index, value, index + len, count - index);
        System.arraycopy(str, offset, value, index, len);
        count += len;
        return this;
    }

    public StringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public StringBuilder insert(int offset, CharSequence s) {
        return insert(offset, String.valueOf(s));
    }

    public StringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        CharSequence seq = s == null ? "null" : s;
        Preconditions.checkOffset(dstOffset, count);
        Preconditions.checkFromToIndexPlain(start, end, seq.length());
        return insert(dstOffset, seq.subSequence(start, end).toString());
    }

    public StringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public StringBuilder insert(int offset, char c) {
        return insert(offset, new char[] {c}, 0, 1);
    }

    public StringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public StringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public StringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public StringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    /** Appends {@code count} copies of {@code codePoint} (JDK 21). */
    public StringBuilder repeat(int codePoint, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        for (int i = 0; i < count; i++) {
            appendCodePoint(codePoint);
        }
        return this;
    }

    /** Appends {@code count} copies of {@code cs} (JDK 21). */
    public StringBuilder repeat(CharSequence cs, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        String s = String.valueOf(cs);
        for (int i = 0; i < count; i++) {
            append(s);
        }
        return this;
    }

    public int indexOf(String str) {
        return String.indexOf(value, count, str.value(), 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(value, count, str.value(), fromIndex);
    }

    public int lastIndexOf(String str) {
        return String.lastIndexOf(value, count, str.value(), count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(value, count, str.value(), fromIndex);
    }

    /** Reverses the chars, keeping each surrogate pair in order (as the JDK does). */
    public StringBuilder reverse() {
        boolean surrogates = false;
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char a = value[i];
            char b = value[j];
            value[i] = b;
            value[j] = a;
            surrogates |= Character.isSurrogate(a) || Character.isSurrogate(b);
        }
        if (count % 2 == 1 && Character.isSurrogate(value[count / 2])) {
            surrogates = true;
        }
        if (surrogates) {
            for (int i = 0; i < count - 1; i++) {
                if (Character.isLowSurrogate(value[i]) && Character.isHighSurrogate(value[i + 1])) {
                    char t = value[i];
                    value[i] = value[i + 1];
                    value[i + 1] = t;
                    i++;
                }
            }
        }
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public String substring(int start, int end) {
        Preconditions.checkFromToIndex(start, end, count);
        return new String(value, start, end - start);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    @Override
    public int compareTo(StringBuilder other) {
        return CharSequence.compare(this, other);
    }

    @Override
    public String toString() {
        return new String(value, 0, count);
    }
}
