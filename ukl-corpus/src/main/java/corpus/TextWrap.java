package corpus;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap and full justification of a paragraph at several widths. */
public final class TextWrap {
    private TextWrap() {}

    static final String TEXT =
            "  The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
                    + "How vexingly quick daft zebras jump; the five boxing wizards jump quickly.  Sphinx of black quartz, "
                    + "judge my vow. Antidisestablishmentarianism is a rather long word.  ";

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String justify(String line, int width) {
        String[] words = line.split(" ");
        if (words.length == 1) {
            return line;
        }
        int gaps = words.length - 1;
        int spaces = width - line.length() + gaps;
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            int here = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.append(" ".repeat(here)).append(words[i]);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int width : new int[] {20, 32, 50}) {
            System.out.println("+" + "-".repeat(width) + "+");
            List<String> lines = wrap(TEXT, width);
            for (int i = 0; i < lines.size(); i++) {
                String l = i == lines.size() - 1 ? lines.get(i) : justify(lines.get(i), width);
                System.out.println("|" + l + " ".repeat(Math.max(0, width - l.length())) + "|");
            }
            System.out.println("+" + "-".repeat(width) + "+ " + lines.size() + " lines");
        }
        StringBuilder centered = new StringBuilder();
        for (String l : wrap("centered text looks tidy in a narrow column", 16)) {
            int pad = (16 - l.length()) / 2;
            centered.append(String.format("%" + (pad + l.length()) + "s%n", l));
        }
        System.out.print(centered);
    }
}
