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

    /** The chars as ints, read as the stream is pulled; sized, as the JDK's. */
    default java.util.stream.IntStream chars() {
        return java.util.stream.StreamSupport.intStream(
                java.util.Spliterators.spliterator(
                        new java.util.PrimitiveIterator.OfInt() {
                            private int index;

                            @Override
                            public boolean hasNext() {
                                return index < length();
                            }

                            @Override
                            public int nextInt() {
                                if (index >= length()) {
                                    throw new java.util.NoSuchElementException();
                                }
                                return charAt(index++);
                            }
                        },
                        length(),
                        java.util.Spliterator.ORDERED),
                false);
    }

    /** The code points, a surrogate pair as one; an unpaired surrogate as itself. */
    default java.util.stream.IntStream codePoints() {
        return java.util.stream.StreamSupport.intStream(
                java.util.Spliterators.spliteratorUnknownSize(
                        new java.util.PrimitiveIterator.OfInt() {
                            private int index;

                            @Override
                            public boolean hasNext() {
                                return index < length();
                            }

                            @Override
                            public int nextInt() {
                                if (index >= length()) {
                                    throw new java.util.NoSuchElementException();
                                }
                                char c = charAt(index++);
                                if (Character.isHighSurrogate(c) && index < length()) {
                                    char d = charAt(index);
                                    if (Character.isLowSurrogate(d)) {
                                        index++;
                                        return Character.toCodePoint(c, d);
                                    }
                                }
                                return c;
                            }
                        },
                        java.util.Spliterator.ORDERED),
                false);
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
