package java.util;

/**
 * Joins strings with a delimiter between them and a prefix and suffix around them. The prefix and
 * the joined elements are kept in one builder, so {@code toString} costs one copy.
 */
public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    /** The prefix followed by the elements and their delimiters. */
    private final StringBuilder joined;

    private int size;
    /** What {@code toString} returns before any add; null means prefix + suffix. */
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
        this.joined = new StringBuilder(this.prefix);
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null")
                .toString();
        return this;
    }

    public StringJoiner add(CharSequence newElement) {
        if (size > 0) {
            joined.append(delimiter);
        }
        joined.append(String.valueOf(newElement));
        size++;
        return this;
    }

    /** Adds the other joiner's elements, without its prefix and suffix, as one element. */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.size > 0) {
            add(other.joined.substring(other.prefix.length()));
        }
        return this;
    }

    public int length() {
        return size == 0 && emptyValue != null ? emptyValue.length() : joined.length() + suffix.length();
    }

    @Override
    public String toString() {
        if (size == 0 && emptyValue != null) {
            return emptyValue;
        }
        if (suffix.isEmpty()) {
            return joined.toString();
        }
        int elementsEnd = joined.length();
        String s = joined.append(suffix).toString();
        joined.setLength(elementsEnd);
        return s;
    }
}
