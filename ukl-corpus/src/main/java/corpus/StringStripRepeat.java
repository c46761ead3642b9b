package corpus;

/** strip, stripLeading, stripTrailing, isBlank, repeat and their difference from trim. */
public final class StringStripRepeat {
    private StringStripRepeat() {}

    static String show(String s) {
        return "[" + s + "]";
    }

    public static void main(String[] args) {
        String[] samples = {
            "  padded  ", "\t tabs\t", "", "   ", "none", "\u2003em space\u2003", "\u0001ctl\u0001", "\n\r line \n"
        };
        for (String s : samples) {
            System.out.println(show(s.strip()) + " " + show(s.stripLeading()) + " " + show(s.stripTrailing()) + " "
                    + show(s.trim()) + " blank=" + s.isBlank() + " empty=" + s.isEmpty());
        }
        System.out.println("ab".repeat(3) + "|" + "x".repeat(0) + "|" + "".repeat(5) + "|" + "-".repeat(20));
        for (int n = 1; n <= 4; n++) {
            System.out.println(" ".repeat(4 - n) + "*".repeat(2 * n - 1));
        }
        try {
            "x".repeat(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        String title = "report";
        String line = "=".repeat(title.length() + 4);
        System.out.println(line + "\n= " + title.toUpperCase() + " =\n" + line);
    }
}
