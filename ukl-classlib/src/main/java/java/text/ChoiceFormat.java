package java.text;

/**
 * A number to one of several strings by ranges: {@code 0#none|1#one|1<many} chooses the last
 * limit not above the number ({@code #} is that limit, {@code <} the next double above it). The
 * pattern grammar and {@code format} are the JDK's; parsing picks the longest matching string.
 */
public class ChoiceFormat extends NumberFormat {
    private double[] choiceLimits;
    private String[] choiceFormats;

    public ChoiceFormat(String newPattern) {
        applyPattern(newPattern);
    }

    public ChoiceFormat(double[] limits, String[] formats) {
        setChoices(limits, formats);
    }

    public void setChoices(double[] limits, String[] formats) {
        if (limits.length != formats.length) {
            throw new IllegalArgumentException("Array and limit arrays must be of the same length.");
        }
        choiceLimits = limits.clone();
        choiceFormats = formats.clone();
    }

    public double[] getLimits() {
        return choiceLimits.clone();
    }

    public Object[] getFormats() {
        return choiceFormats.clone();
    }

    public void applyPattern(String newPattern) {
        double[] limits = new double[30];
        String[] formats = new String[30];
        int count = 0;
        StringBuilder limit = new StringBuilder();
        StringBuilder text = new StringBuilder();
        StringBuilder part = limit;
        boolean inQuote = false;
        double oldLimit = Double.NaN;
        for (int i = 0; i < newPattern.length(); i++) {
            char ch = newPattern.charAt(i);
            if (ch == '\'') {
                if (i + 1 < newPattern.length() && newPattern.charAt(i + 1) == '\'') {
                    part.append(ch);
                    i++;
                } else {
                    inQuote = !inQuote;
                }
            } else if (inQuote) {
                part.append(ch);
            } else if (part == limit && (ch == '<' || ch == '#' || ch == '\u2264')) {
                String s = limit.toString().trim();
                double v;
                if (s.equals("\u221e")) {
                    v = Double.POSITIVE_INFINITY;
                } else if (s.equals("-\u221e")) {
                    v = Double.NEGATIVE_INFINITY;
                } else {
                    try {
                        v = Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Each interval must contain a number before a format");
                    }
                }
                if (ch == '<' && !Double.isInfinite(v)) {
                    v = nextDouble(v);
                }
                if (v <= oldLimit) {
                    throw new IllegalArgumentException("Incorrect order of intervals, must be in ascending order");
                }
                oldLimit = v;
                if (count == limits.length) {
                    double[] l = new double[count * 2];
                    String[] f = new String[count * 2];
                    System.arraycopy(limits, 0, l, 0, count);
                    System.arraycopy(formats, 0, f, 0, count);
                    limits = l;
                    formats = f;
                }
                limits[count] = v;
                part = text;
            } else if (part == text && ch == '|') {
                formats[count++] = text.toString();
                text.setLength(0);
                limit.setLength(0);
                part = limit;
            } else {
                part.append(ch);
            }
        }
        if (part == text) {
            formats[count++] = text.toString();
        }
        choiceLimits = new double[count];
        choiceFormats = new String[count];
        System.arraycopy(limits, 0, choiceLimits, 0, count);
        System.arraycopy(formats, 0, choiceFormats, 0, count);
    }

    public String toPattern() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < choiceLimits.length; i++) {
            if (i != 0) {
                sb.append('|');
            }
            double less = previousDouble(choiceLimits[i]);
            // the JDK writes whichever of limit# and previous< lies nearer an integer
            double tryLessOrEqual = Math.abs(choiceLimits[i] - Math.rint(choiceLimits[i]));
            double tryLess = Math.abs(less - Math.rint(less));
            if (tryLessOrEqual < tryLess) {
                sb.append(number(choiceLimits[i])).append('#');
            } else {
                sb.append(number(less)).append('<');
            }
            String text = choiceFormats[i];
            boolean quote = text.indexOf('<') >= 0
                    || text.indexOf('#') >= 0
                    || text.indexOf('\u2264') >= 0
                    || text.indexOf('|') >= 0;
            if (quote) {
                sb.append('\'');
            }
            sb.append(text.replace("'", "''"));
            if (quote) {
                sb.append('\'');
            }
        }
        return sb.toString();
    }

    private static String number(double d) {
        return d == Double.POSITIVE_INFINITY ? "\u221e" : d == Double.NEGATIVE_INFINITY ? "-\u221e" : String.valueOf(d);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition status) {
        return format((double) number, toAppendTo, status);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition status) {
        int i;
        for (i = 0; i < choiceLimits.length; i++) {
            if (!(number >= choiceLimits[i])) {
                break;
            }
        }
        i--;
        if (i < 0) {
            i = 0;
        }
        return toAppendTo.append(choiceFormats[i]);
    }

    @Override
    public Number parse(String text, ParsePosition status) {
        int start = status.getIndex();
        int furthest = start;
        double best = Double.NaN;
        for (int i = 0; i < choiceFormats.length; i++) {
            String s = choiceFormats[i];
            if (text.startsWith(s, start) && start + s.length() > furthest) {
                furthest = start + s.length();
                best = choiceLimits[i];
            }
        }
        status.setIndex(furthest);
        if (furthest == start) {
            status.setErrorIndex(furthest);
        }
        return best;
    }

    public static final double nextDouble(double d) {
        return Math.nextUp(d);
    }

    public static final double previousDouble(double d) {
        return Math.nextDown(d);
    }

    public static double nextDouble(double d, boolean positive) {
        return positive ? Math.nextUp(d) : Math.nextDown(d);
    }
}
