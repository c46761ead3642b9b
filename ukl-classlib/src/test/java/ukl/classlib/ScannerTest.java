package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.Scanner;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scanner against the JDK's: the same random sequence of next/hasNext/nextLine/number calls over
 * the same random text, read through a source that hands out a few characters at a time (so the
 * buffering decisions are exercised), must give the same results and exceptions.
 */
class ScannerTest {
    private static final Shadow SHADOW = new Shadow("java/util/Scanner");

    /** A reader that returns at most {@code chunk} characters per read. */
    private static final class Trickle extends Reader {
        private final StringReader in;
        private final int chunk;

        Trickle(String text, int chunk) {
            this.in = new StringReader(text);
            this.chunk = chunk;
        }

        @Override
        public int read(char[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, chunk));
        }

        @Override
        public void close() {
            in.close();
        }
    }

    private static final String[] PIECES = {
        "12",
        "-7",
        "+3",
        "0",
        "007",
        "1,234",
        "12,34",
        "2147483648",
        "-9223372036854775808",
        "99999999999999999999",
        "3.5",
        "-.5",
        "1e3",
        "1.5E-2",
        "NaN",
        "-Infinity",
        "\u221e",
        "0x1.8p1",
        "1f",
        "true",
        "FALSE",
        "word",
        "a-b",
        "\u0661\u0662",
        "caf\u00e9",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\u2028",
        "\u0085",
        ",",
        ";",
        ";;",
    };

    private static String randomText(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(30); n > 0; n--) {
            String p = PIECES[random.nextInt(PIECES.length)];
            b.append(p);
            if (random.nextInt(3) > 0) {
                b.append(random.nextBoolean() ? " " : "\n");
            }
        }
        return b.toString();
    }

    private static String outcome(Callable<?> call) {
        try {
            return String.valueOf(call.call());
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static final String[] OPS = {
        "next",
        "hasNext",
        "nextLine",
        "hasNextLine",
        "nextInt",
        "hasNextInt",
        "nextLong",
        "hasNextLong",
        "nextDouble",
        "hasNextDouble",
        "nextBoolean",
        "hasNextBoolean",
        "nextByte",
        "hasNextShort",
        "nextFloat",
    };

    @Test
    void randomCallSequencesMatchTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(41);
        Class<?> ours = SHADOW.loadClass("shadow.Scanner");
        for (int run = 0; run < 1500; run++) {
            String text = randomText(random);
            int chunk = 1 + random.nextInt(random.nextBoolean() ? 3 : 2000);
            Scanner jdk = new Scanner(new Trickle(text, chunk));
            Object mine = ours.getConstructor(Readable.class).newInstance(new Trickle(text, chunk));
            String delimiter =
                    switch (random.nextInt(6)) {
                        case 0 -> ",";
                        case 1 -> "[;,\\s]+";
                        case 2 -> "\\s*;\\s*";
                        default -> null;
                    };
            if (delimiter != null) {
                jdk.useDelimiter(delimiter);
                ours.getMethod("useDelimiter", String.class).invoke(mine, delimiter);
            }
            StringBuilder trace = new StringBuilder();
            for (int step = 0; step < 25; step++) {
                String op = OPS[random.nextInt(OPS.length)];
                Method j = Scanner.class.getMethod(op);
                Method o = ours.getMethod(op);
                trace.append(op).append(' ');
                String expected = outcome(() -> j.invoke(jdk));
                String actual = outcome(() -> o.invoke(mine));
                assertEquals(expected, actual, "text " + Pattern.quote(text) + " chunk " + chunk + ": " + trace);
            }
        }
    }

    @Test
    void radixPatternsAndClosingMatchTheJdk() throws Exception {
        Class<?> ours = SHADOW.loadClass("shadow.Scanner");
        String text = "ff 7f -80 zz 10 abc\nrest of line\nx=1;y=2";
        Scanner jdk = new Scanner(text);
        Object mine = ours.getConstructor(String.class).newInstance(text);
        String[][] calls = {
            {"nextInt", "16"},
            {"hasNextByte", "16"},
            {"nextByte", "16"},
            {"nextByte", "16"},
            {"nextInt", "36"},
            {"useRadix", "2"},
            {"hasNextInt", null},
            {"nextInt", null},
            {"radix", null},
            {"findInLine", "a.c"},
            {"nextLine", null},
            {"findWithinHorizon", "of"},
            {"nextLine", null},
            {"skip", "x="},
            {"findInLine", "\\d"},
            {"next", null},
            {"useRadix", "99"},
            {"hasNext", null},
            {"close", null},
            {"hasNext", null},
            {"next", null}
        };
        for (String[] call : calls) {
            String expected;
            String actual;
            if (call[1] == null) {
                expected = outcome(() -> Scanner.class.getMethod(call[0]).invoke(jdk));
                actual = outcome(() -> ours.getMethod(call[0]).invoke(mine));
            } else if (call[1].matches("\\d+")) {
                int n = Integer.parseInt(call[1]);
                expected = outcome(
                        () -> Scanner.class.getMethod(call[0], int.class).invoke(jdk, n));
                actual = outcome(() -> ours.getMethod(call[0], int.class).invoke(mine, n));
                if (call[0].startsWith("use")) {
                    expected = expected.startsWith("java.util.Scanner") ? "this" : expected;
                    actual = actual.startsWith("java.util.Scanner") ? "this" : actual;
                }
            } else if (call[0].equals("findWithinHorizon")) {
                expected = outcome(() -> jdk.findWithinHorizon(call[1], 0));
                actual = outcome(
                        () -> ours.getMethod(call[0], String.class, int.class).invoke(mine, call[1], 0));
            } else {
                expected = outcome(
                        () -> Scanner.class.getMethod(call[0], String.class).invoke(jdk, call[1]));
                actual = outcome(() -> ours.getMethod(call[0], String.class).invoke(mine, call[1]));
                if (call[0].equals("skip")) {
                    expected = expected.startsWith("java.util.Scanner") ? "this" : expected;
                    actual = actual.startsWith("java.util.Scanner") ? "this" : actual;
                }
            }
            assertEquals(expected, actual, call[0] + " " + call[1]);
        }
    }
}
