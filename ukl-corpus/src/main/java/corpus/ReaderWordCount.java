package corpus;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.PushbackReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts words line by line with a BufferedReader over a StringReader (lines end in "\n", "\r\n"
 * and "\r"), reports with a PrintWriter's printf into a StringWriter, and exercises the other
 * character streams: buffered writing, char arrays, pushback and mark/reset.
 */
public final class ReaderWordCount {
    private ReaderWordCount() {}

    private static final String TEXT = "the quick brown fox\r\njumps over\rthe lazy dog\n\nthe end\r\n"
            + "caf\u00e9 na\u00efve caf\u00e9\n  spaced   out  ";

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader(TEXT), 8);
        Map<String, Integer> counts = new TreeMap<>();
        int lines = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lines++;
            for (String word : line.trim().split(" ")) {
                if (!word.isEmpty()) {
                    counts.put(word, counts.getOrDefault(word, 0) + 1);
                }
            }
        }
        StringWriter report = new StringWriter();
        PrintWriter out = new PrintWriter(report);
        out.printf("%d lines, %d distinct words%n", lines, counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            out.printf("%-6s %3d%n", e.getKey(), e.getValue());
        }
        out.print('[');
        out.print(3.25);
        out.println(']');
        out.flush();
        System.out.print(report);
        System.out.println("error: " + out.checkError());

        CharArrayWriter chars = new CharArrayWriter();
        BufferedWriter buffered = new BufferedWriter(chars, 4);
        buffered.write("abcdef", 1, 3);
        System.out.println("before flush " + chars.size());
        buffered.newLine();
        buffered.append("xy").append('z');
        buffered.flush();
        System.out.println("after flush " + chars.size() + ": " + chars.toString().replace("\n", "\\n"));

        BufferedReader marked = new BufferedReader(new StringReader("one\ntwo\nthree"));
        marked.mark(100);
        System.out.println(marked.readLine() + " " + marked.readLine());
        marked.reset();
        System.out.println("again " + marked.readLine() + ", skipped " + marked.skip(2) + ", then " + (char) marked.read());
        char[] buf = new char[10];
        System.out.println("read " + marked.read(buf, 0, 10) + " then " + marked.read(buf) + " ready " + marked.ready());

        PushbackReader pushback = new PushbackReader(new StringReader("123+45"), 2);
        StringBuilder number = new StringBuilder();
        int c;
        while ((c = pushback.read()) >= '0' && c <= '9') {
            number.append((char) c);
        }
        pushback.unread(c);
        System.out.println("number " + number + ", next " + (char) pushback.read());
        try {
            new StringReader("x").mark(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException " + e.getMessage());
        }
        StringReader closed = new StringReader("gone");
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("IOException " + e.getMessage());
        }
    }
}
