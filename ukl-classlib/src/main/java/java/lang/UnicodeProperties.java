package java.lang;

/**
 * Character's answers beyond Latin-1, looked up in the run-length tables that
 * ukl.classlib.UnicodeTablesGenerator writes from the build JDK's own Character (UnicodeTables;
 * every int there is two chars, high then low). Only code that asks about a code point above
 * U+00FF reaches this class, so an image that never does carries no tables.
 */
final class UnicodeProperties {
    private UnicodeProperties() {}

    private static int intAt(String table, int i) {
        return table.charAt(2 * i) << 16 | table.charAt(2 * i + 1);
    }

    /** The last of the table's entries (of {@code width} ints, the first its start) that starts at or before cp, or -1. */
    private static int entryAtOrBefore(String table, int width, int cp) {
        int lo = 0;
        int hi = table.length() / (2 * width) - 1;
        if (hi < 0 || intAt(table, 0) > cp) {
            return -1;
        }
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (intAt(table, mid * width) <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static boolean valid(int cp) {
        return cp >= 0 && cp <= Character.MAX_CODE_POINT;
    }

    /** The general category (Character.getType). */
    static int type(int cp) {
        if (!valid(cp)) {
            return Character.UNASSIGNED;
        }
        String t = UnicodeTables.TYPES;
        int lo = 0;
        int hi = t.length() / 2 - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (intAt(t, mid) >>> 5 <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return intAt(t, lo) & 31;
    }

    private static boolean inRanges(String table, int cp) {
        int i = entryAtOrBefore(table, 2, cp);
        return i >= 0 && cp <= intAt(table, 2 * i + 1);
    }

    private static int caseMap(String table, int cp) {
        int i = entryAtOrBefore(table, 3, cp);
        if (i < 0) {
            return cp;
        }
        int offset = cp - intAt(table, 3 * i);
        int lengthAndStride = intAt(table, 3 * i + 1);
        int stride = (lengthAndStride & 1) + 1;
        return offset % stride == 0 && offset / stride < lengthAndStride >>> 1 ? cp + intAt(table, 3 * i + 2) : cp;
    }

    static int toUpperCase(int cp) {
        return valid(cp) ? caseMap(UnicodeTables.UPPER, cp) : cp;
    }

    static int toLowerCase(int cp) {
        return valid(cp) ? caseMap(UnicodeTables.LOWER, cp) : cp;
    }

    /** Character.getNumericValue: -1 without a value, -2 for one that is not a non-negative int. */
    static int numericValue(int cp) {
        if (!valid(cp)) {
            return -1;
        }
        String t = UnicodeTables.NUMERIC;
        int i = entryAtOrBefore(t, 4, cp);
        if (i < 0) {
            return -1;
        }
        int offset = cp - intAt(t, 4 * i);
        return offset < intAt(t, 4 * i + 1) ? intAt(t, 4 * i + 2) + offset * intAt(t, 4 * i + 3) : -1;
    }

    /** The decimal digit value of a code point above U+00FF (Character.digit in radix 10), or -1. */
    static int decimalDigit(int cp) {
        if (!valid(cp)) {
            return -1;
        }
        String t = UnicodeTables.DIGIT_ZEROS;
        int i = entryAtOrBefore(t, 1, cp);
        int d = i < 0 ? -1 : cp - intAt(t, i);
        return d < 10 ? d : -1;
    }

    static boolean isUpperCase(int cp) {
        return type(cp) == Character.UPPERCASE_LETTER || valid(cp) && inRanges(UnicodeTables.OTHER_UPPERCASE, cp);
    }

    static boolean isLowerCase(int cp) {
        return type(cp) == Character.LOWERCASE_LETTER || valid(cp) && inRanges(UnicodeTables.OTHER_LOWERCASE, cp);
    }

    static boolean isLetter(int cp) {
        int t = type(cp);
        return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_LETTER;
    }

    static boolean isAlphabetic(int cp) {
        return isLetter(cp)
                || type(cp) == Character.LETTER_NUMBER
                || valid(cp) && inRanges(UnicodeTables.OTHER_ALPHABETIC, cp);
    }

    static boolean isIdeographic(int cp) {
        return valid(cp) && inRanges(UnicodeTables.IDEOGRAPHIC, cp);
    }
}
