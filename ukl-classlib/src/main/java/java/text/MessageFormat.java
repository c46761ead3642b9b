package java.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Messages with numbered arguments: {@code "{0} has {1,number,#.##} files"}. Elements are
 * {@code {index}}, {@code {index,number[,integer|currency|percent|pattern]}} and
 * {@code {index,choice,pattern}} (a choice result holding braces is formatted again with the
 * same arguments); an apostrophe quotes, {@code ''} is one apostrophe. Arguments without a format
 * print as the JDK prints them: numbers through NumberFormat, others by toString, a missing one
 * as {@code {n}}, dates through {@code DateFormat.getDateTimeInstance(SHORT, SHORT)}. Date and
 * time elements ({@code {0,date}}, {@code {0,time,short}}, {@code {0,date,yyyy-MM-dd}}) use
 * {@link DateFormat}. {@link #toPattern} writes the pattern back as the JDK does. Parsing is not
 * supported (it fails with UnsupportedOperationException).
 */
public class MessageFormat extends Format {
    private Locale locale;
    /** Literal text before each element, then the text after the last. */
    private final List<String> texts = new ArrayList<>();

    private final List<Integer> arguments = new ArrayList<>();
    private final List<Format> formats = new ArrayList<>();

    public MessageFormat(String pattern) {
        this(pattern, Locale.getDefault());
    }

    public MessageFormat(String pattern, Locale locale) {
        this.locale = locale;
        applyPattern(pattern);
    }

    public static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern).format(arguments);
    }

    public Locale getLocale() {
        return locale;
    }

    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    public void applyPattern(String pattern) {
        texts.clear();
        arguments.clear();
        formats.clear();
        StringBuilder[] segments = {new StringBuilder(), new StringBuilder(), new StringBuilder(), new StringBuilder()};
        int part = 0;
        boolean inQuote = false;
        int braceStack = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (part == 0) {
                if (ch == '\'') {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                        segments[0].append(ch);
                        i++;
                    } else {
                        inQuote = !inQuote;
                    }
                } else if (ch == '{' && !inQuote) {
                    part = 1;
                } else {
                    segments[0].append(ch);
                }
                continue;
            }
            if (inQuote) {
                segments[part].append(ch);
                if (ch == '\'') {
                    inQuote = false;
                }
                continue;
            }
            switch (ch) {
                case ',' -> {
                    if (part < 3) {
                        part++;
                    } else {
                        segments[part].append(ch);
                    }
                }
                case '{' -> {
                    braceStack++;
                    segments[part].append(ch);
                }
                case '}' -> {
                    if (braceStack == 0) {
                        part = 0;
                        makeFormat(segments);
                    } else {
                        braceStack--;
                        segments[part].append(ch);
                    }
                }
                case ' ' -> {
                    if (part != 2 || segments[2].length() > 0) {
                        segments[part].append(ch);
                    }
                }
                case '\'' -> {
                    inQuote = true;
                    segments[part].append(ch);
                }
                default -> segments[part].append(ch);
            }
        }
        if (braceStack == 0 && part != 0) {
            throw new IllegalArgumentException("Unmatched braces in the pattern.");
        }
        texts.add(segments[0].toString());
    }

    private void makeFormat(StringBuilder[] segments) {
        String index = segments[1].toString();
        int argument;
        try {
            argument = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("can't parse argument number: " + index);
        }
        if (argument < 0) {
            throw new IllegalArgumentException("negative argument number: " + argument);
        }
        String type = segments[2].toString().trim().toLowerCase();
        String style = segments[3].toString();
        Format format =
                switch (type) {
                    case "" -> null;
                    case "number" ->
                        switch (style.trim().toLowerCase()) {
                            case "" -> NumberFormat.getInstance(locale);
                            case "currency" -> NumberFormat.getCurrencyInstance(locale);
                            case "percent" -> NumberFormat.getPercentInstance(locale);
                            case "integer" -> NumberFormat.getIntegerInstance(locale);
                            default -> new DecimalFormat(style, DecimalFormatSymbols.getInstance(locale));
                        };
                    case "choice" -> {
                        try {
                            yield new ChoiceFormat(style);
                        } catch (Exception e) {
                            throw new IllegalArgumentException("Choice Pattern incorrect: " + style);
                        }
                    }
                    case "date", "time" -> dateFormat(type.equals("date"), style);
                    default -> throw new IllegalArgumentException("unknown format type: " + segments[2]);
                };
        texts.add(segments[0].toString());
        arguments.add(argument);
        formats.add(format);
        for (StringBuilder s : segments) {
            s.setLength(0);
        }
    }

    private static final String[] DATE_STYLES = {"full", "long", "", "short"};

    /** A date or time element: a style keyword ("short", "medium", "long", "full") or a pattern. */
    private Format dateFormat(boolean date, String style) {
        String keyword = style.trim().toLowerCase();
        int dateStyle =
                switch (keyword) {
                    case "", "medium" -> DateFormat.MEDIUM;
                    case "short" -> DateFormat.SHORT;
                    case "long" -> DateFormat.LONG;
                    case "full" -> DateFormat.FULL;
                    default -> -1;
                };
        if (dateStyle < 0) {
            return new SimpleDateFormat(style, locale);
        }
        return date ? DateFormat.getDateInstance(dateStyle, locale) : DateFormat.getTimeInstance(dateStyle, locale);
    }

    public String toPattern() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            quote(b, texts.get(i));
            b.append('{').append(arguments.get(i));
            Format f = formats.get(i);
            if (f != null) {
                b.append(',').append(element(f));
            }
            b.append('}');
        }
        quote(b, texts.get(texts.size() - 1));
        return b.toString();
    }

    /** The type and style of an element's format, shortest form first, as the JDK writes them. */
    private String element(Format f) {
        if (f instanceof ChoiceFormat c) {
            return "choice," + c.toPattern();
        }
        if (f instanceof DecimalFormat d) {
            if (d.equals(NumberFormat.getInstance(locale))) {
                return "number";
            }
            if (d.equals(NumberFormat.getCurrencyInstance(locale))) {
                return "number,currency";
            }
            if (d.equals(NumberFormat.getPercentInstance(locale))) {
                return "number,percent";
            }
            if (d.equals(NumberFormat.getIntegerInstance(locale))) {
                return "number,integer";
            }
            return "number," + d.toPattern();
        }
        if (f instanceof SimpleDateFormat sdf) {
            for (int style = DateFormat.FULL; style <= DateFormat.SHORT; style++) {
                String name = DATE_STYLES[style];
                if (sdf.equals(DateFormat.getDateInstance(style, locale))) {
                    return name.isEmpty() ? "date" : "date," + name;
                }
                if (sdf.equals(DateFormat.getTimeInstance(style, locale))) {
                    return name.isEmpty() ? "time" : "time," + name;
                }
            }
            return "date," + sdf.toPattern();
        }
        return "";
    }

    /** Literal text with the JDK's quoting: a run of opening braces in quotes, an apostrophe doubled. */
    private static void quote(StringBuilder b, String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\'') {
                b.append("''");
                continue;
            }
            if ((ch == '{') != quoted) {
                b.append('\'');
                quoted = !quoted;
            }
            b.append(ch);
        }
        if (quoted) {
            b.append('\'');
        }
    }

    public void setFormats(Format[] newFormats) {
        int n = Math.min(newFormats.length, formats.size());
        for (int i = 0; i < n; i++) {
            formats.set(i, newFormats[i]);
        }
    }

    public void setFormat(int formatElementIndex, Format newFormat) {
        formats.set(formatElementIndex, newFormat);
    }

    public Format[] getFormats() {
        return formats.toArray(new Format[0]);
    }

    public void setFormatsByArgumentIndex(Format[] newFormats) {
        for (int i = 0; i < arguments.size(); i++) {
            int j = arguments.get(i);
            if (j < newFormats.length) {
                formats.set(i, newFormats[j]);
            }
        }
    }

    public final StringBuffer format(Object[] arguments, StringBuffer result, FieldPosition pos) {
        for (int i = 0; i < this.arguments.size(); i++) {
            result.append(texts.get(i));
            int index = this.arguments.get(i);
            if (arguments == null || index >= arguments.length) {
                result.append('{').append(index).append('}');
                continue;
            }
            Object obj = arguments[index];
            Format format = formats.get(i);
            if (obj == null) {
                result.append("null");
            } else if (format instanceof ChoiceFormat) {
                String s = format.format(obj);
                result.append(s.indexOf('{') >= 0 ? new MessageFormat(s, locale).format(arguments) : s);
            } else if (format != null) {
                result.append(format.format(obj));
            } else if (obj instanceof Number) {
                result.append(NumberFormat.getInstance(locale).format(obj));
            } else if (obj instanceof java.util.Date) {
                result.append(DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale)
                        .format(obj));
            } else if (obj instanceof String s) {
                result.append(s);
            } else {
                result.append(obj.toString());
            }
        }
        return result.append(texts.get(texts.size() - 1));
    }

    @Override
    public final StringBuffer format(Object arguments, StringBuffer result, FieldPosition pos) {
        return format((Object[]) arguments, result, pos);
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        throw new UnsupportedOperationException("MessageFormat parsing is not supported in this class library");
    }
}
