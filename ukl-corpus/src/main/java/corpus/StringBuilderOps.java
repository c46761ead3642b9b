package corpus;

/** java.lang.StringBuilder: appends of every type, insert, delete, replace, reverse and growth. */
public final class StringBuilderOps {
    private StringBuilderOps() {}

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true)
                .append(' ')
                .append('c')
                .append(' ')
                .append(42)
                .append(' ')
                .append(-9_000_000_000L)
                .append(' ')
                .append(1.5f)
                .append(' ')
                .append(-0.25)
                .append(' ')
                .append((Object) null)
                .append(' ')
                .append((String) null)
                .append(' ')
                .append(new char[] {'x', 'y'})
                .append(' ')
                .append((CharSequence) "seq")
                .append(' ')
                .append("abcdef", 1, 3)
                .append(' ')
                .append(Integer.MIN_VALUE)
                .append(' ')
                .append(Long.MIN_VALUE);
        System.out.println(sb);
        System.out.println(sb.length() + " " + sb.indexOf("42") + " " + sb.lastIndexOf(" ") + " " + sb.charAt(0));
        StringBuilder t = new StringBuilder("0123456789");
        t.insert(0, "<").insert(t.length(), '>').insert(5, 3.5).insert(1, true).insert(2, new char[] {'!', '?'});
        System.out.println(t);
        t.delete(0, 3).deleteCharAt(0).replace(2, 6, "REPLACED").setCharAt(0, '#');
        System.out.println(t + " " + t.length());
        t.setLength(5);
        System.out.println("[" + t + "]");
        t.setLength(7);
        System.out.println(t.length() + " " + (int) t.charAt(6));
        System.out.println(new StringBuilder("stressed").reverse() + " " + new StringBuilder("a😀b").reverse() + " "
                + new StringBuilder().reverse().length());
        StringBuilder grow = new StringBuilder(1);
        for (int i = 0; i < 1000; i++) {
            grow.append(i % 10);
        }
        System.out.println(grow.length() + " " + grow.substring(995) + " " + grow.substring(10, 15) + " "
                + grow.subSequence(0, 3));
        StringBuilder cp = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println(cp.length() + " " + cp.codePointAt(0) + " " + cp);
        System.out.println(
                new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("x").isEmpty());
        String concat = "a" + 1 + 'b' + 2L + 3.0f + 4.0 + true + null + new StringBuilder("sb");
        System.out.println(concat);
        String[] cases = {"charAt", "deleteCharAt", "setLength", "substring"};
        for (String c : cases) {
            try {
                switch (c) {
                    case "charAt" -> sb.charAt(-1);
                    case "deleteCharAt" -> new StringBuilder("ab").deleteCharAt(2);
                    case "setLength" -> new StringBuilder().setLength(-3);
                    default -> new StringBuilder("abc").substring(2, 1);
                }
            } catch (IndexOutOfBoundsException e) {
                System.out.println(c + ": " + e);
            }
        }
    }
}
