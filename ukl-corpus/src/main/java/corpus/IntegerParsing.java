package corpus;

/** Integer/Long/Short/Byte parsing and formatting in every radix, bit twiddling, and the JDK's messages. */
public final class IntegerParsing {
    private IntegerParsing() {}

    static void parse(String s, int radix) {
        try {
            System.out.println("parseInt(" + s + ", " + radix + ") = " + Integer.parseInt(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseInt(" + s + ", " + radix + "): " + e.getMessage());
        }
        try {
            System.out.println("parseLong(" + s + ", " + radix + ") = " + Long.parseLong(s, radix));
        } catch (NumberFormatException e) {
            System.out.println("parseLong(" + s + ", " + radix + "): " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] inputs = {
            "0",
            "-0",
            "+7",
            "123",
            "-2147483648",
            "2147483647",
            "2147483648",
            "-2147483649",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "",
            "-",
            "+",
            "12a",
            " 1",
            "1_000"
        };
        for (String s : inputs) {
            parse(s, 10);
        }
        parse("ff", 16);
        parse("-FF", 16);
        parse("zz", 36);
        parse("1010", 2);
        parse("777", 8);
        parse("8", 8);
        parse("1", 1);
        parse("1", 37);
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Integer.valueOf("-12")
                + " " + Long.valueOf("99"));
        for (String s : new String[] {"32768", "128"}) {
            try {
                System.out.println(s.length() == 5 ? Short.parseShort(s) : Byte.parseByte(s));
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-#10") + " " + Integer.decode("010") + " "
                + Long.decode("-0X7fffffffffffffff"));
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Long.parseUnsignedLong("18446744073709551615")
                + " " + Long.toUnsignedString(-1L) + " " + Integer.toUnsignedString(-1) + " "
                + Long.toUnsignedString(-1L, 7));
        int[] ints = {0, 1, -1, 42, -42, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678, 1 << 20};
        for (int i : ints) {
            System.out.println(i + " " + Integer.toString(i, 2) + " " + Integer.toString(i, 36) + " "
                    + Integer.toHexString(i) + " "
                    + Integer.toOctalString(i) + " " + Integer.toBinaryString(i) + " " + Integer.bitCount(i) + " "
                    + Integer.numberOfLeadingZeros(i) + " " + Integer.numberOfTrailingZeros(i) + " "
                    + Integer.highestOneBit(i) + " "
                    + Integer.lowestOneBit(i) + " " + Integer.reverse(i) + " " + Integer.reverseBytes(i) + " "
                    + Integer.rotateLeft(i, 5) + " " + Integer.rotateRight(i, 37) + " " + Integer.signum(i) + " "
                    + Integer.toUnsignedLong(i) + " " + Integer.compareUnsigned(i, 7) + " "
                    + Integer.divideUnsigned(i, 3) + " "
                    + Integer.remainderUnsigned(i, 3));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789abcdefL, 1L << 40, -1234567890123L};
        for (long l : longs) {
            System.out.println(l + " " + Long.toString(l, 16) + " " + Long.toString(l, 36) + " " + Long.toHexString(l)
                    + " "
                    + Long.toOctalString(l) + " " + Long.toBinaryString(l).length() + " " + Long.bitCount(l) + " "
                    + Long.numberOfLeadingZeros(l) + " " + Long.numberOfTrailingZeros(l) + " " + Long.highestOneBit(l)
                    + " "
                    + Long.reverse(l) + " " + Long.reverseBytes(l) + " " + Long.rotateLeft(l, 13) + " " + Long.signum(l)
                    + " "
                    + Long.divideUnsigned(l, 10) + " " + Long.remainderUnsigned(l, 10) + " "
                    + Long.compareUnsigned(l, 1));
        }
        System.out.println(
                Integer.MAX_VALUE + 1 + " " + (Long.MIN_VALUE - 1) + " " + Integer.sum(3, 4) + " " + Integer.max(-1, -2)
                        + " " + Long.min(5, 6) + " " + Integer.compare(3, 9) + " " + Long.compare(9, 3) + " "
                        + Short.compare((short) 1, (short) 9)
                        + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1) + " "
                        + Integer.toString(255, 99));
        System.out.println(Math.addExact(1, 2) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " "
                + Math.floorMod(7, -2)
                + " " + Math.floorDiv(-7L, 2L) + " " + Math.abs(Integer.MIN_VALUE) + " "
                + Math.multiplyHigh(Long.MAX_VALUE, 3) + " " + Math.multiplyHigh(Long.MIN_VALUE, Long.MIN_VALUE) + " "
                + Math.multiplyHigh(-1L, 5L) + " " + Math.multiplyHigh(-3L, Long.MAX_VALUE) + " "
                + Math.multiplyHigh(0x1234_5678_9abc_def0L, -0x0fed_cba9_8765_4321L)
                + " " + Math.ceilDiv(7, 2) + " " + Math.clamp(300L, 0, 255));
        String[] overflow = {"addExact", "multiplyExact", "toIntExact", "negateExact", "incrementExact", "subtractExact"
        };
        for (String op : overflow) {
            try {
                switch (op) {
                    case "addExact" -> Math.addExact(Integer.MAX_VALUE, 1);
                    case "multiplyExact" -> Math.multiplyExact(Long.MAX_VALUE, 2L);
                    case "toIntExact" -> Math.toIntExact(1L << 40);
                    case "negateExact" -> Math.negateExact(Integer.MIN_VALUE);
                    case "incrementExact" -> Math.incrementExact(Long.MAX_VALUE);
                    default -> Math.subtractExact(Integer.MIN_VALUE, 1);
                }
            } catch (ArithmeticException e) {
                System.out.println(op + ": " + e.getMessage());
            }
        }
    }
}
