package java.util;

/**
 * The Julian calendar before the cutover (1582-10-15 by default, {@link #setGregorianChange}) and
 * the Gregorian after, as the JDK's GregorianCalendar: October 1582 runs from the 4th to the 15th,
 * that year has 355 days, a date in the missing ten days resolves leniently through the Julian
 * calendar, and era BC counts years back from 1. Gregorian day numbers come from java.time's
 * epoch-day arithmetic and Julian ones from {@link CalendarDays}.
 */
public class GregorianCalendar extends Calendar {
    public static final int BC = 0;
    public static final int AD = 1;

    private static final long DAY = 86400000L;
    private static final long DEFAULT_CUTOVER = -12219292800000L;

    private static final int[] MIN_VALUES = {0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, -46800000, 0};
    private static final int[] LEAST_MAX_VALUES = {
        1, 292269054, 11, 52, 4, 28, 365, 7, 4, 1, 11, 23, 59, 59, 999, 50400000, 1200000
    };
    private static final int[] MAX_VALUES = {
        1, 292278994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23, 59, 59, 999, 50400000, 7200000
    };
    private static final int[] MONTH_LENGTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private long gregorianCutover = DEFAULT_CUTOVER;
    /** The epoch day of the first Gregorian day. */
    private long cutoverDay;
    /** The (Gregorian) year of the cutover day, and the (Julian) year of the day before. */
    private int cutoverYear;

    private int cutoverYearJulian;
    /** Which calendar the fields were last computed in: 0 none yet, 1 Gregorian, 2 Julian. */
    private int lastSystem;

    public GregorianCalendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    public GregorianCalendar(TimeZone zone) {
        this(zone, Locale.getDefault());
    }

    public GregorianCalendar(Locale aLocale) {
        this(TimeZone.getDefault(), aLocale);
    }

    public GregorianCalendar(TimeZone zone, Locale aLocale) {
        super(zone, aLocale);
        setCutover(DEFAULT_CUTOVER);
        setTimeInMillis(System.currentTimeMillis());
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {
        this(year, month, dayOfMonth, hourOfDay, minute, second, 0);
    }

    /** Fields only, as the JDK's: AM_PM and HOUR computed, the rest set in order, MILLISECOND unset. */
    private GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second, int ms) {
        super(TimeZone.getDefault(), Locale.getDefault());
        setCutover(DEFAULT_CUTOVER);
        set(YEAR, year);
        set(MONTH, month);
        set(DAY_OF_MONTH, dayOfMonth);
        if (hourOfDay >= 12 && hourOfDay <= 23) {
            internalSet(AM_PM, PM);
            internalSet(HOUR, hourOfDay - 12);
        } else {
            internalSet(HOUR, hourOfDay);
        }
        setFieldsComputed((1 << HOUR) | (1 << AM_PM));
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
        set(SECOND, second);
        internalSet(MILLISECOND, ms);
    }

    private void setCutover(long cutover) {
        gregorianCutover = cutover;
        cutoverDay = Math.floorDiv(cutover, DAY);
        cutoverYear = (int) CalendarDays.date(cutoverDay, true)[0];
        cutoverYearJulian = (int) CalendarDays.date(cutoverDay - 1, false)[0];
    }

    public void setGregorianChange(Date date) {
        long cutover = date.getTime();
        if (cutover == gregorianCutover) {
            return;
        }
        complete();
        setCutover(cutover);
        setTimeInMillis(time);
    }

    public final Date getGregorianChange() {
        return new Date(gregorianCutover);
    }

    /** Leap years: every fourth before the cutover, the Gregorian rule after. */
    public boolean isLeapYear(int year) {
        if ((year & 3) != 0) {
            return false;
        }
        if (year > cutoverYear) {
            return year % 100 != 0 || year % 400 == 0;
        }
        if (year < cutoverYearJulian) {
            return true;
        }
        boolean gregorian =
                cutoverYear == cutoverYearJulian ? CalendarDays.date(cutoverDay, true)[1] < 3 : year == cutoverYear;
        return !gregorian || year % 100 != 0 || year % 400 == 0;
    }

    private int monthLength(int month, int year) {
        return month == FEBRUARY && isLeapYear(year) ? 29 : MONTH_LENGTH[month];
    }

    /** The epoch day of the first of {@code month} (0-based, any value) of {@code year}, in either calendar. */
    private static long monthStart(long year, int month, boolean gregorian) {
        long y = year + Math.floorDiv(month, 12);
        int m = Math.floorMod(month, 12) + 1;
        return gregorian ? CalendarDays.gregorian(y, m) : CalendarDays.julian(y, m);
    }

    /** The first of a month in the calendar in force on that day. */
    private long monthStart(long year, int month) {
        long g = monthStart(year, month, true);
        return g >= cutoverDay ? g : monthStart(year, month, false);
    }

    /** The calendar year an epoch day falls in. */
    private long yearOf(long epochDay) {
        return CalendarDays.date(epochDay, epochDay >= cutoverDay)[0];
    }

    private int astronomicalYear() {
        int year = internalGet(YEAR);
        return internalGet(ERA) == BC ? 1 - year : year;
    }

    private long currentFixedDate() {
        return Math.floorDiv(time + internalGet(ZONE_OFFSET) + internalGet(DST_OFFSET), DAY);
    }

    /** The week number of {@code day} in the period starting on {@code day1}: 0 for days before week 1. */
    private int weekNumber(long day1, long day) {
        long first = CalendarDays.onOrBefore(day1 + 6, getFirstDayOfWeek());
        if (first - day1 >= getMinimalDaysInFirstWeek()) {
            first -= 7;
        }
        return (int) Math.floorDiv(day - first, 7) + 1;
    }

    /** The first day of week 1 of the year starting on {@code jan1}. */
    private long firstWeekStart(long jan1) {
        long first = CalendarDays.onOrBefore(jan1 + 6, getFirstDayOfWeek());
        return first - jan1 >= getMinimalDaysInFirstWeek() ? first - 7 : first;
    }

    private int weekOfYear(long year, long day) {
        long jan1 = monthStart(year, 0);
        int week = weekNumber(jan1, day);
        if (week == 0) {
            return weekNumber(monthStart(year - 1, 0), day);
        }
        // near the cutover a year can be short enough for week 1 of the next to start before week 52
        boolean regular = year > cutoverYear || year < cutoverYearJulian - 1;
        if ((week >= 52 || !regular) && day >= firstWeekStart(monthStart(year + 1, 0))) {
            return 1;
        }
        return week;
    }

    @Override
    protected void computeFields() {
        computeFieldValues();
        setFieldsComputed(ALL_FIELDS);
    }

    private void computeFieldValues() {
        computeFieldValues(0);
    }

    /** All fields from the time; the zone fields of {@code zoneMask} keep their values and are used. */
    private void computeFieldValues(int zoneMask) {
        TimeZone zone = getTimeZone();
        int raw = has(zoneMask, ZONE_OFFSET) ? internalGet(ZONE_OFFSET) : zone.getRawOffset();
        int dst = has(zoneMask, DST_OFFSET) ? internalGet(DST_OFFSET) : zone.getOffset(time) - zone.getRawOffset();
        int offset = raw + dst;
        // time + offset can overflow at the ends of the range: add the offset to the time of day
        long local = Math.floorMod(time, DAY) + offset;
        long day = Math.floorDiv(time, DAY) + Math.floorDiv(local, DAY);
        int millisOfDay = (int) Math.floorMod(local, DAY);
        boolean gregorian = day >= cutoverDay;
        lastSystem = gregorian ? 1 : 2;
        long[] ymd = CalendarDays.date(day, gregorian);
        long year = ymd[0];
        int month = (int) ymd[1] - 1;
        int dayOfMonth = (int) ymd[2];
        internalSet(ERA, year > 0 ? AD : BC);
        internalSet(YEAR, (int) (year > 0 ? year : 1 - year));
        internalSet(MONTH, month);
        internalSet(DAY_OF_MONTH, dayOfMonth);
        internalSet(DAY_OF_WEEK, CalendarDays.dayOfWeek(day));
        internalSet(DAY_OF_YEAR, (int) (day - monthStart(year, 0)) + 1);
        long month1 = monthStart(year, month);
        internalSet(DAY_OF_WEEK_IN_MONTH, (int) (day - month1) / 7 + 1);
        internalSet(WEEK_OF_YEAR, weekOfYear(year, day));
        internalSet(WEEK_OF_MONTH, weekNumber(month1, day));
        int hour = millisOfDay / 3600000;
        internalSet(HOUR_OF_DAY, hour);
        internalSet(AM_PM, hour / 12);
        internalSet(HOUR, hour % 12);
        internalSet(MINUTE, millisOfDay / 60000 % 60);
        internalSet(SECOND, millisOfDay / 1000 % 60);
        internalSet(MILLISECOND, millisOfDay % 1000);
        internalSet(ZONE_OFFSET, raw);
        internalSet(DST_OFFSET, offset - raw);
    }

    @Override
    protected void computeTime() {
        int[] original = null;
        if (!isLenient()) {
            original = fields.clone();
            for (int field = 0; field < FIELD_COUNT; field++) {
                int value = internalGet(field);
                if (isExternallySet(field) && (value < getMinimum(field) || value > getMaximum(field))) {
                    throw new IllegalArgumentException(FIELD_NAMES[field]);
                }
            }
        }
        int mask = selectFields();
        int year = isSet(YEAR) ? internalGet(YEAR) : 1970;
        int era = isSet(ERA) ? internalGet(ERA) : AD;
        if (era == BC) {
            year = 1 - year;
        } else if (era != AD) {
            throw new IllegalArgumentException("Invalid era");
        }
        long timeOfDay;
        if (has(mask, HOUR_OF_DAY)) {
            timeOfDay = internalGet(HOUR_OF_DAY);
        } else {
            timeOfDay = internalGet(HOUR);
            if (has(mask, AM_PM)) {
                timeOfDay += 12L * internalGet(AM_PM);
            }
        }
        timeOfDay =
                ((timeOfDay * 60 + internalGet(MINUTE)) * 60 + internalGet(SECOND)) * 1000 + internalGet(MILLISECOND);
        long fixedDate = Math.floorDiv(timeOfDay, DAY) + resolveDate(year, mask);
        timeOfDay = Math.floorMod(timeOfDay, DAY);
        long millis = fixedDate * DAY + timeOfDay;
        TimeZone zone = getTimeZone();
        int raw = has(mask, ZONE_OFFSET) ? internalGet(ZONE_OFFSET) : zone.getRawOffset();
        int dst = has(mask, DST_OFFSET) ? internalGet(DST_OFFSET) : zone.getOffset(millis - raw) - zone.getRawOffset();
        time = millis - raw - dst;
        int normalized = mask | setStateFields();
        computeFieldValues(mask & ((1 << ZONE_OFFSET) | (1 << DST_OFFSET)));
        if (original != null) {
            for (int field = 0; field < FIELD_COUNT; field++) {
                if (isExternallySet(field) && original[field] != internalGet(field)) {
                    String change = original[field] + " -> " + internalGet(field);
                    System.arraycopy(original, 0, fields, 0, FIELD_COUNT);
                    throw new IllegalArgumentException(FIELD_NAMES[field] + ": " + change);
                }
            }
        }
        setFieldsNormalized(normalized);
    }

    private static boolean has(int mask, int field) {
        return (mask & (1 << field)) != 0;
    }

    /**
     * The epoch day the date fields of {@code mask} name: computed in the Gregorian calendar for
     * years after the cutover, in the Julian before, and in both for the cutover year; a day that
     * only one calendar places on its side of the cutover is taken from that one, a day in the
     * missing days from the Julian calendar (leniently; otherwise an IllegalArgumentException).
     */
    private long resolveDate(int year, int mask) {
        long gfd;
        long jfd;
        if (year > cutoverYear && year > cutoverYearJulian) {
            gfd = dateOf(year, mask, true);
            if (gfd >= cutoverDay) {
                return gfd;
            }
            jfd = dateOf(year, mask, false);
        } else if (year < cutoverYear && year < cutoverYearJulian) {
            jfd = dateOf(year, mask, false);
            if (jfd < cutoverDay) {
                return jfd;
            }
            gfd = jfd;
        } else {
            jfd = dateOf(year, mask, false);
            gfd = dateOf(year, mask, true);
        }
        if (has(mask, DAY_OF_YEAR) || has(mask, WEEK_OF_YEAR)) {
            if (cutoverYear == cutoverYearJulian) {
                return jfd;
            } else if (year == cutoverYear) {
                return gfd;
            }
        }
        if (gfd >= cutoverDay) {
            return jfd >= cutoverDay || lastSystem != 2 ? gfd : jfd;
        }
        if (jfd >= cutoverDay && !isLenient()) {
            throw new IllegalArgumentException("the specified date doesn't exist");
        }
        return jfd;
    }

    /** The epoch day of the date fields of {@code mask} in one calendar. */
    private long dateOf(int year, int mask, boolean gregorian) {
        int month = JANUARY;
        long y = year;
        if (has(mask, MONTH)) {
            month = internalGet(MONTH);
            y += Math.floorDiv(month, 12);
            month = Math.floorMod(month, 12);
        }
        long day = monthStart(y, month, gregorian);
        int firstDayOfWeek = getFirstDayOfWeek();
        if (has(mask, MONTH)) {
            if (has(mask, DAY_OF_MONTH)) {
                if (isSet(DAY_OF_MONTH)) {
                    day += internalGet(DAY_OF_MONTH) - 1L;
                }
            } else if (has(mask, WEEK_OF_MONTH)) {
                long first = firstWeekStart(day);
                if (has(mask, DAY_OF_WEEK)) {
                    first = CalendarDays.onOrBefore(first + 6, internalGet(DAY_OF_WEEK));
                }
                day = first + 7L * (internalGet(WEEK_OF_MONTH) - 1);
            } else {
                int dayOfWeek = has(mask, DAY_OF_WEEK) ? internalGet(DAY_OF_WEEK) : firstDayOfWeek;
                int dowim = has(mask, DAY_OF_WEEK_IN_MONTH) ? internalGet(DAY_OF_WEEK_IN_MONTH) : 1;
                if (dowim >= 0) {
                    day = CalendarDays.onOrBefore(day + 7L * dowim - 1, dayOfWeek);
                } else {
                    long last = monthLength(month, (int) y) + 7L * (dowim + 1);
                    day = CalendarDays.onOrBefore(day + last - 1, dayOfWeek);
                }
            }
        } else if (has(mask, DAY_OF_YEAR)) {
            day += internalGet(DAY_OF_YEAR) - 1L;
        } else {
            long first = firstWeekStart(day);
            if (has(mask, DAY_OF_WEEK) && internalGet(DAY_OF_WEEK) != firstDayOfWeek) {
                first = CalendarDays.onOrBefore(first + 6, internalGet(DAY_OF_WEEK));
            }
            day = first + 7L * (internalGet(WEEK_OF_YEAR) - 1L);
        }
        return day;
    }

    @Override
    public void add(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        if (field == YEAR || field == MONTH) {
            int years = amount;
            if (field == MONTH) {
                int month = internalGet(MONTH) + amount;
                years = Math.floorDiv(month, 12);
                set(MONTH, Math.floorMod(month, 12));
            }
            if (years != 0) {
                int year = internalGet(YEAR);
                year = internalGet(ERA) == AD ? year + years : year - years;
                if (year > 0) {
                    set(YEAR, year);
                } else {
                    set(YEAR, 1 - year);
                    set(ERA, internalGet(ERA) == AD ? BC : AD);
                }
            }
            pinDayOfMonth();
            return;
        }
        if (field == ERA) {
            set(ERA, Math.max(BC, Math.min(AD, internalGet(ERA) + amount)));
            return;
        }
        long delta = amount;
        long timeOfDay = 0;
        switch (field) {
            case HOUR, HOUR_OF_DAY -> delta *= 3600000L;
            case MINUTE -> delta *= 60000L;
            case SECOND -> delta *= 1000L;
            case WEEK_OF_YEAR, WEEK_OF_MONTH, DAY_OF_WEEK_IN_MONTH -> delta *= 7 * DAY;
            case AM_PM -> {
                delta = amount / 2 * DAY;
                timeOfDay = 12L * (amount % 2) * 3600000L;
            }
            case MILLISECOND -> {}
            default -> delta *= DAY;
        }
        setTimeInMillis(time + delta + timeOfDay);
    }

    /** After YEAR or MONTH moved, a day past the month's end becomes its last day. */
    private void pinDayOfMonth() {
        int year = astronomicalYear();
        int monthLength;
        if (year > cutoverYear || year < cutoverYearJulian) {
            monthLength = monthLength(internalGet(MONTH), year);
        } else {
            GregorianCalendar normalized = (GregorianCalendar) clone();
            normalized.setLenient(true);
            monthLength = normalized.getActualMaximum(DAY_OF_MONTH);
        }
        if (internalGet(DAY_OF_MONTH) > monthLength) {
            set(DAY_OF_MONTH, monthLength);
        }
    }

    @Override
    public void roll(int field, boolean up) {
        roll(field, up ? +1 : -1);
    }

    /**
     * Rolls one field within its range, the larger fields unchanged, by the JDK's rules: DAY_OF_WEEK
     * stays in its week of the year, the week fields keep the day of the week, MONTH and YEAR leave
     * the day of the month to the usual resolution. Unlike the JDK, the cutover year rolls with the
     * ranges of a normal year, and WEEK_OF_YEAR in BC years with the week year of {@link #getWeekYear}
     * (the JDK mixes era and astronomical years there).
     */
    @Override
    public void roll(int field, int amount) {
        if (amount == 0) {
            return;
        }
        if (field < 0 || field >= ZONE_OFFSET) {
            throw new IllegalArgumentException();
        }
        complete();
        int min = getMinimum(field);
        int max = getMaximum(field);
        switch (field) {
            case HOUR, HOUR_OF_DAY -> {
                int unit = max + 1;
                int h = internalGet(field);
                int rolled = Math.floorMod(h + amount, unit);
                setTimeInMillis(time + 3600000L * (rolled - h));
                return;
            }
            case MONTH -> {
                int month = Math.floorMod(internalGet(MONTH) + amount, 12);
                set(MONTH, month);
                int length = monthLength(month, astronomicalYear());
                if (internalGet(DAY_OF_MONTH) > length) {
                    set(DAY_OF_MONTH, length);
                }
                return;
            }
            case WEEK_OF_YEAR -> {
                rollWeekOfYear(amount, min);
                return;
            }
            case WEEK_OF_MONTH -> {
                rollWeekOfMonth(amount);
                return;
            }
            case DAY_OF_MONTH -> max = monthLength(internalGet(MONTH), astronomicalYear());
            case DAY_OF_YEAR -> max = getActualMaximum(field);
            case DAY_OF_WEEK -> {
                int week = internalGet(WEEK_OF_YEAR);
                if (week > 1 && week < 52) {
                    set(WEEK_OF_YEAR, week);
                    max = SATURDAY;
                    break;
                }
                amount %= 7;
                if (amount == 0) {
                    return;
                }
                long day = currentFixedDate();
                long weekStart = CalendarDays.onOrBefore(day, getFirstDayOfWeek());
                day += amount;
                if (day < weekStart) {
                    day += 7;
                } else if (day >= weekStart + 7) {
                    day -= 7;
                }
                long[] ymd = CalendarDays.date(day, day >= cutoverDay);
                set(ERA, ymd[0] <= 0 ? BC : AD);
                set((int) (ymd[0] > 0 ? ymd[0] : 1 - ymd[0]), (int) ymd[1] - 1, (int) ymd[2]);
                return;
            }
            case DAY_OF_WEEK_IN_MONTH -> {
                min = 1;
                int length = monthLength(internalGet(MONTH), astronomicalYear());
                max = length / 7;
                if ((internalGet(DAY_OF_MONTH) - 1) % 7 < length % 7) {
                    max++;
                }
                set(DAY_OF_WEEK, internalGet(DAY_OF_WEEK));
            }
            default -> {}
        }
        set(field, rolled(internalGet(field), amount, min, max));
    }

    private static int rolled(int value, int amount, int min, int max) {
        int range = max - min + 1;
        int n = value + amount % range;
        if (n > max) {
            n -= range;
        } else if (n < min) {
            n += range;
        }
        return n;
    }

    private void rollWeekOfYear(int amount, int min) {
        int year = astronomicalYear();
        int max = getActualMaximum(WEEK_OF_YEAR);
        set(DAY_OF_WEEK, internalGet(DAY_OF_WEEK));
        int week = internalGet(WEEK_OF_YEAR);
        int value = week + amount;
        int weekYear = getWeekYear();
        if (weekYear == year) {
            if (value > min && value < max) {
                set(WEEK_OF_YEAR, value);
                return;
            }
            long day = currentFixedDate();
            if (yearOf(day - 7L * (week - min)) != year) {
                min++;
            }
            if (yearOf(day + 7L * (max - internalGet(WEEK_OF_YEAR))) != year) {
                max--;
            }
        } else if (weekYear > year) {
            if (amount < 0) {
                amount++;
            }
            week = max;
        } else {
            if (amount > 0) {
                amount -= week - max;
            }
            week = min;
        }
        set(WEEK_OF_YEAR, rolled(week, amount, min, max));
    }

    private void rollWeekOfMonth(int amount) {
        int dayOfWeek = Math.floorMod(internalGet(DAY_OF_WEEK) - getFirstDayOfWeek(), 7);
        long day = currentFixedDate();
        long month1 = day - internalGet(DAY_OF_MONTH) + 1;
        int length = monthLength(internalGet(MONTH), astronomicalYear());
        long first = firstWeekStart(month1);
        int max = getActualMaximum(WEEK_OF_MONTH);
        int value = rolled(internalGet(WEEK_OF_MONTH), amount, 1, max) - 1;
        long target = first + value * 7L + dayOfWeek;
        if (target < month1) {
            target = month1;
        } else if (target >= month1 + length) {
            target = month1 + length - 1;
        }
        set(DAY_OF_MONTH, (int) (target - month1) + 1);
    }

    @Override
    public int getMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getMaximum(int field) {
        return MAX_VALUES[field];
    }

    @Override
    public int getGreatestMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getLeastMaximum(int field) {
        return LEAST_MAX_VALUES[field];
    }

    @Override
    public int getActualMaximum(int field) {
        if (field != DAY_OF_MONTH
                && field != DAY_OF_YEAR
                && field != WEEK_OF_YEAR
                && field != WEEK_OF_MONTH
                && field != DAY_OF_WEEK_IN_MONTH
                && field != YEAR) {
            return getMaximum(field);
        }
        GregorianCalendar c = (GregorianCalendar) clone();
        c.setLenient(true);
        c.complete();
        long year = c.astronomicalYear();
        int month = c.internalGet(MONTH);
        switch (field) {
            case DAY_OF_MONTH -> {
                long last = c.monthStart(year, month + 1) - 1;
                return (int) CalendarDays.date(last, last >= cutoverDay)[2];
            }
            case DAY_OF_YEAR -> {
                return (int) (c.monthStart(year + 1, 0) - c.monthStart(year, 0));
            }
            case WEEK_OF_YEAR -> {
                if (c.internalGet(ERA) == BC) {
                    return c.bcWeeksOfYear();
                }
                long last = c.monthStart(year + 1, 0) - 1;
                int week = c.weekOfYear(year, last);
                return week == 1 ? c.weekOfYear(year, last - 7) : week;
            }
            case WEEK_OF_MONTH -> {
                if (c.internalGet(ERA) == BC) {
                    return c.bcWeeksOfMonth();
                }
                if (year == (c.currentFixedDate() >= cutoverDay ? cutoverYear : cutoverYearJulian)) {
                    // the JDK steps a week at a time from the date while it stays in its month
                    int y = c.internalGet(YEAR);
                    int weeks;
                    do {
                        weeks = c.get(WEEK_OF_MONTH);
                        c.add(WEEK_OF_MONTH, 1);
                    } while (c.get(YEAR) == y && c.get(MONTH) == month);
                    return weeks;
                }
                long month1 = c.monthStart(year, month);
                return c.weekNumber(month1, c.monthStart(year, month + 1) - 1);
            }
            case DAY_OF_WEEK_IN_MONTH -> {
                long month1 = c.monthStart(year, month);
                int length = (int) (c.monthStart(year, month + 1) - month1);
                int skip = Math.floorMod(c.internalGet(DAY_OF_WEEK) - CalendarDays.dayOfWeek(month1), 7);
                return (length - skip + 6) / 7;
            }
            case YEAR -> {
                // the last year is cut short by the range of the time: past its last instant's place in
                // the year (first instant's, before Christ), the year before is the largest whole one
                long current = c.yearOffset();
                boolean ad = c.internalGet(ERA) == AD;
                c.setTimeInMillis(ad ? Long.MAX_VALUE : Long.MIN_VALUE);
                int value = c.internalGet(YEAR);
                long limit = c.yearOffset();
                return ad ? (current > limit ? value - 1 : value) : (current < limit ? value - 1 : value);
            }
            default -> {
                return getMaximum(field);
            }
        }
    }

    /*
     * In BC years the JDK counts the weeks of a year and of a month in the Julian year AD of the
     * same number (its era is lost on the way), with the leap rule of the real year for the year.
     */
    private int bcWeeksOfYear() {
        int day = Math.floorMod(
                CalendarDays.dayOfWeek(CalendarDays.julian(internalGet(YEAR), 1)) - getFirstDayOfWeek(), 7);
        int magic = day + getMinimalDaysInFirstWeek() - 1;
        boolean leap = CalendarDays.julianLeap(astronomicalYear());
        return magic == 6 || (leap && (magic == 5 || magic == 12)) ? 53 : 52;
    }

    private int bcWeeksOfMonth() {
        int year = internalGet(YEAR);
        int month = internalGet(MONTH);
        long first = CalendarDays.julian(year, month + 1);
        int day = Math.floorMod(CalendarDays.dayOfWeek(first) - getFirstDayOfWeek(), 7);
        int length = month == FEBRUARY && CalendarDays.julianLeap(year) ? 29 : MONTH_LENGTH[month];
        int daysOfFirstWeek = 7 - day;
        int weeks = daysOfFirstWeek >= getMinimalDaysInFirstWeek() ? 4 : 3;
        length -= daysOfFirstWeek + 7 * 3;
        if (length > 0) {
            weeks += length > 7 ? 2 : 1;
        }
        return weeks;
    }

    /** Milliseconds of the time since the start of its year, in UTC. */
    private long yearOffset() {
        long t = (internalGet(DAY_OF_YEAR) - 1) * 24L + internalGet(HOUR_OF_DAY);
        t = (t * 60 + internalGet(MINUTE)) * 60 + internalGet(SECOND);
        return t * 1000 + internalGet(MILLISECOND) - internalGet(ZONE_OFFSET) - internalGet(DST_OFFSET);
    }

    @Override
    public boolean isWeekDateSupported() {
        return true;
    }

    /**
     * The year of the week the date falls in: a day of week 1 in December belongs to the next
     * year. Up to the year after the cutover, the JDK finds it by the days before the first week
     * of the year and after the last, from the year's astronomical number; so does this.
     */
    @Override
    public int getWeekYear() {
        int year = get(YEAR);
        if (internalGet(ERA) == BC) {
            year = 1 - year;
        }
        if (year > cutoverYear + 1) {
            int week = internalGet(WEEK_OF_YEAR);
            if (internalGet(MONTH) == JANUARY) {
                return week >= 52 ? year - 1 : year;
            }
            return week == 1 ? year + 1 : year;
        }
        int dayOfYear = internalGet(DAY_OF_YEAR);
        int maxDayOfYear = getActualMaximum(DAY_OF_YEAR);
        int minimalDays = getMinimalDaysInFirstWeek();
        if (dayOfYear > minimalDays && dayOfYear < maxDayOfYear - 6) {
            return year;
        }
        GregorianCalendar c = (GregorianCalendar) clone();
        c.setLenient(true);
        c.setTimeZone(TimeZone.getTimeZone("GMT"));
        c.set(DAY_OF_YEAR, 1);
        int firstDay = c.firstWeekDayOfYear();
        if (dayOfYear < firstDay) {
            return firstDay <= minimalDays ? year - 1 : year;
        }
        c.set(YEAR, year + 1);
        c.set(DAY_OF_YEAR, 1);
        int daysBefore = c.firstWeekDayOfYear() - 1;
        if (daysBefore == 0) {
            daysBefore = 7;
        }
        if (daysBefore >= minimalDays && maxDayOfYear - dayOfYear + 1 <= 7 - daysBefore) {
            year++;
        }
        return year;
    }

    /** From the first of a year: the day of the year of its first day that starts a week. */
    private int firstWeekDayOfYear() {
        complete();
        int delta = Math.floorMod(getFirstDayOfWeek() - get(DAY_OF_WEEK), 7);
        if (delta != 0) {
            add(DAY_OF_YEAR, delta);
        }
        return get(DAY_OF_YEAR);
    }

    @Override
    public String getCalendarType() {
        return "gregory";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GregorianCalendar g && super.equals(obj) && gregorianCutover == g.gregorianCutover;
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ (int) cutoverDay;
    }
}
