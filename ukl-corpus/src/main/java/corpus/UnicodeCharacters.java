package corpus;

/**
 * Character beyond Latin-1: category, classification, simple case mapping and numeric values of
 * a spread of code points over all of Unicode (every 61st, and a few chosen ones: Greek,
 * Cyrillic, CJK, Devanagari and fullwidth digits, supplementary letters), folded into a checksum
 * per method and printed in full for the chosen ones.
 */
public final class UnicodeCharacters {
    private UnicodeCharacters() {}

    private static String describe(int c) {
        return Integer.toHexString(c) + " type " + Character.getType(c)
                + " letter " + Character.isLetter(c)
                + " digit " + Character.isDigit(c)
                + " upper " + Character.isUpperCase(c)
                + " lower " + Character.isLowerCase(c)
                + " alpha " + Character.isAlphabetic(c)
                + " ideo " + Character.isIdeographic(c)
                + " space " + Character.isSpaceChar(c) + "/" + Character.isWhitespace(c)
                + " id " + Character.isJavaIdentifierStart(c) + "/" + Character.isJavaIdentifierPart(c)
                + " case " + Integer.toHexString(Character.toUpperCase(c)) + "/"
                + Integer.toHexString(Character.toLowerCase(c))
                + " value " + Character.getNumericValue(c) + "/" + Character.digit(c, 10);
    }

    public static void main(String[] args) {
        int[] chosen = {
            0x3a3, 0x3c2, 0x42f, 0x4e2d, 0x96f6, 0x967, 0xff13, 0xff41, 0x2163, 0x10400, 0x10428, 0x1d7ce, 0x2028,
            0x3000, 0x1f600, 0xe000, 0xd800, 0x10ffff, 0x1c5, 0x2160, 0xbd
        };
        for (int c : chosen) {
            System.out.println(describe(c));
        }
        long[] sums = new long[10];
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += 61) {
            sums[0] = sums[0] * 31 + Character.getType(c);
            sums[1] = sums[1] * 31 + (Character.isLetter(c) ? 1 : 0) + (Character.isDigit(c) ? 2 : 0);
            sums[2] = sums[2] * 31 + (Character.isUpperCase(c) ? 1 : 0) + (Character.isLowerCase(c) ? 2 : 0);
            sums[3] = sums[3] * 31 + (Character.isAlphabetic(c) ? 1 : 0) + (Character.isIdeographic(c) ? 2 : 0);
            sums[4] = sums[4] * 31
                    + (Character.isJavaIdentifierStart(c) ? 1 : 0)
                    + (Character.isJavaIdentifierPart(c) ? 2 : 0);
            sums[5] = sums[5] * 31 + Character.toUpperCase(c);
            sums[6] = sums[6] * 31 + Character.toLowerCase(c);
            sums[7] = sums[7] * 31 + Character.getNumericValue(c);
            sums[8] = sums[8] * 31 + Character.digit(c, 16);
            sums[9] = sums[9] * 31 + (Character.isWhitespace(c) ? 1 : 0) + (Character.isSpaceChar(c) ? 2 : 0);
        }
        for (long s : sums) {
            System.out.println(Long.toHexString(s));
        }
    }
}
