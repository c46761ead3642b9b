package corpus;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * System.setOut, setErr and setIn redirected to byte arrays and back; PrintStreams in other
 * charsets (one byte-order mark for UTF-16 however many prints); checkError and printf.
 */
public final class SystemStreamsRedirect {
    private SystemStreamsRedirect() {}

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            String h = Integer.toHexString(b & 0xff);
            s.append(h.length() == 1 ? "0" : "").append(h);
        }
        return s.toString();
    }

    public static void main(String[] args) throws IOException {
        System.out.print("before ");
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true));
        System.out.println("captured line");
        System.out.printf("%d + %d = %d%n", 2, 3, 5);
        System.setOut(console);
        System.out.println("after; captured " + captured.size() + " bytes: " + captured.toString().replace("\n", "|"));

        PrintStream stderr = System.err;
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setErr(new PrintStream(errors));
        new IllegalStateException("quiet").printStackTrace(System.err);
        System.err.flush();
        System.setErr(stderr);
        String trace = errors.toString();
        System.out.println("stack trace captured: " + trace.substring(0, trace.indexOf('\n')));

        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("first line\nsecond\n".getBytes(StandardCharsets.UTF_8)));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("read: " + in.readLine() + " / " + in.readLine() + " / " + in.readLine());
        System.setIn(stdin);

        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        PrintStream latinOut = new PrintStream(latin, false, StandardCharsets.ISO_8859_1);
        latinOut.print("caf\u00e9 \u20ac");
        latinOut.println(1.5);
        latinOut.flush();
        System.out.println(latinOut.charset() + ": " + hex(latin.toByteArray()) + " error " + latinOut.checkError());

        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        PrintStream utf16Out = new PrintStream(utf16, true, StandardCharsets.UTF_16);
        utf16Out.print("a");
        utf16Out.print('b');
        utf16Out.println();
        System.out.println(utf16Out.charset() + ": " + hex(utf16.toByteArray()));
        PrintStream bytesOut = new PrintStream(new ByteArrayOutputStream());
        bytesOut.write(new byte[] {1, 2, 3});
        bytesOut.close();
        System.out.println("closed error " + bytesOut.checkError());
    }
}
