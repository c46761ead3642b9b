package java.util;

import java.io.Serializable;
import java.text.DateFormatSymbols;
import java.time.Instant;

/**
 * A point in time (milliseconds since the epoch) and its calendar fields, with the JDK's
 * contract: {@code set} only records a field (stamped, so that the most recently set fields win
 * when they disagree, as the class documentation's resolution rules say), and the time is
 * computed from the fields, then every field from the time, when a value is next asked for. The
 * only calendar is {@link GregorianCalendar}; weeks start on Sunday with one minimal day in the
 * first week, as for the US and root locales.
 */
public abstract class Calendar implements Serializable, Cloneable, Comparable<Calendar> {
    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;

    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;

    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int UNDECIMBER = 12;

    public static final int AM = 0;
    public static final int PM = 1;

    public static final int ALL_STYLES = 0;
    public static final int SHORT = 1;
    public static final int LONG = 2;
    public static final int NARROW_FORMAT = 4;
    public static final int NARROW_STANDALONE = NARROW_FORMAT | 0x8000;
    public static final int SHORT_FORMAT = 1;
    public static final int LONG_FORMAT = 2;
    public static final int SHORT_STANDALONE = SHORT | 0x8000;
    public static final int LONG_STANDALONE = LONG | 0x8000;

    static final String[] FIELD_NAMES = {
        "ERA",
        "YEAR",
        "MONTH",
        "WEEK_OF_YEAR",
        "WEEK_OF_MONTH",
        "DAY_OF_MONTH",
        "DAY_OF_YEAR",
        "DAY_OF_WEEK",
        "DAY_OF_WEEK_IN_MONTH",
        "AM_PM",
        "HOUR",
        "HOUR_OF_DAY",
        "MINUTE",
        "SECOND",
        "MILLISECOND",
        "ZONE_OFFSET",
        "DST_OFFSET"
    };

    /** Stamps: never set, computed from the time, and the first of the user's set calls. */
    static final int UNSET = 0;

    static final int COMPUTED = 1;
    static final int MINIMUM_USER_STAMP = 2;

    protected int[] fields = new int[FIELD_COUNT];
    protected boolean[] isSet = new boolean[FIELD_COUNT];
    protected long time;
    protected boolean isTimeSet;
    protected boolean areFieldsSet;

    int[] stamp = new int[FIELD_COUNT];
    boolean areAllFieldsSet;
    private int nextStamp = MINIMUM_USER_STAMP;
    private boolean lenient = true;
    private TimeZone zone;
    private int firstDayOfWeek = SUNDAY;
    private int minimalDaysInFirstWeek = 1;

    protected Calendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    protected Calendar(TimeZone zone, Locale aLocale) {
        this.zone = zone;
    }

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    public static Calendar getInstance(Locale aLocale) {
        return new GregorianCalendar(aLocale);
    }

    public static Calendar getInstance(TimeZone zone, Locale aLocale) {
        return new GregorianCalendar(zone, aLocale);
    }

    protected abstract void computeTime();

    protected abstract void computeFields();

    public abstract void add(int field, int amount);

    public abstract void roll(int field, boolean up);

    public void roll(int field, int amount) {
        while (amount > 0) {
            roll(field, true);
            amount--;
        }
        while (amount < 0) {
            roll(field, false);
            amount++;
        }
    }

    public abstract int getMinimum(int field);

    public abstract int getMaximum(int field);

    public abstract int getGreatestMinimum(int field);

    public abstract int getLeastMaximum(int field);

    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    public int getActualMaximum(int field) {
        return getMaximum(field);
    }

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        if (!isTimeSet) {
            updateTime();
        }
        return time;
    }

    public void setTimeInMillis(long millis) {
        if (time == millis && isTimeSet && areFieldsSet && areAllFieldsSet) {
            return;
        }
        time = millis;
        isTimeSet = true;
        areFieldsSet = false;
        computeFields();
        areAllFieldsSet = areFieldsSet = true;
    }

    public final Instant toInstant() {
        return Instant.ofEpochMilli(getTimeInMillis());
    }

    public int get(int field) {
        complete();
        return internalGet(field);
    }

    protected final int internalGet(int field) {
        return fields[field];
    }

    final void internalSet(int field, int value) {
        fields[field] = value;
    }

    public void set(int field, int value) {
        if (areFieldsSet && !areAllFieldsSet) {
            computeFields();
        }
        internalSet(field, value);
        isTimeSet = false;
        areFieldsSet = false;
        isSet[field] = true;
        stamp[field] = nextStamp++;
        if (nextStamp == Integer.MAX_VALUE) {
            adjustStamps();
        }
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }

    public final void clear() {
        for (int i = 0; i < FIELD_COUNT; i++) {
            fields[i] = 0;
            stamp[i] = UNSET;
            isSet[i] = false;
        }
        areAllFieldsSet = areFieldsSet = false;
        isTimeSet = false;
    }

    public final void clear(int field) {
        fields[field] = 0;
        stamp[field] = UNSET;
        isSet[field] = false;
        areAllFieldsSet = areFieldsSet = false;
        isTimeSet = false;
    }

    public final boolean isSet(int field) {
        return stamp[field] != UNSET;
    }

    protected void complete() {
        if (!isTimeSet) {
            updateTime();
        }
        if (!areFieldsSet || !areAllFieldsSet) {
            computeFields();
            areAllFieldsSet = areFieldsSet = true;
        }
    }

    private void updateTime() {
        computeTime();
        isTimeSet = true;
    }

    static final int ALL_FIELDS = (1 << FIELD_COUNT) - 1;

    /** The fields of {@code mask} now hold values computed from the time. */
    final void setFieldsComputed(int mask) {
        for (int i = 0; i < FIELD_COUNT; i++) {
            if ((mask & (1 << i)) != 0) {
                stamp[i] = COMPUTED;
                isSet[i] = true;
            } else if (areAllFieldsSet && !isSet[i]) {
                areAllFieldsSet = false;
            }
        }
        if (mask == ALL_FIELDS) {
            areFieldsSet = areAllFieldsSet = true;
        }
    }

    /** After computing the time: fields outside {@code mask} become unset, the others keep their stamps. */
    final void setFieldsNormalized(int mask) {
        for (int i = 0; i < FIELD_COUNT; i++) {
            if ((mask & (1 << i)) == 0) {
                stamp[i] = fields[i] = 0;
                isSet[i] = false;
            }
        }
        areFieldsSet = true;
        areAllFieldsSet = false;
    }

    final boolean isPartiallyNormalized() {
        return areFieldsSet && !areAllFieldsSet;
    }

    /** The mask of the fields that have been set or computed. */
    final int setStateFields() {
        int mask = 0;
        for (int i = 0; i < FIELD_COUNT; i++) {
            if (stamp[i] != UNSET) {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    final boolean isExternallySet(int field) {
        return stamp[field] >= MINIMUM_USER_STAMP;
    }

    private static int aggregateStamp(int a, int b) {
        return a == UNSET || b == UNSET ? UNSET : Math.max(a, b);
    }

    /**
     * The fields that determine the time (a mask of field bits), by the resolution rules of the
     * class documentation: of the date combinations (day of month; week of month and day of week;
     * day-of-week-in-month and day of week; day of year; week of year and day of week) the one set
     * most recently, with month-based ones preferred on a tie; then HOUR_OF_DAY or AM_PM + HOUR.
     */
    final int selectFields() {
        int mask = 1 << YEAR;
        if (stamp[ERA] != UNSET) {
            mask |= 1 << ERA;
        }
        int dowStamp = stamp[DAY_OF_WEEK];
        int monthStamp = stamp[MONTH];
        int domStamp = stamp[DAY_OF_MONTH];
        int womStamp = aggregateStamp(stamp[WEEK_OF_MONTH], dowStamp);
        int dowimStamp = aggregateStamp(stamp[DAY_OF_WEEK_IN_MONTH], dowStamp);
        int doyStamp = stamp[DAY_OF_YEAR];
        int woyStamp = aggregateStamp(stamp[WEEK_OF_YEAR], dowStamp);
        int best = Math.max(Math.max(domStamp, womStamp), Math.max(Math.max(dowimStamp, doyStamp), woyStamp));
        if (best == UNSET) {
            // no complete combination: a week field alone, or DAY_OF_WEEK alone as in its month
            womStamp = stamp[WEEK_OF_MONTH];
            dowimStamp = Math.max(stamp[DAY_OF_WEEK_IN_MONTH], dowStamp);
            woyStamp = stamp[WEEK_OF_YEAR];
            best = Math.max(Math.max(womStamp, dowimStamp), woyStamp);
            if (best == UNSET) {
                best = domStamp = monthStamp;
            }
        }
        if (best == domStamp
                || (best == womStamp && stamp[WEEK_OF_MONTH] >= stamp[WEEK_OF_YEAR])
                || (best == dowimStamp && stamp[DAY_OF_WEEK_IN_MONTH] >= stamp[WEEK_OF_YEAR])) {
            mask |= 1 << MONTH;
            if (best == domStamp) {
                mask |= 1 << DAY_OF_MONTH;
            } else {
                if (dowStamp != UNSET) {
                    mask |= 1 << DAY_OF_WEEK;
                }
                if (womStamp == dowimStamp) {
                    mask |= stamp[WEEK_OF_MONTH] >= stamp[DAY_OF_WEEK_IN_MONTH]
                            ? 1 << WEEK_OF_MONTH
                            : 1 << DAY_OF_WEEK_IN_MONTH;
                } else if (best == womStamp) {
                    mask |= 1 << WEEK_OF_MONTH;
                } else if (stamp[DAY_OF_WEEK_IN_MONTH] != UNSET) {
                    mask |= 1 << DAY_OF_WEEK_IN_MONTH;
                }
            }
        } else if (best == doyStamp) {
            mask |= 1 << DAY_OF_YEAR;
        } else {
            if (dowStamp != UNSET) {
                mask |= 1 << DAY_OF_WEEK;
            }
            mask |= 1 << WEEK_OF_YEAR;
        }
        int hourOfDayStamp = stamp[HOUR_OF_DAY];
        int hourStamp = aggregateStamp(stamp[HOUR], stamp[AM_PM]);
        int bestHour = Math.max(hourStamp, hourOfDayStamp);
        if (bestHour == UNSET) {
            bestHour = Math.max(stamp[HOUR], stamp[AM_PM]);
        }
        if (bestHour != UNSET) {
            if (bestHour == hourOfDayStamp) {
                mask |= 1 << HOUR_OF_DAY;
            } else {
                mask |= 1 << HOUR;
                if (stamp[AM_PM] != UNSET) {
                    mask |= 1 << AM_PM;
                }
            }
        }
        for (int f = MINUTE; f <= MILLISECOND; f++) {
            if (stamp[f] != UNSET) {
                mask |= 1 << f;
            }
        }
        if (stamp[ZONE_OFFSET] >= MINIMUM_USER_STAMP) {
            mask |= 1 << ZONE_OFFSET;
        }
        if (stamp[DST_OFFSET] >= MINIMUM_USER_STAMP) {
            mask |= 1 << DST_OFFSET;
        }
        return mask;
    }

    /** Renumbers the user stamps from MINIMUM_USER_STAMP up, keeping their order, before they overflow. */
    private void adjustStamps() {
        int[] sorted = stamp.clone();
        Arrays.sort(sorted);
        int[] renumbered = stamp.clone();
        int next = MINIMUM_USER_STAMP;
        int last = UNSET;
        for (int v : sorted) {
            if (v >= MINIMUM_USER_STAMP && v != last) {
                for (int i = 0; i < FIELD_COUNT; i++) {
                    if (stamp[i] == v) {
                        renumbered[i] = next;
                    }
                }
                last = v;
                next++;
            }
        }
        stamp = renumbered;
        nextStamp = next;
    }

    public void setTimeZone(TimeZone value) {
        zone = value;
        areAllFieldsSet = areFieldsSet = false;
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    public void setFirstDayOfWeek(int value) {
        if (firstDayOfWeek != value) {
            firstDayOfWeek = value;
            areFieldsSet = false;
        }
    }

    public int getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public void setMinimalDaysInFirstWeek(int value) {
        if (minimalDaysInFirstWeek != value) {
            minimalDaysInFirstWeek = value;
            areFieldsSet = false;
        }
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDaysInFirstWeek;
    }

    public boolean isWeekDateSupported() {
        return false;
    }

    public int getWeekYear() {
        throw new UnsupportedOperationException();
    }

    public int getWeeksInWeekYear() {
        throw new UnsupportedOperationException();
    }

    public String getCalendarType() {
        return getClass().getName();
    }

    /** The English text of ERA, MONTH, DAY_OF_WEEK or AM_PM (SHORT or LONG); null for other fields. */
    public String getDisplayName(int field, int style, Locale locale) {
        String[] names = displayNames(field, style, locale);
        int value = get(field);
        return names == null || value < 0 || value >= names.length ? null : names[value];
    }

    public Map<String, Integer> getDisplayNames(int field, int style, Locale locale) {
        if (style == ALL_STYLES) {
            Map<String, Integer> shortNames = getDisplayNames(field, SHORT, locale);
            if (shortNames == null) {
                return null;
            }
            Map<String, Integer> all = new HashMap<>(shortNames);
            all.putAll(getDisplayNames(field, LONG, locale));
            return all;
        }
        String[] names = displayNames(field, style, locale);
        if (names == null) {
            return null;
        }
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (!names[i].isEmpty()) {
                map.put(names[i], i);
            }
        }
        return map;
    }

    private static String[] displayNames(int field, int style, Locale locale) {
        int base = style & ~0x8000;
        if (base != SHORT && base != LONG && base != NARROW_FORMAT) {
            throw new IllegalArgumentException();
        }
        if (locale == null) {
            throw new NullPointerException();
        }
        if (base == NARROW_FORMAT) {
            return null;
        }
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return switch (field) {
            case ERA -> symbols.getEras();
            case MONTH -> base == LONG ? symbols.getMonths() : symbols.getShortMonths();
            case DAY_OF_WEEK -> base == LONG ? symbols.getWeekdays() : symbols.getShortWeekdays();
            case AM_PM -> symbols.getAmPmStrings();
            default -> null;
        };
    }

    public boolean before(Object when) {
        return when instanceof Calendar c && compareTo(c) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar c && compareTo(c) > 0;
    }

    @Override
    public int compareTo(Calendar anotherCalendar) {
        return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Calendar that)) {
            return false;
        }
        return getMillisOf(this) == getMillisOf(that)
                && lenient == that.lenient
                && firstDayOfWeek == that.firstDayOfWeek
                && minimalDaysInFirstWeek == that.minimalDaysInFirstWeek
                && zone.equals(that.zone);
    }

    @Override
    public int hashCode() {
        int otheritems =
                (lenient ? 1 : 0) | (firstDayOfWeek << 1) | (minimalDaysInFirstWeek << 4) | (zone.hashCode() << 7);
        long t = getMillisOf(this);
        return (int) t ^ (int) (t >> 32) ^ otheritems;
    }

    private static long getMillisOf(Calendar calendar) {
        if (calendar.isTimeSet) {
            return calendar.time;
        }
        Calendar copy = (Calendar) calendar.clone();
        copy.setLenient(true);
        return copy.getTimeInMillis();
    }

    @Override
    public Object clone() {
        try {
            Calendar other = (Calendar) super.clone();
            other.fields = fields.clone();
            other.isSet = isSet.clone();
            other.stamp = stamp.clone();
            other.zone = (TimeZone) zone.clone();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(getClass().getName()).append('[');
        b.append("time=").append(isTimeSet ? String.valueOf(time) : "?");
        b.append(",areFieldsSet=").append(areFieldsSet);
        b.append(",areAllFieldsSet=").append(areAllFieldsSet);
        b.append(",lenient=").append(lenient);
        b.append(",zone=").append(zone);
        b.append(",firstDayOfWeek=").append(firstDayOfWeek);
        b.append(",minimalDaysInFirstWeek=").append(minimalDaysInFirstWeek);
        for (int i = 0; i < FIELD_COUNT; i++) {
            b.append(',').append(FIELD_NAMES[i]).append('=');
            b.append(isSet(i) ? String.valueOf(fields[i]) : "?");
        }
        return b.append(']').toString();
    }
}
