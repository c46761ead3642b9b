package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    CharSequence subSequence(int start, int end);

    @Override
    String toString();

    default boolean isEmpty() {
        return length() == 0;
    }

    /** The chars as ints, in order (an eager {@link java.util.stream.IntStream}; see that package). */
    default java.util.stream.IntStream chars() {
        int[] codes = new int[length()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = charAt(i);
        }
        return java.util.stream.IntStream.of(codes);
    }

    /** Lexicographic comparison of two sequences by {@code char} values. */
    static int compare(CharSequence a, CharSequence b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
