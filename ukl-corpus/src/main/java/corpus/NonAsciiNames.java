package corpus;

/**
 * Class and method names beyond ASCII, which an image keeps in modified UTF-8 (two or three bytes
 * a character, six for a supplementary one): Class.getName and getSimpleName, and a stack trace's
 * frame, printed as code points so that the output does not depend on the console's encoding.
 */
public final class NonAsciiNames {
    private NonAsciiNames() {}

    static final class Größe中𝑥 {
        private Größe中𝑥() {}

        static int überprüfen(int n) {
            if (n > 1) {
                throw new IllegalStateException("zu groß: " + n);
            }
            return n;
        }
    }

    static String codePoints(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            b.append(c < 0x80 ? String.valueOf((char) c) : "<U+" + Integer.toHexString(c) + ">");
            i += Character.charCount(c);
        }
        return b.toString();
    }

    public static void main(String[] args) {
        Class<?> c = Größe中𝑥.class;
        System.out.println("name " + codePoints(c.getName()));
        System.out.println("simple name " + codePoints(c.getSimpleName()));
        System.out.println("one String each time: " + (c.getName() == c.getName()));
        try {
            Größe中𝑥.überprüfen(2);
        } catch (IllegalStateException e) {
            System.out.println("message " + codePoints(e.getMessage()));
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("at " + codePoints(top.getClassName()) + "." + codePoints(top.getMethodName()) + " line "
                    + top.getLineNumber() + " of " + top.getFileName());
        }
    }
}
