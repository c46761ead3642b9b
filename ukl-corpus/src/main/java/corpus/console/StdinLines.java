package corpus.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads {@code System.in} line by line to its end, as a filter does, and reports what it read. */
public final class StdinLines {
    private StdinLines() {}

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int lines = 0;
        long chars = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            chars += line.length();
            System.out.println(lines + ": " + new StringBuilder(line).reverse() + " (" + line.length() + ")");
        }
        System.out.println("end of input after " + lines + " lines, " + chars + " chars");
        System.err.println("ready: " + in.ready());
    }
}
