package java.text;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Dates as text by a pattern of letters ({@code G y Y M L d h H k K m s S E u D F w W a z Z X})
 * and quoted text, with the JDK's rules for widths, texts and parsing: numbers may be wider than
 * their letters unless another number follows without a separator, texts match ignoring case
 * (the longest wins), two-digit years fall within 80 years before and 20 after the format's
 * creation, and the parsed fields are set on the calendar in the order they were read, so its
 * resolution rules decide (and leniency, through {@link #setLenient}). Texts are those of
 * {@link DateFormatSymbols}; zone names are UTC's and GMT's, other zones are written as offsets.
 * Week years (Y) are formatted, and parsed as a plain year.
 */
public class SimpleDateFormat extends DateFormat {
    private static final String LETTERS = "GyMdkHmsSEDFwWahKzZYuXL";

    private String pattern;
    private DateFormatSymbols symbols;
    private final Locale locale;
    /** The compiled pattern: a String for literal text, a char[] {letter, count} for a field. */
    private List<Object> compiled;

    private Date defaultCenturyStart;
    private int defaultCenturyStartYear;

    public SimpleDateFormat() {
        this(DateFormat.dateTimePattern(SHORT, SHORT, Locale.getDefault()), Locale.getDefault());
    }

    public SimpleDateFormat(String pattern) {
        this(pattern, Locale.getDefault());
    }

    public SimpleDateFormat(String pattern, Locale locale) {
        this(pattern, DateFormatSymbols.getInstance(locale), locale);
    }

    public SimpleDateFormat(String pattern, DateFormatSymbols formatSymbols) {
        this(pattern, (DateFormatSymbols) formatSymbols.clone(), Locale.getDefault());
    }

    private SimpleDateFormat(String pattern, DateFormatSymbols symbols, Locale locale) {
        if (pattern == null || locale == null) {
            throw new NullPointerException();
        }
        this.locale = locale;
        this.symbols = symbols;
        this.calendar = Calendar.getInstance(TimeZone.getDefault(), locale);
        this.compiled = compile(pattern);
        this.pattern = pattern;
        Calendar start = (Calendar) calendar.clone();
        start.setTimeInMillis(System.currentTimeMillis());
        start.add(Calendar.YEAR, -80);
        setStart(start.getTime());
    }

    private void setStart(Date start) {
        defaultCenturyStart = start;
        Calendar c = (Calendar) calendar.clone();
        c.setTime(start);
        defaultCenturyStartYear = c.get(Calendar.YEAR);
    }

    public void set2DigitYearStart(Date startDate) {
        setStart(new Date(startDate.getTime()));
    }

    public Date get2DigitYearStart() {
        return (Date) defaultCenturyStart.clone();
    }

    private static List<Object> compile(String pattern) {
        List<Object> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean inQuote = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    text.append('\'');
                    i += 2;
                } else {
                    inQuote = !inQuote;
                    i++;
                }
                continue;
            }
            if (inQuote || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                text.append(c);
                i++;
                continue;
            }
            if (LETTERS.indexOf(c) < 0) {
                throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
            }
            int count = 1;
            while (i + count < pattern.length() && pattern.charAt(i + count) == c) {
                count++;
            }
            if (c == 'X' && count > 3) {
                throw new IllegalArgumentException("invalid ISO 8601 format: length=" + count);
            }
            if (text.length() > 0) {
                out.add(text.toString());
                text.setLength(0);
            }
            out.add(new char[] {c, (char) count});
            i += count;
        }
        if (inQuote) {
            throw new IllegalArgumentException("Unterminated quote");
        }
        if (text.length() > 0) {
            out.add(text.toString());
        }
        return out;
    }

    public String toPattern() {
        return pattern;
    }

    public String toLocalizedPattern() {
        return pattern;
    }

    public void applyPattern(String pattern) {
        compiled = compile(pattern);
        this.pattern = pattern;
    }

    public void applyLocalizedPattern(String pattern) {
        applyPattern(pattern);
    }

    public DateFormatSymbols getDateFormatSymbols() {
        return (DateFormatSymbols) symbols.clone();
    }

    public void setDateFormatSymbols(DateFormatSymbols newFormatSymbols) {
        symbols = (DateFormatSymbols) newFormatSymbols.clone();
    }

    /** An integer format without grouping, made when first asked for (formatting does not use it). */
    @Override
    public NumberFormat getNumberFormat() {
        if (numberFormat == null) {
            numberFormat = NumberFormat.getIntegerInstance(locale);
            numberFormat.setGroupingUsed(false);
        }
        return numberFormat;
    }

    @Override
    public StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition pos) {
        calendar.setTime(date);
        for (Object item : compiled) {
            if (item instanceof String s) {
                toAppendTo.append(s);
            } else {
                char[] field = (char[]) item;
                formatField(field[0], field[1], toAppendTo);
            }
        }
        return toAppendTo;
    }

    private void formatField(char letter, int count, StringBuffer b) {
        Calendar c = calendar;
        switch (letter) {
            case 'G' -> b.append(symbols.eras[c.get(Calendar.ERA)]);
            case 'y', 'Y' -> {
                int year = letter == 'Y' && c.isWeekDateSupported() ? c.getWeekYear() : c.get(Calendar.YEAR);
                if (count == 2) {
                    pad(b, year % 100, 2);
                } else {
                    pad(b, year, count);
                }
            }
            case 'M', 'L' -> {
                int month = c.get(Calendar.MONTH);
                if (count >= 4) {
                    b.append(symbols.months[month]);
                } else if (count == 3) {
                    b.append(symbols.shortMonths[month]);
                } else {
                    pad(b, month + 1, count);
                }
            }
            case 'd' -> pad(b, c.get(Calendar.DAY_OF_MONTH), count);
            case 'k' -> {
                int hour = c.get(Calendar.HOUR_OF_DAY);
                pad(b, hour == 0 ? 24 : hour, count);
            }
            case 'H' -> pad(b, c.get(Calendar.HOUR_OF_DAY), count);
            case 'm' -> pad(b, c.get(Calendar.MINUTE), count);
            case 's' -> pad(b, c.get(Calendar.SECOND), count);
            case 'S' -> pad(b, c.get(Calendar.MILLISECOND), count);
            case 'E' -> {
                int day = c.get(Calendar.DAY_OF_WEEK);
                b.append(count >= 4 ? symbols.weekdays[day] : symbols.shortWeekdays[day]);
            }
            case 'u' -> {
                int day = c.get(Calendar.DAY_OF_WEEK);
                pad(b, day == Calendar.SUNDAY ? 7 : day - 1, count);
            }
            case 'D' -> pad(b, c.get(Calendar.DAY_OF_YEAR), count);
            case 'F' -> pad(b, c.get(Calendar.DAY_OF_WEEK_IN_MONTH), count);
            case 'w' -> pad(b, c.get(Calendar.WEEK_OF_YEAR), count);
            case 'W' -> pad(b, c.get(Calendar.WEEK_OF_MONTH), count);
            case 'a' -> b.append(symbols.ampms[c.get(Calendar.AM_PM)]);
            case 'h' -> {
                int hour = c.get(Calendar.HOUR);
                pad(b, hour == 0 ? 12 : hour, count);
            }
            case 'K' -> pad(b, c.get(Calendar.HOUR), count);
            case 'z' -> {
                boolean daylight = c.get(Calendar.DST_OFFSET) != 0;
                b.append(c.getTimeZone().getDisplayName(daylight, count < 4 ? TimeZone.SHORT : TimeZone.LONG, locale));
            }
            case 'Z' -> {
                int minutes = (c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET)) / 60000;
                b.append(minutes >= 0 ? '+' : '-');
                int abs = Math.abs(minutes);
                pad(b, abs / 60 * 100 + abs % 60, 4);
            }
            default -> { // 'X'
                int offset = c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET);
                if (offset == 0) {
                    b.append('Z');
                    return;
                }
                int minutes = offset / 60000;
                b.append(minutes >= 0 ? '+' : '-');
                minutes = Math.abs(minutes);
                pad(b, minutes / 60, 2);
                if (count == 1) {
                    return;
                }
                if (count == 3) {
                    b.append(':');
                }
                pad(b, minutes % 60, 2);
            }
        }
    }

    private static void pad(StringBuffer b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }

    @Override
    public Date parse(String text, ParsePosition pos) {
        int start = pos.getIndex();
        int oldStart = start;
        boolean[] ambiguousYear = {false};
        FieldBuilder fields = new FieldBuilder();
        for (int i = 0; i < compiled.size(); i++) {
            Object item = compiled.get(i);
            if (item instanceof String s) {
                for (int k = 0; k < s.length(); k++) {
                    if (start >= text.length() || text.charAt(start) != s.charAt(k)) {
                        pos.setIndex(oldStart);
                        pos.setErrorIndex(start);
                        return null;
                    }
                    start++;
                }
                continue;
            }
            char[] field = (char[]) item;
            boolean obeyCount = i + 1 < compiled.size() && isNumeric(compiled.get(i + 1));
            start = parseField(text, start, field[0], field[1], obeyCount, ambiguousYear, pos, fields);
            if (start < 0) {
                pos.setIndex(oldStart);
                return null;
            }
        }
        pos.setIndex(start);
        try {
            Date parsed = fields.establish(calendar).getTime();
            if (ambiguousYear[0] && parsed.before(defaultCenturyStart)) {
                fields.addYear(100);
                parsed = fields.establish(calendar).getTime();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            pos.setErrorIndex(start);
            pos.setIndex(oldStart);
            return null;
        }
    }

    /** A field that, written right after a number field, makes that number keep to its letter count. */
    private static boolean isNumeric(Object item) {
        if (!(item instanceof char[] field)) {
            return false;
        }
        char letter = field[0];
        int count = field[1];
        if (letter == 'M' || letter == 'L') {
            return count <= 2;
        }
        if (letter == 'y' || letter == 'Y') {
            return true;
        }
        return "dkHmsSuDFwWhK".indexOf(letter) >= 0;
    }

    /**
     * Parses one field at {@code start} (after spaces and tabs); the index after it, or -1 with
     * the error index set.
     */
    private int parseField(
            String text,
            int start,
            char letter,
            int count,
            boolean obeyCount,
            boolean[] ambiguousYear,
            ParsePosition origPos,
            FieldBuilder fields) {
        int index = start;
        while (true) {
            if (index >= text.length()) {
                origPos.setErrorIndex(start);
                return -1;
            }
            char c = text.charAt(index);
            if (c != ' ' && c != '\t') {
                break;
            }
            index++;
        }
        int actualStart = index;
        // texts are matched where the field starts, before the spaces (as the JDK does): a space
        // there makes them fail
        switch (letter) {
            case 'G' -> {
                int end = match(text, start, Calendar.ERA, symbols.eras, fields);
                return end > 0 ? end : fail(origPos, index);
            }
            case 'E' -> {
                int end = match(text, start, Calendar.DAY_OF_WEEK, symbols.weekdays, fields);
                if (end <= 0) {
                    end = match(text, start, Calendar.DAY_OF_WEEK, symbols.shortWeekdays, fields);
                }
                return end > 0 ? end : fail(origPos, index);
            }
            case 'a' -> {
                int end = match(text, start, Calendar.AM_PM, symbols.ampms, fields);
                return end > 0 ? end : fail(origPos, index);
            }
            case 'M', 'L' -> {
                if (count >= 3) {
                    int end = match(text, start, Calendar.MONTH, symbols.months, fields);
                    if (end <= 0) {
                        end = match(text, start, Calendar.MONTH, symbols.shortMonths, fields);
                    }
                    return end > 0 ? end : fail(origPos, index);
                }
            }
            case 'z', 'Z' -> {
                return parseZone(text, start, index, fields, origPos);
            }
            case 'X' -> {
                return parseIsoZone(text, index, count, fields, origPos);
            }
            default -> {}
        }
        // a number that keeps to its letter count ends count characters after the field's start,
        // counted before the spaces, as the JDK counts
        long[] number = parseNumber(text, index, obeyCount ? start + count : -1);
        if (number == null) {
            return fail(origPos, index);
        }
        int value = (int) number[0];
        int end = (int) number[1];
        switch (letter) {
            case 'y', 'Y' -> {
                if (count <= 2
                        && end - actualStart == 2
                        && Character.isDigit(text.charAt(actualStart))
                        && Character.isDigit(text.charAt(actualStart + 1))) {
                    int ambiguousTwoDigitYear = defaultCenturyStartYear % 100;
                    ambiguousYear[0] = value == ambiguousTwoDigitYear;
                    value += (defaultCenturyStartYear / 100) * 100 + (value < ambiguousTwoDigitYear ? 100 : 0);
                }
                fields.set(Calendar.YEAR, value);
            }
            case 'M', 'L' -> fields.set(Calendar.MONTH, value - 1);
            case 'k' -> {
                if (!isLenient() && (value < 1 || value > 24)) {
                    return fail(origPos, end);
                }
                fields.set(Calendar.HOUR_OF_DAY, value == 24 ? 0 : value);
            }
            case 'h' -> {
                if (!isLenient() && (value < 1 || value > 12)) {
                    return fail(origPos, end);
                }
                fields.set(Calendar.HOUR, value == 12 ? 0 : value);
            }
            case 'u' -> {
                // an ISO day number out of 1..7 is kept as it is for the lenient calendar, as the JDK does
                fields.set(
                        Calendar.DAY_OF_WEEK,
                        value < 1 || value > 7 ? value : value == 7 ? Calendar.SUNDAY : value + 1);
            }
            case 'd' -> fields.set(Calendar.DAY_OF_MONTH, value);
            case 'H' -> fields.set(Calendar.HOUR_OF_DAY, value);
            case 'm' -> fields.set(Calendar.MINUTE, value);
            case 's' -> fields.set(Calendar.SECOND, value);
            case 'S' -> fields.set(Calendar.MILLISECOND, value);
            case 'D' -> fields.set(Calendar.DAY_OF_YEAR, value);
            case 'F' -> fields.set(Calendar.DAY_OF_WEEK_IN_MONTH, value);
            case 'w' -> fields.set(Calendar.WEEK_OF_YEAR, value);
            case 'W' -> fields.set(Calendar.WEEK_OF_MONTH, value);
            default -> fields.set(Calendar.HOUR, value); // 'K'
        }
        return end;
    }

    private static int fail(ParsePosition origPos, int index) {
        origPos.setErrorIndex(index);
        return -1;
    }

    /**
     * An integer as DecimalFormat reads one: an optional minus sign, then digits; not past
     * {@code limit} when it is not negative. {value, end}, or null.
     */
    private static long[] parseNumber(String text, int start, int limit) {
        int end = limit < 0 ? text.length() : limit;
        if (end > text.length()) {
            return null;
        }
        int i = start;
        boolean negative = false;
        if (i < end && text.charAt(i) == '-') {
            negative = true;
            i++;
        }
        int digitsStart = i;
        long value = 0;
        while (i < end && Character.isDigit(text.charAt(i))) {
            value = value * 10 + Character.digit(text.charAt(i), 10);
            if (value > Integer.MAX_VALUE + 1L) {
                value = Integer.MAX_VALUE + 1L;
            }
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        return new long[] {negative ? -value : value, i};
    }

    /** The longest of {@code data} at {@code start}, ignoring case: its index set, the end returned; else -start. */
    private static int match(String text, int start, int field, String[] data, FieldBuilder fields) {
        int best = -1;
        int bestLength = 0;
        for (int i = field == Calendar.DAY_OF_WEEK ? 1 : 0; i < data.length; i++) {
            int length = data[i].length();
            if (length > bestLength && text.regionMatches(true, start, data[i], 0, length)) {
                best = i;
                bestLength = length;
            }
        }
        if (best >= 0) {
            fields.set(field, best);
            return start + bestLength;
        }
        return -start;
    }

    /** z and Z: "GMT", "GMT+hh:mm", "+hhmm", or a zone name ("UTC", "Greenwich Mean Time"). */
    private int parseZone(String text, int fieldStart, int start, FieldBuilder fields, ParsePosition origPos) {
        char c = text.charAt(start);
        int sign = c == '+' ? 1 : c == '-' ? -1 : 0;
        if (sign != 0) {
            return numericZoneOrFail(text, start + 1, sign, 0, false, fields, origPos);
        }
        // the JDK looks for "GMT" where the field starts, before the spaces, and for names after them
        if ((c == 'G' || c == 'g') && text.regionMatches(true, fieldStart, "GMT", 0, 3)) {
            int index = fieldStart + 3;
            if (index < text.length()) {
                c = text.charAt(index);
                sign = c == '+' ? 1 : c == '-' ? -1 : 0;
            }
            if (sign == 0) {
                fields.set(Calendar.ZONE_OFFSET, 0);
                fields.set(Calendar.DST_OFFSET, 0);
                return index;
            }
            return numericZoneOrFail(text, index + 1, sign, 0, true, fields, origPos);
        }
        String[][] zones = symbols.getZoneStrings();
        int bestLength = 0;
        String bestId = null;
        for (String[] zone : zones) {
            for (int k = 1; k < zone.length; k++) {
                int length = zone[k].length();
                if (length > bestLength && text.regionMatches(true, start, zone[k], 0, length)) {
                    bestLength = length;
                    bestId = zone[0];
                }
            }
        }
        if (bestId == null) {
            return fail(origPos, start);
        }
        TimeZone zone = TimeZone.getTimeZone(bestId);
        if (!zone.equals(calendar.getTimeZone())) {
            setTimeZone(zone);
        }
        fields.set(Calendar.ZONE_OFFSET, zone.getRawOffset());
        fields.set(Calendar.DST_OFFSET, 0);
        return start + bestLength;
    }

    private static int parseIsoZone(String text, int start, int count, FieldBuilder fields, ParsePosition origPos) {
        char c = text.charAt(start);
        if (c == 'Z') {
            fields.set(Calendar.ZONE_OFFSET, 0);
            fields.set(Calendar.DST_OFFSET, 0);
            return start + 1;
        }
        int sign = c == '+' ? 1 : c == '-' ? -1 : 0;
        if (sign == 0) {
            return fail(origPos, start + 1);
        }
        return numericZoneOrFail(text, start + 1, sign, count, count == 3, fields, origPos);
    }

    /** "hh[:]mm" (or "hh" for X): the offset set and the end returned, or -1 with the error index. */
    private static int numericZoneOrFail(
            String text, int start, int sign, int count, boolean colon, FieldBuilder fields, ParsePosition origPos) {
        int index = start;
        if (index >= text.length() || !isAsciiDigit(text.charAt(index))) {
            return fail(origPos, index);
        }
        int hours = text.charAt(index++) - '0';
        if (index < text.length() && isAsciiDigit(text.charAt(index))) {
            hours = hours * 10 + text.charAt(index++) - '0';
        } else if (count > 0 || !colon) {
            return fail(origPos, index);
        }
        if (hours > 23) {
            return fail(origPos, index - 1);
        }
        int minutes = 0;
        if (count != 1) {
            if (colon) {
                if (index >= text.length() || text.charAt(index) != ':') {
                    return fail(origPos, index);
                }
                index++;
            }
            for (int k = 0; k < 2; k++) {
                if (index >= text.length() || !isAsciiDigit(text.charAt(index))) {
                    return fail(origPos, index);
                }
                minutes = minutes * 10 + text.charAt(index++) - '0';
            }
            if (minutes > 59) {
                return fail(origPos, index - 1);
            }
        }
        fields.set(Calendar.ZONE_OFFSET, (hours * 60 + minutes) * 60000 * sign);
        fields.set(Calendar.DST_OFFSET, 0);
        return index;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public Object clone() {
        SimpleDateFormat other = (SimpleDateFormat) super.clone();
        other.symbols = (DateFormatSymbols) symbols.clone();
        return other;
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return super.equals(obj)
                && obj instanceof SimpleDateFormat that
                && pattern.equals(that.pattern)
                && symbols.equals(that.symbols);
    }

    /** The parsed fields in the order they were read, set on a cleared calendar in that order. */
    private static final class FieldBuilder {
        private final int[] values = new int[Calendar.FIELD_COUNT];
        private final int[] order = new int[Calendar.FIELD_COUNT];
        private int next = 1;

        void set(int field, int value) {
            values[field] = value;
            order[field] = next++;
        }

        void addYear(int years) {
            values[Calendar.YEAR] += years;
        }

        Calendar establish(Calendar calendar) {
            calendar.clear();
            for (int stamp = 1; stamp < next; stamp++) {
                for (int field = 0; field < Calendar.FIELD_COUNT; field++) {
                    if (order[field] == stamp) {
                        calendar.set(field, values[field]);
                    }
                }
            }
            return calendar;
        }
    }
}
