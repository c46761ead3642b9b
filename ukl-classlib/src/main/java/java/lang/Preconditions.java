package java.lang;

/** Bounds checks with the JDK's messages ({@code jdk.internal.util.Preconditions}). */
final class Preconditions {
    private Preconditions() {}

    static String indexMessage(int index, int length) {
        return "Index " + index + " out of bounds for length " + length;
    }

    static String rangeMessage(int from, int to, int length) {
        return "Range [" + from + ", " + to + ") out of bounds for length " + length;
    }

    /** Throws StringIndexOutOfBoundsException unless {@code 0 <= from <= to <= length}. */
    static void checkFromToIndex(int from, int to, int length) {
        if (from < 0 || from > to || to > length) {
            throw new StringIndexOutOfBoundsException(rangeMessage(from, to, length));
        }
    }

    /** The same check, reported as a plain IndexOutOfBoundsException (the JDK's choice for some arguments). */
    static void checkFromToIndexPlain(int from, int to, int length) {
        if (from < 0 || from > to || to > length) {
            throw new IndexOutOfBoundsException(rangeMessage(from, to, length));
        }
    }

    /** An insertion point: {@code 0 <= offset <= length}. */
    static void checkOffset(int offset, int length) {
        checkFromToIndex(offset, length, length);
    }

    /** Throws StringIndexOutOfBoundsException unless {@code [from, from + size)} lies in {@code [0, length)}. */
    static void checkFromIndexSize(int from, int size, int length) {
        if ((length | from | size) < 0 || size > length - from) {
            throw new StringIndexOutOfBoundsException(
                    "Range [" + from + ", " + from + " + " + size + ") out of bounds for length " + length);
        }
    }
}
