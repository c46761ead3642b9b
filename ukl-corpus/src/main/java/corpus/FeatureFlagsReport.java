package corpus;

import java.util.BitSet;
import java.util.Locale;
import java.util.StringTokenizer;

/**
 * A feature-flag table as old-style server code keeps it: rules parsed with StringTokenizer,
 * flags per user in BitSets, a report assembled in a StringBuffer, names case-folded by locale.
 */
public final class FeatureFlagsReport {
    private FeatureFlagsReport() {}

    static final String[] FEATURES = {"search", "beta-ui", "export", "dark-mode", "audit", "sso"};

    enum Day {
        MON,
        TUE,
        WED,
        THU,
        FRI,
        SAT,
        SUN
    }

    static int feature(String name) {
        for (int i = 0; i < FEATURES.length; i++) {
            if (FEATURES[i].equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    public static void main(String[] args) {
        String rules = "alice: search, Export ,SSO; bob: beta-ui dark-mode; carol: ; dave: audit,search,unknown";
        StringTokenizer users = new StringTokenizer(rules, ";");
        System.out.println("users: " + users.countTokens());
        BitSet everyone = new BitSet();
        BitSet anyone = new BitSet(FEATURES.length);
        StringBuffer report = new StringBuffer();
        boolean first = true;
        while (users.hasMoreTokens()) {
            StringTokenizer rule = new StringTokenizer(users.nextToken(), ":");
            String user = rule.nextToken().trim();
            BitSet flags = new BitSet();
            if (rule.hasMoreTokens()) {
                StringTokenizer names = new StringTokenizer(rule.nextToken(), ", ");
                while (names.hasMoreElements()) {
                    String name = (String) names.nextElement();
                    int f = feature(name);
                    if (f < 0) {
                        report.append("  ignored '")
                                .append(name)
                                .append("' for ")
                                .append(user)
                                .append('\n');
                    } else {
                        flags.set(f);
                    }
                }
            }
            if (first) {
                everyone.or(flags);
                first = false;
            } else {
                everyone.and(flags);
            }
            anyone.or(flags);
            report.append(user.toUpperCase(Locale.US))
                    .append(' ')
                    .append(flags)
                    .append(" card=")
                    .append(flags.cardinality())
                    .append(" len=")
                    .append(flags.length())
                    .append('\n');
        }
        report.insert(0, "report\n").append("everyone ").append(everyone).append('\n');
        report.append("anyone ")
                .append(anyone)
                .append(" size=")
                .append(anyone.size())
                .append('\n');
        BitSet unused = (BitSet) anyone.clone();
        unused.flip(0, FEATURES.length);
        for (int i = unused.nextSetBit(0); i >= 0; i = unused.nextSetBit(i + 1)) {
            report.append("unused ").append(FEATURES[i]).append('\n');
        }
        BitSet big = new BitSet();
        big.set(3, 140);
        big.clear(64, 70);
        big.xor(anyone);
        report.append("big ")
                .append(big.cardinality())
                .append(' ')
                .append(big.previousClearBit(100))
                .append(' ')
                .append(big.nextClearBit(3))
                .append(' ')
                .append(java.util.Arrays.toString(big.toLongArray()))
                .append(' ')
                .append(big.hashCode())
                .append('\n');
        System.out.print(report);
        System.out.println(report.length() + " " + report.indexOf("bob") + " "
                + report.reverse().charAt(1));

        String text = "naïve café 😀 ok 𝄞";
        StringBuilder cps = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            cps.append(Integer.toHexString(cp)).append(Character.charCount(cp) == 2 ? "* " : " ");
        }
        System.out.println(cps.toString().trim());
        System.out.println(text.codePointCount(0, text.length()) + " " + text.length() + " "
                + Integer.toHexString(text.codePointBefore(text.length())) + " "
                + Character.codePointCount(text, 0, 12) + " "
                + Integer.toHexString(Character.codePointAt(text.toCharArray(), 11)));
        StringBuffer rev = new StringBuffer(text).reverse();
        System.out.println(rev.codePointCount(0, rev.length()) + " " + Integer.toHexString(rev.codePointAt(0)));

        // formatting uses only locales whose symbols are the root locale's (the image has no locale data),
        // and the default locale's language only (the JVM's default depends on the host)
        for (Locale l : new Locale[] {Locale.US, Locale.ROOT, Locale.UK, Locale.ENGLISH}) {
            System.out.println("[" + l + "] " + l.toLanguageTag() + " " + l.getLanguage() + " " + l.getCountry() + " "
                    + String.format(l, "%,d %.2f", 1234567, 3.14159));
        }
        Locale swiss = Locale.forLanguageTag("de-CH-1901");
        System.out.println(swiss + " " + swiss.getVariant() + " " + swiss.equals(Locale.of("de", "CH", "1901")) + " "
                + Locale.getDefault().getLanguage());

        java.util.EnumSet<Day> weekend = java.util.EnumSet.of(Day.SAT, Day.SUN);
        java.util.EnumSet<Day> workdays = java.util.EnumSet.complementOf(weekend);
        java.util.EnumSet<Day> midweek = java.util.EnumSet.range(Day.TUE, Day.THU);
        workdays.removeAll(midweek);
        System.out.println(weekend + " " + workdays + " " + midweek + " "
                + java.util.EnumSet.allOf(Day.class).size() + " " + workdays.contains(Day.MON) + " "
                + java.util.EnumSet.noneOf(Day.class).isEmpty());
    }
}
