package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The helpers behind String: UTF-8 coding and split, against the JDK's behaviour. */
class StringHelpersTest {
    private static final Shadow SHADOW = new Shadow(
            "java/lang/Utf8",
            "java/lang/Split",
            "java/lang/Character",
            "java/lang/UnicodeProperties",
            "java/lang/UnicodeTables",
            "java/lang/Primitives");

    @Test
    void utf8DecodingReplacesMaximalSubpartsLikeTheJdk() throws Throwable {
        Method decode = SHADOW.method("java/lang/Utf8", "decode", byte[].class, int.class, int.class);
        Method encode = SHADOW.method("java/lang/Utf8", "encode", char[].class, int.class, int.class);
        SplittableRandom random = new SplittableRandom(17);
        byte[] interesting = {
            0,
            0x41,
            0x7f,
            (byte) 0x80,
            (byte) 0xbf,
            (byte) 0xc0,
            (byte) 0xc2,
            (byte) 0xdf,
            (byte) 0xe0,
            (byte) 0xa0,
            (byte) 0xed,
            (byte) 0x9f,
            (byte) 0xef,
            (byte) 0xf0,
            (byte) 0x90,
            (byte) 0xf4,
            (byte) 0x8f,
            (byte) 0xf5,
            (byte) 0xff
        };
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = random.nextBoolean()
                        ? interesting[random.nextInt(interesting.length)]
                        : (byte) random.nextInt();
            }
            String jdk = new String(bytes, StandardCharsets.UTF_8);
            assertEquals(jdk, new String((char[]) Shadow.call(decode, bytes, 0, bytes.length)), Arrays.toString(bytes));
        }
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(6)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] =
                        random.nextInt(4) == 0 ? (char) random.nextInt(0xd7f0, 0xe010) : (char) random.nextInt(0x10000);
            }
            assertArrayEquals(
                    new String(chars).getBytes(StandardCharsets.UTF_8),
                    (byte[]) Shadow.call(encode, chars, 0, chars.length),
                    Arrays.toString(chars));
        }
    }

    @Test
    void literalSplitMatchesTheRegexSplit() throws Throwable {
        Method literal = SHADOW.method("java/lang/Split", "literal", String.class);
        Method split = SHADOW.method("java/lang/Split", "split", String.class, String.class, int.class);
        SplittableRandom random = new SplittableRandom(23);
        String[] separators = {",", "--", "\\.", "\\|", "ab", "", " "};
        char[] alphabet = {'a', 'b', ',', '-', '.', '|', ' '};
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(8)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(chars);
            String regex = separators[random.nextInt(separators.length)];
            int limit = random.nextInt(-1, 4);
            String sep = (String) Shadow.call(literal, regex);
            assertArrayEquals(
                    s.split(regex, limit),
                    (String[]) Shadow.call(split, s, sep, limit),
                    "\"" + s + "\".split(\"" + regex + "\", " + limit + ")");
        }
    }
}
