package java.util;

import java.io.Serializable;

/**
 * A language, country and variant, without locale data (issue 11 leaves full locale data out of
 * scope): the class library formats every locale with the root locale's symbols, which are also
 * US English's. The default locale of an image is {@code en_US}. Names are normalised as the JDK
 * does: language lower case, country upper case; {@code toString} and {@code toLanguageTag}
 * follow the JDK for language/country/variant locales (BCP 47, RFC 5646 §2.1, for the tag), but
 * without the JDK's three compatibility locales ({@code ja_JP_JP}, {@code th_TH_TH}, {@code no_NO_NY}),
 * scripts and extensions.
 */
public final class Locale implements Cloneable, Serializable {
    public static final Locale ROOT = new Locale("", "", "");
    public static final Locale ENGLISH = new Locale("en", "", "");
    public static final Locale FRENCH = new Locale("fr", "", "");
    public static final Locale GERMAN = new Locale("de", "", "");
    public static final Locale ITALIAN = new Locale("it", "", "");
    public static final Locale JAPANESE = new Locale("ja", "", "");
    public static final Locale KOREAN = new Locale("ko", "", "");
    public static final Locale CHINESE = new Locale("zh", "", "");
    public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN", "");
    public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW", "");
    public static final Locale FRANCE = new Locale("fr", "FR", "");
    public static final Locale GERMANY = new Locale("de", "DE", "");
    public static final Locale ITALY = new Locale("it", "IT", "");
    public static final Locale JAPAN = new Locale("ja", "JP", "");
    public static final Locale KOREA = new Locale("ko", "KR", "");
    public static final Locale UK = new Locale("en", "GB", "");
    public static final Locale US = new Locale("en", "US", "");
    public static final Locale CANADA = new Locale("en", "CA", "");
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA", "");
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;

    private static Locale defaultLocale = US;

    private final String language;
    private final String country;
    private final String variant;

    /** Deprecated in the JDK for {@link #of(String, String, String)}. */
    public Locale(String language, String country, String variant) {
        this.language = convertOldIsoCode(language.toLowerCase());
        this.country = country.toUpperCase();
        this.variant = Objects.requireNonNull(variant);
    }

    /** Deprecated in the JDK for {@link #of(String, String)}. */
    public Locale(String language, String country) {
        this(language, country, "");
    }

    /** Deprecated in the JDK for {@link #of(String)}. */
    public Locale(String language) {
        this(language, "", "");
    }

    /** The JDK maps the ISO 639 codes that were withdrawn to their current ones. */
    private static String convertOldIsoCode(String language) {
        return switch (language) {
            case "iw" -> "he";
            case "in" -> "id";
            case "ji" -> "yi";
            default -> language;
        };
    }

    public static Locale of(String language, String country, String variant) {
        return new Locale(language, country, variant);
    }

    public static Locale of(String language, String country) {
        return new Locale(language, country, "");
    }

    public static Locale of(String language) {
        return new Locale(language, "", "");
    }

    public static Locale getDefault() {
        return defaultLocale;
    }

    /** Every category has the one default here. */
    public static Locale getDefault(Category category) {
        Objects.requireNonNull(category);
        return defaultLocale;
    }

    public static void setDefault(Locale newLocale) {
        defaultLocale = Objects.requireNonNull(newLocale, "Can't set default locale to NULL");
    }

    public static void setDefault(Category category, Locale newLocale) {
        Objects.requireNonNull(category, "Category cannot be NULL");
        setDefault(newLocale);
    }

    /** The locales whose data an image has: all of them format alike (see the class comment). */
    public static Locale[] getAvailableLocales() {
        return new Locale[] {ROOT, ENGLISH, US};
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return variant;
    }

    public String getScript() {
        return "";
    }

    public boolean hasExtensions() {
        return false;
    }

    public Locale stripExtensions() {
        return this;
    }

    /** {@code en_US}, {@code en}, {@code _US}, {@code en__POSIX}; empty for the root locale. */
    @Override
    public String toString() {
        boolean l = !language.isEmpty();
        boolean c = !country.isEmpty();
        boolean v = !variant.isEmpty();
        StringBuilder s = new StringBuilder(language);
        if (c || l && v) {
            s.append('_').append(country);
        }
        if (v && (l || c)) {
            s.append('_').append(variant);
        }
        return s.toString();
    }

    /**
     * The BCP 47 tag: {@code und} for an empty language; the variant when it is well formed
     * (RFC 5646 §2.2.5: 5–8 alphanumerics, or 4 starting with a digit), else under {@code x-lvariant}.
     */
    public String toLanguageTag() {
        StringBuilder s = new StringBuilder(language.isEmpty() ? "und" : language);
        if (!country.isEmpty()) {
            s.append('-').append(country);
        }
        if (!variant.isEmpty()) {
            String v = variant.replace('_', '-');
            boolean wellFormed = true;
            for (String sub : v.split("-")) {
                wellFormed &= isVariantSubtag(sub);
            }
            s.append(wellFormed ? "-" : "-x-lvariant-").append(v);
        }
        return s.toString();
    }

    private static boolean isVariantSubtag(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        int n = s.length();
        return n >= 5 && n <= 8 || n == 4 && s.charAt(0) >= '0' && s.charAt(0) <= '9';
    }

    /**
     * The locale of a language tag: language, then region (two letters or three digits), then
     * variants; a script subtag, extensions and private use other than {@code x-lvariant} are skipped; parsing stops at the first ill-formed subtag.
     */
    public static Locale forLanguageTag(String languageTag) {
        String[] parts = languageTag.split("-");
        String lang = "";
        String region = "";
        StringBuilder variants = new StringBuilder();
        int i = 0;
        if (i < parts.length && isAlpha(parts[i], 2, 8)) {
            lang = parts[i++].equals("und") ? "" : parts[i - 1];
        } else {
            return ROOT;
        }
        while (i < parts.length && parts[i].length() == 3 && isAlpha(parts[i], 3, 3)) {
            i++; // extended language subtags
        }
        if (i < parts.length && isAlpha(parts[i], 4, 4)) {
            i++; // script
        }
        if (i < parts.length && (isAlpha(parts[i], 2, 2) || parts[i].length() == 3 && isDigits(parts[i]))) {
            region = parts[i++];
        }
        for (; i < parts.length; i++) {
            String p = parts[i];
            if (p.equalsIgnoreCase("x")) {
                if (i + 2 < parts.length && parts[i + 1].equalsIgnoreCase("lvariant")) {
                    for (int k = i + 2; k < parts.length; k++) {
                        variants.append(variants.isEmpty() ? "" : "_").append(parts[k]);
                    }
                }
                break;
            }
            if (p.length() == 1) {
                break; // an extension: the rest is not variants
            }
            if (!isVariantSubtag(p)) {
                break; // ill-formed: the JDK keeps what it parsed so far
            }
            variants.append(variants.isEmpty() ? "" : "_").append(p);
        }
        return new Locale(lang, region, variants.toString());
    }

    private static boolean isAlpha(String s, int min, int max) {
        if (s.length() < min || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object clone() {
        return this; // immutable
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof Locale l
                        && language.equals(l.language)
                        && country.equals(l.country)
                        && variant.equals(l.variant);
    }

    @Override
    public int hashCode() {
        return (language.hashCode() * 31 + country.hashCode()) * 31 + variant.hashCode();
    }

    /** The categories of the default locale; an image has one default for both. */
    public enum Category {
        DISPLAY,
        FORMAT
    }
}
