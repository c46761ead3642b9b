package corpus;

/** java.lang.String: search, slicing, comparison, case, trimming, splitting, UTF-8 and the JDK's messages. */
public final class StringOps {
    private StringOps() {}

    static void show(String label, Object value) {
        System.out.println(label + ": " + value);
    }

    public static void main(String[] args) {
        String s = "Hello, World";
        show("length", s.length());
        show("charAt", s.charAt(4));
        show("indexOf", s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf("World") + " " + s.indexOf("x"));
        show("lastIndexOf", s.lastIndexOf('o') + " " + s.lastIndexOf("l") + " " + s.lastIndexOf('l', 5));
        show("substring", s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(3, 3) + "|");
        show("concat", s.concat("!") + " " + "".concat(""));
        show(
                "startsWith",
                s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("ld") + " " + s.endsWith("x"));
        show("contains", s.contains("lo, W") + " " + s.contains(""));
        show(
                "compareTo",
                "apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " "
                        + "abc".compareTo("abc"));
        show("compareToIgnoreCase", "ABC".compareToIgnoreCase("abd") + " " + "Hello".equalsIgnoreCase("hELLO"));
        show(
                "hashCode",
                "".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " " + "polygenelubricants".hashCode());
        show(
                "case",
                s.toUpperCase() + " " + s.toLowerCase() + " " + "straße".toUpperCase() + " " + "ÀÉÎõü".toLowerCase()
                        + " " + "ÿ".toUpperCase());
        show(
                "trim",
                "[" + "  \t padded \n ".trim() + "][" + "\u2003x\u2003".strip() + "][" + "  x ".stripLeading() + "]["
                        + "  x ".stripTrailing() + "]");
        show("blank", "   ".isBlank() + " " + "".isEmpty() + " " + " a ".isBlank());
        show(
                "replace",
                s.replace('l', 'L') + " " + s.replace("o", "0") + " " + "aaa".replace("aa", "b") + " "
                        + "abc".replace("", "-"));
        show("repeat", "ab".repeat(3) + "|" + "x".repeat(0) + "|");
        show(
                "split",
                String.join("/", "a,b,,c,,".split(",")) + " " + "a,b,,c,,".split(",").length + " "
                        + "a,b,c".split(",", 2).length + " " + "a.b.c".split("\\.").length + " "
                        + "a--b--c".split("--").length
                        + " " + String.join("|", "abc".split("")) + " " + ",a".split(",").length + " "
                        + "".split(",").length);
        show("join", String.join(", ", "x", "y", "z"));
        show(
                "valueOf",
                String.valueOf(true)
                        + String.valueOf('c')
                        + String.valueOf(42)
                        + String.valueOf(-7L)
                        + String.valueOf(1.5f)
                        + String.valueOf(2.25)
                        + String.valueOf((Object) null)
                        + String.valueOf(new char[] {'o', 'k'}));
        show(
                "chars",
                new String(new char[] {'a', 'b', 'c', 'd'}, 1, 2) + " " + String.copyValueOf(s.toCharArray(), 0, 5));
        char[] dst = new char[5];
        s.getChars(7, 12, dst, 0);
        show("getChars", new String(dst));
        String unicode = "aé€😀";
        byte[] utf8 = unicode.getBytes();
        show(
                "utf8",
                unicode.length() + " " + utf8.length + " " + new String(utf8).equals(unicode) + " "
                        + unicode.codePointAt(3) + " " + unicode.codePointCount(0, unicode.length()));
        byte[] malformed = {'o', 'k', (byte) 0xff, (byte) 0xc3, 'x', (byte) 0xe2, (byte) 0x82};
        String decoded = new String(malformed);
        show(
                "malformed",
                decoded.length() + " " + (int) decoded.charAt(2) + " " + (int) decoded.charAt(3) + " "
                        + decoded.charAt(4));
        show("regionMatches", s.regionMatches(true, 7, "WORLD", 0, 5) + " " + s.regionMatches(7, "WORLD", 0, 5));
        show(
                "equals",
                s.equals("Hello, World") + " " + s.equals(null) + " " + s.equals(new StringBuilder(s)) + " "
                        + s.contentEquals(new StringBuilder(s)));
        show(
                "intern-free identity",
                (s == "Hello, World") + " " + (new String(s) == s) + " " + new String(s).equals(s));
        String[] bad = {"charAt", "substring", "substring2", "newString"};
        for (String b : bad) {
            try {
                switch (b) {
                    case "charAt" -> s.charAt(20);
                    case "substring" -> s.substring(5, 2);
                    case "substring2" -> s.substring(-1);
                    default -> new String(new char[3], 2, 5);
                }
            } catch (IndexOutOfBoundsException e) {
                show(b, e);
            }
        }
        switch (s.substring(0, 5)) {
            case "Hello" -> show("switch", "hello branch");
            case "World" -> show("switch", "world branch");
            default -> show("switch", "default");
        }
    }
}
