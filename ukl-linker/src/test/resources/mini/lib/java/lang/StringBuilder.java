package java.lang;

public final class StringBuilder {
    private char[] chars = new char[16];
    private int length;

    public StringBuilder() {}

    public StringBuilder append(String s) {
        String t = s == null ? "null" : s;
        for (int i = 0; i < t.length(); i++) {
            put(t.charAt(i));
        }
        return this;
    }

    public StringBuilder append(Object o) {
        return append(String.valueOf(o));
    }

    public StringBuilder append(int v) {
        if (v < 0) {
            put('-');
            v = -v;
        }
        if (v >= 10) {
            append(v / 10);
        }
        put((char) ('0' + v % 10));
        return this;
    }

    private void put(char c) {
        if (length == chars.length) {
            char[] bigger = new char[length * 2];
            System.arraycopy(chars, 0, bigger, 0, length);
            chars = bigger;
        }
        chars[length++] = c;
    }

    public String toString() {
        char[] copy = new char[length];
        System.arraycopy(chars, 0, copy, 0, length);
        return new String(copy);
    }
}
