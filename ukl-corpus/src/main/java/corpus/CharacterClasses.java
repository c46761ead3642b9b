package corpus;

/** Character classification and case mapping over Latin-1, digits in every radix, surrogates. */
public final class CharacterClasses {
    private CharacterClasses() {}

    public static void main(String[] args) {
        for (int c = 0; c < 256; c++) {
            char ch = (char) c;
            int flags = (Character.isLetter(ch) ? 1 : 0)
                    | (Character.isDigit(ch) ? 2 : 0)
                    | (Character.isLetterOrDigit(ch) ? 4 : 0)
                    | (Character.isUpperCase(ch) ? 8 : 0)
                    | (Character.isLowerCase(ch) ? 16 : 0)
                    | (Character.isWhitespace(ch) ? 32 : 0)
                    | (Character.isSpaceChar(ch) ? 64 : 0)
                    | (Character.isISOControl(ch) ? 128 : 0)
                    | (Character.isAlphabetic(ch) ? 256 : 0)
                    | (Character.isJavaIdentifierStart(ch) ? 512 : 0)
                    | (Character.isJavaIdentifierPart(ch) ? 1024 : 0);
            System.out.println(c + " " + flags + " " + (int) Character.toUpperCase(ch) + " "
                    + (int) Character.toLowerCase(ch) + " " + Character.toUpperCase((int) ch) + " "
                    + Character.digit(ch, 36) + " " + Character.getNumericValue(ch));
        }
        int[] greek = {0x391, 0x3a3, 0x3b1, 0x3c2, 0x3c9, 0x410, 0x42f, 0x430, 0x44f, 0x401, 0x451, 0x100, 0x101, 0x17e
        };
        for (int g : greek) {
            System.out.println(Integer.toHexString(g) + " " + Integer.toHexString(Character.toUpperCase(g)) + " "
                    + Integer.toHexString(Character.toLowerCase(g)) + " " + Character.isLetter(g) + " "
                    + Character.isUpperCase(g));
        }
        for (int radix = 2; radix <= 36; radix += 7) {
            StringBuilder sb = new StringBuilder();
            for (int d = 0; d < radix; d++) {
                sb.append(Character.forDigit(d, radix));
            }
            System.out.println(radix + " " + sb + " " + (int) Character.forDigit(radix, radix) + " "
                    + Character.digit('Z', radix));
        }
        String emoji = "😀";
        char hi = emoji.charAt(0);
        char lo = emoji.charAt(1);
        System.out.println(
                Character.isHighSurrogate(hi) + " " + Character.isLowSurrogate(lo) + " " + Character.isSurrogate(hi)
                        + " " + Character.toCodePoint(hi, lo) + " " + Character.charCount(0x1F600) + " "
                        + new String(Character.toChars(0x1F600))
                        + " " + Character.isSupplementaryCodePoint(0x1F600) + " " + Character.isValidCodePoint(0x110000)
                        + " " + Character.toString(65) + " " + Character.compare('a', 'b'));
    }
}
