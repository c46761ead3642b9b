package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Integer/Long/Short/Byte formatting and parsing against the JDK, including the exception messages. */
class IntegerFormattingTest {
    private static final Shadow SHADOW = new Shadow(
            "java/lang/Integer",
            "java/lang/Long",
            "java/lang/Short",
            "java/lang/Byte",
            "java/lang/Character",
            "java/lang/UnicodeProperties",
            "java/lang/UnicodeTables",
            "java/lang/Primitives");

    private static Object outcome(Supplier<Object> call) {
        try {
            return call.get();
        } catch (NumberFormatException e) {
            return "NumberFormatException: " + e.getMessage();
        }
    }

    private static Object ours(Method m, Object... args) {
        try {
            return Shadow.call(m, args);
        } catch (NumberFormatException e) {
            return "NumberFormatException: " + e.getMessage();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Test
    void formattingMatchesTheJdk() {
        SplittableRandom random = new SplittableRandom(1);
        Method intToString = SHADOW.method("java/lang/Integer", "toString", int.class);
        Method intRadix = SHADOW.method("java/lang/Integer", "toString", int.class, int.class);
        Method hex = SHADOW.method("java/lang/Integer", "toHexString", int.class);
        Method bin = SHADOW.method("java/lang/Integer", "toBinaryString", int.class);
        Method unsigned = SHADOW.method("java/lang/Integer", "toUnsignedString", int.class);
        Method longToString = SHADOW.method("java/lang/Long", "toString", long.class);
        Method longRadix = SHADOW.method("java/lang/Long", "toString", long.class, int.class);
        Method longUnsigned = SHADOW.method("java/lang/Long", "toUnsignedString", long.class, int.class);
        Method longOctal = SHADOW.method("java/lang/Long", "toOctalString", long.class);
        int[] edges = {0, 1, -1, 9, 10, -10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, 999_999_999, 1_000_000_000};
        for (int k = 0; k < 20_000; k++) {
            int i = k < edges.length ? edges[k] : random.nextInt() >> random.nextInt(32);
            long l = k < edges.length ? (long) edges[k] * 1_000_003L : random.nextLong() >> random.nextInt(64);
            int radix = random.nextInt(1, 38);
            assertEquals(Integer.toString(i), ours(intToString, i));
            assertEquals(Integer.toString(i, radix), ours(intRadix, i, radix));
            assertEquals(Integer.toHexString(i), ours(hex, i));
            assertEquals(Integer.toBinaryString(i), ours(bin, i));
            assertEquals(Integer.toUnsignedString(i), ours(unsigned, i));
            assertEquals(Long.toString(l), ours(longToString, l));
            assertEquals(Long.toString(l, radix), ours(longRadix, l, radix));
            assertEquals(Long.toUnsignedString(l, radix), ours(longUnsigned, l, radix));
            assertEquals(Long.toOctalString(l), ours(longOctal, l));
        }
    }

    @Test
    void parsingMatchesTheJdk() {
        Method parseInt = SHADOW.method("java/lang/Integer", "parseInt", String.class, int.class);
        Method parseLong = SHADOW.method("java/lang/Long", "parseLong", String.class, int.class);
        Method parseUnsignedLong = SHADOW.method("java/lang/Long", "parseUnsignedLong", String.class, int.class);
        Method parseUnsignedInt = SHADOW.method("java/lang/Integer", "parseUnsignedInt", String.class, int.class);
        Method parseShort = SHADOW.method("java/lang/Short", "parseShort", String.class, int.class);
        Method parseByte = SHADOW.method("java/lang/Byte", "parseByte", String.class, int.class);
        Method decode = SHADOW.method("java/lang/Long", "decode", String.class, long.class, long.class);
        String[] inputs = {
            "0",
            "-0",
            "+0",
            "1",
            "-1",
            "+",
            "-",
            "",
            "12x",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "18446744073709551615",
            "18446744073709551616",
            "ff",
            "FF",
            "-ff",
            "zz",
            "ZZ",
            "7fffffff",
            "80000000",
            "ffffffff",
            "127",
            "128",
            "-128",
            "-129",
            "32767",
            "32768",
            "1_000",
            " 1",
            "1 ",
            "١٢٣",
            "０x"
        };
        for (String s : inputs) {
            for (int radix : new int[] {1, 2, 8, 10, 16, 36, 37}) {
                assertEquals(outcome(() -> Integer.parseInt(s, radix)), ours(parseInt, s, radix), s + " " + radix);
                assertEquals(outcome(() -> Long.parseLong(s, radix)), ours(parseLong, s, radix), s + " " + radix);
                assertEquals(outcome(() -> Long.parseUnsignedLong(s, radix)), ours(parseUnsignedLong, s, radix), s);
                assertEquals(outcome(() -> Integer.parseUnsignedInt(s, radix)), ours(parseUnsignedInt, s, radix), s);
                assertEquals(outcome(() -> Short.parseShort(s, radix)), ours(parseShort, s, radix), s + " " + radix);
                assertEquals(outcome(() -> Byte.parseByte(s, radix)), ours(parseByte, s, radix), s + " " + radix);
            }
        }
        for (String s :
                new String[] {"0x1F", "-#10", "010", "0", "-0X7fffffffffffffff", "#", "0x", "--1", "+-1", "08"}) {
            assertEquals(outcome(() -> Long.decode(s)), ours(decode, s, Long.MIN_VALUE, Long.MAX_VALUE), s);
        }
        assertEquals(outcome(() -> Integer.parseInt(null, 10)), ours(parseInt, null, 10));
    }
}
