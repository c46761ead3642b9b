package java.lang;

public final class String implements CharSequence {
    private final char[] value;
    private int hash;

    public String(char[] chars) {
        value = chars;
    }

    public int length() {
        return value.length;
    }

    public char charAt(int index) {
        return value[index];
    }

    public String toString() {
        return this;
    }

    public static String valueOf(Object o) {
        return o == null ? "null" : o.toString();
    }
}
