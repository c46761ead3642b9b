package java.text;

import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Dates to text and back through a {@link Calendar}. The styled instances are SimpleDateFormats
 * with the JDK's (CLDR) patterns: those of US English for every locale but the root locale, which
 * has its own (see {@link DateFormatSymbols}).
 */
public abstract class DateFormat extends Format {
    public static final int ERA_FIELD = 0;
    public static final int YEAR_FIELD = 1;
    public static final int MONTH_FIELD = 2;
    public static final int DATE_FIELD = 3;
    public static final int HOUR_OF_DAY1_FIELD = 4;
    public static final int HOUR_OF_DAY0_FIELD = 5;
    public static final int MINUTE_FIELD = 6;
    public static final int SECOND_FIELD = 7;
    public static final int MILLISECOND_FIELD = 8;
    public static final int DAY_OF_WEEK_FIELD = 9;
    public static final int DAY_OF_YEAR_FIELD = 10;
    public static final int DAY_OF_WEEK_IN_MONTH_FIELD = 11;
    public static final int WEEK_OF_YEAR_FIELD = 12;
    public static final int WEEK_OF_MONTH_FIELD = 13;
    public static final int AM_PM_FIELD = 14;
    public static final int HOUR1_FIELD = 15;
    public static final int HOUR0_FIELD = 16;
    public static final int TIMEZONE_FIELD = 17;

    public static final int FULL = 0;
    public static final int LONG = 1;
    public static final int MEDIUM = 2;
    public static final int SHORT = 3;
    public static final int DEFAULT = MEDIUM;

    private static final String[] US_DATES = {"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy"};
    /** CLDR 42 and later put a narrow no-break space (U+202F) before the AM/PM marker. */
    private static final String[] US_TIMES = {"h:mm:ss\u202fa zzzz", "h:mm:ss\u202fa z", "h:mm:ss\u202fa", "h:mm\u202fa"
    };

    private static final String[] ROOT_DATES = {"y MMMM d, EEEE", "y MMMM d", "y MMM d", "y-MM-dd"};
    private static final String[] ROOT_TIMES = {"HH:mm:ss zzzz", "HH:mm:ss z", "HH:mm:ss", "HH:mm"};

    protected Calendar calendar;
    protected NumberFormat numberFormat;

    protected DateFormat() {}

    @Override
    public final StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition fieldPosition) {
        if (obj instanceof Date d) {
            return format(d, toAppendTo, fieldPosition);
        }
        if (obj instanceof Number n) {
            return format(new Date(n.longValue()), toAppendTo, fieldPosition);
        }
        throw new IllegalArgumentException("Cannot format given Object as a Date");
    }

    public abstract StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition fieldPosition);

    public final String format(Date date) {
        return format(date, new StringBuffer(), new FieldPosition(0)).toString();
    }

    public Date parse(String source) throws ParseException {
        ParsePosition pos = new ParsePosition(0);
        Date result = parse(source, pos);
        if (pos.getIndex() == 0) {
            throw new ParseException("Unparseable date: \"" + source + "\"", pos.getErrorIndex());
        }
        return result;
    }

    public abstract Date parse(String source, ParsePosition pos);

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return parse(source, pos);
    }

    public static final DateFormat getTimeInstance() {
        return getTimeInstance(DEFAULT, Locale.getDefault());
    }

    public static final DateFormat getTimeInstance(int style) {
        return getTimeInstance(style, Locale.getDefault());
    }

    public static final DateFormat getTimeInstance(int style, Locale aLocale) {
        checkStyle(style, "time");
        return new SimpleDateFormat(times(aLocale)[style], aLocale);
    }

    public static final DateFormat getDateInstance() {
        return getDateInstance(DEFAULT, Locale.getDefault());
    }

    public static final DateFormat getDateInstance(int style) {
        return getDateInstance(style, Locale.getDefault());
    }

    public static final DateFormat getDateInstance(int style, Locale aLocale) {
        checkStyle(style, "date");
        return new SimpleDateFormat(dates(aLocale)[style], aLocale);
    }

    public static final DateFormat getDateTimeInstance() {
        return getDateTimeInstance(DEFAULT, DEFAULT, Locale.getDefault());
    }

    public static final DateFormat getDateTimeInstance(int dateStyle, int timeStyle) {
        return getDateTimeInstance(dateStyle, timeStyle, Locale.getDefault());
    }

    public static final DateFormat getDateTimeInstance(int dateStyle, int timeStyle, Locale aLocale) {
        checkStyle(timeStyle, "time");
        checkStyle(dateStyle, "date");
        return new SimpleDateFormat(dateTimePattern(dateStyle, timeStyle, aLocale), aLocale);
    }

    public static final DateFormat getInstance() {
        return getDateTimeInstance(SHORT, SHORT);
    }

    public static Locale[] getAvailableLocales() {
        return Locale.getAvailableLocales();
    }

    /** The JDK joins a US date to its time with ", ", a root one with a space. */
    static String dateTimePattern(int dateStyle, int timeStyle, Locale locale) {
        return dates(locale)[dateStyle] + (isRoot(locale) ? " " : ", ") + times(locale)[timeStyle];
    }

    private static void checkStyle(int style, String kind) {
        if (style < FULL || style > SHORT) {
            throw new IllegalArgumentException("Illegal " + kind + " style " + style);
        }
    }

    private static boolean isRoot(Locale locale) {
        return locale.getLanguage().isEmpty();
    }

    private static String[] dates(Locale locale) {
        return isRoot(locale) ? ROOT_DATES : US_DATES;
    }

    private static String[] times(Locale locale) {
        return isRoot(locale) ? ROOT_TIMES : US_TIMES;
    }

    public void setCalendar(Calendar newCalendar) {
        this.calendar = newCalendar;
    }

    public Calendar getCalendar() {
        return calendar;
    }

    public void setNumberFormat(NumberFormat newNumberFormat) {
        this.numberFormat = newNumberFormat;
    }

    public NumberFormat getNumberFormat() {
        return numberFormat;
    }

    public void setTimeZone(TimeZone zone) {
        calendar.setTimeZone(zone);
    }

    public TimeZone getTimeZone() {
        return calendar.getTimeZone();
    }

    public void setLenient(boolean lenient) {
        calendar.setLenient(lenient);
    }

    public boolean isLenient() {
        return calendar.isLenient();
    }

    @Override
    public int hashCode() {
        return calendar.getFirstDayOfWeek();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        DateFormat other = (DateFormat) obj;
        return calendar.getFirstDayOfWeek() == other.calendar.getFirstDayOfWeek()
                && calendar.getMinimalDaysInFirstWeek() == other.calendar.getMinimalDaysInFirstWeek()
                && calendar.isLenient() == other.calendar.isLenient()
                && calendar.getTimeZone().equals(other.calendar.getTimeZone());
    }

    @Override
    public Object clone() {
        DateFormat other = (DateFormat) super.clone();
        other.calendar = (Calendar) calendar.clone();
        return other;
    }
}
