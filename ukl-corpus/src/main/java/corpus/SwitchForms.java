package corpus;

/** tableswitch, lookupswitch, switches on strings, chars and enums, fall-through and defaults. */
public final class SwitchForms {
    private SwitchForms() {}

    enum Color {
        RED,
        GREEN,
        BLUE,
        VIOLET
    }

    static String dense(int i) {
        switch (i) {
            case -1:
                return "minus one";
            case 0:
                return "zero";
            case 1:
            case 2:
                return "small";
            case 3:
                return "three";
            case 4:
                return "four";
            default:
                return "other";
        }
    }

    static int sparse(int i) {
        switch (i) {
            case Integer.MIN_VALUE:
                return 1;
            case -1000:
                return 2;
            case 7:
                return 3;
            case 1 << 20:
                return 4;
            case Integer.MAX_VALUE:
                return 5;
            default:
                return 0;
        }
    }

    static int fall(int i) {
        int r = 0;
        switch (i) {
            case 1:
                r += 1;
            case 2:
                r += 10;
            case 3:
                r += 100;
                break;
            case 4:
                r += 1000;
            default:
                r += 10000;
        }
        return r;
    }

    static String word(String s) {
        return switch (s) {
            case "alpha" -> "first";
            case "beta", "gamma" -> "later";
            case "Aa", "BB" -> "same hash " + s;
            default -> "unknown " + s;
        };
    }

    static int color(Color c) {
        return switch (c) {
            case RED -> 1;
            case GREEN -> 2;
            case BLUE -> 3;
            default -> 4;
        };
    }

    static String kind(char c) {
        switch (c) {
            case 'a':
            case 'e':
            case 'i':
            case 'o':
            case 'u':
                return "vowel";
            case ' ':
                return "space";
            default:
                return c >= '0' && c <= '9' ? "digit" : "consonant";
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 5; i++) {
            System.out.println(i + " " + dense(i) + " " + fall(i));
        }
        int[] probes = {Integer.MIN_VALUE, -1000, -999, 7, 8, 1 << 20, Integer.MAX_VALUE};
        for (int p : probes) {
            System.out.println(p + " -> " + sparse(p));
        }
        for (String s : new String[] {"alpha", "beta", "gamma", "Aa", "BB", "delta", ""}) {
            System.out.println(word(s));
        }
        for (Color c : Color.values()) {
            System.out.println(c.name() + " " + c.ordinal() + " " + color(c));
        }
        System.out.println(Color.valueOf("BLUE").ordinal());
        for (char c : "ai 7x".toCharArray()) {
            System.out.println(kind(c));
        }
    }
}
