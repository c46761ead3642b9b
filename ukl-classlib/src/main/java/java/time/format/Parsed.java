package java.time.format;

import static java.time.temporal.ChronoField.AMPM_OF_DAY;
import static java.time.temporal.ChronoField.CLOCK_HOUR_OF_AMPM;
import static java.time.temporal.ChronoField.CLOCK_HOUR_OF_DAY;
import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_YEAR;
import static java.time.temporal.ChronoField.EPOCH_DAY;
import static java.time.temporal.ChronoField.ERA;
import static java.time.temporal.ChronoField.HOUR_OF_AMPM;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.INSTANT_SECONDS;
import static java.time.temporal.ChronoField.MICRO_OF_DAY;
import static java.time.temporal.ChronoField.MICRO_OF_SECOND;
import static java.time.temporal.ChronoField.MILLI_OF_DAY;
import static java.time.temporal.ChronoField.MILLI_OF_SECOND;
import static java.time.temporal.ChronoField.MINUTE_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_DAY;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.OFFSET_SECONDS;
import static java.time.temporal.ChronoField.PROLEPTIC_MONTH;
import static java.time.temporal.ChronoField.SECOND_OF_DAY;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;
import static java.time.temporal.ChronoField.YEAR_OF_ERA;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * The fields a parse found, then resolved into a date, a time, an offset and a zone, in the
 * JDK's order: instant fields, date fields (epoch day; proleptic month; year of era; year-month-day
 * or year-day), time fields (clock hours, AM/PM, fields of the day, fractions), a lenient time
 * from an hour alone, a cross-check of what is left, then the instant. Fields are kept in
 * ChronoField order, so {@code toString} is deterministic (the JDK's is in hash order).
 */
final class Parsed implements TemporalAccessor {
    private static final int COUNT = ChronoField.values().length;

    private final long[] values = new long[COUNT];
    private final boolean[] present = new boolean[COUNT];
    ZoneId zone;
    /** How the zone was read, printed by toString as the JDK does: -1 by id, 0 by name. */
    int zoneNameType = -1;

    private LocalDate date;
    private LocalTime time;
    private long excessDays;
    private ResolverStyle style;

    Parsed copy() {
        Parsed p = new Parsed();
        System.arraycopy(values, 0, p.values, 0, COUNT);
        System.arraycopy(present, 0, p.present, 0, COUNT);
        p.zone = zone;
        p.zoneNameType = zoneNameType;
        return p;
    }

    /** False if the field already has a different value. */
    boolean put(ChronoField field, long value) {
        int i = field.ordinal();
        if (present[i] && values[i] != value) {
            return false;
        }
        values[i] = value;
        present[i] = true;
        return true;
    }

    void putDefault(ChronoField field, long value) {
        if (!present[field.ordinal()]) {
            put(field, value);
        }
    }

    private boolean has(ChronoField field) {
        return present[field.ordinal()];
    }

    private long remove(ChronoField field) {
        present[field.ordinal()] = false;
        return values[field.ordinal()];
    }

    private boolean isEmpty() {
        for (boolean p : present) {
            if (p) {
                return false;
            }
        }
        return true;
    }

    /** Puts a derived value; a different value already there is a conflict. */
    private void add(ChronoField field, long value) {
        if (has(field) && values[field.ordinal()] != value) {
            throw new DateTimeException("Conflict found: " + field + " " + values[field.ordinal()] + " differs from "
                    + field + " " + value);
        }
        put(field, value);
    }

    private void update(ChronoField target, ChronoField change, long value) {
        if (has(change) && values[change.ordinal()] != value) {
            throw new DateTimeException("Conflict found: " + change + " " + values[change.ordinal()] + " differs from "
                    + change + " " + value + " while resolving  " + target);
        }
        put(change, value);
    }

    private void update(LocalDate resolved) {
        if (date != null && !date.equals(resolved)) {
            throw new DateTimeException(
                    "Conflict found: Fields resolved to two different dates: " + date + " " + resolved);
        }
        date = resolved;
    }

    private void update(LocalTime resolved, long days) {
        if (time != null && !time.equals(resolved)) {
            throw new DateTimeException(
                    "Conflict found: Fields resolved to two different times: " + time + " " + resolved);
        }
        time = resolved;
        excessDays = days;
    }

    void resolve(ResolverStyle resolverStyle, ZoneId overrideZone) {
        style = resolverStyle;
        if (zone == null) {
            zone = overrideZone;
        }
        resolveInstantFields();
        LocalDate d = resolveDate();
        if (d != null) {
            update(d);
        }
        resolveTimeFields();
        resolveTimeLenient();
        crossCheck();
        if (date != null && time != null && excessDays != 0) {
            date = date.plusDays(excessDays);
            excessDays = 0;
        }
        resolveFractional();
        if (date != null && time != null) {
            if (has(OFFSET_SECONDS)) {
                put(INSTANT_SECONDS, date.atTime(time).toEpochSecond(ZoneOffset.ofTotalSeconds((int)
                        values[OFFSET_SECONDS.ordinal()])));
            } else if (zone != null) {
                put(INSTANT_SECONDS, date.atTime(time).atZone(zone).toEpochSecond());
            }
        }
    }

    private void resolveInstantFields() {
        if (!has(INSTANT_SECONDS)) {
            return;
        }
        ZoneId z = zone != null
                ? zone
                : has(OFFSET_SECONDS) ? ZoneOffset.ofTotalSeconds((int) values[OFFSET_SECONDS.ordinal()]) : null;
        if (z != null) {
            ZonedDateTime zdt = ZonedDateTime.ofInstant(Instant.ofEpochSecond(values[INSTANT_SECONDS.ordinal()]), z);
            update(zdt.toLocalDate());
            update(INSTANT_SECONDS, SECOND_OF_DAY, zdt.toLocalTime().toSecondOfDay());
            update(INSTANT_SECONDS, OFFSET_SECONDS, zdt.getOffset().getTotalSeconds());
        }
    }

    private LocalDate resolveDate() {
        if (has(EPOCH_DAY)) {
            return LocalDate.ofEpochDay(remove(EPOCH_DAY));
        }
        if (has(PROLEPTIC_MONTH)) {
            long pm = remove(PROLEPTIC_MONTH);
            if (style != ResolverStyle.LENIENT) {
                PROLEPTIC_MONTH.checkValidValue(pm);
            }
            add(MONTH_OF_YEAR, Math.floorMod(pm, 12L) + 1);
            add(YEAR, Math.floorDiv(pm, 12));
        }
        resolveYearOfEra();
        if (!has(YEAR)) {
            return null;
        }
        if (has(MONTH_OF_YEAR) && has(DAY_OF_MONTH)) {
            int y = YEAR.checkValidIntValue(remove(YEAR));
            if (style == ResolverStyle.LENIENT) {
                long months = Math.subtractExact(remove(MONTH_OF_YEAR), 1);
                long days = Math.subtractExact(remove(DAY_OF_MONTH), 1);
                return LocalDate.of(y, 1, 1).plusMonths(months).plusDays(days);
            }
            int moy = MONTH_OF_YEAR.checkValidIntValue(remove(MONTH_OF_YEAR));
            int dom = DAY_OF_MONTH.checkValidIntValue(remove(DAY_OF_MONTH));
            if (style == ResolverStyle.SMART) {
                // SMART clips a day that is valid in some month (29-31) to the end of this one
                if (moy == 4 || moy == 6 || moy == 9 || moy == 11) {
                    dom = Math.min(dom, 30);
                } else if (moy == 2) {
                    dom = Math.min(dom, java.time.Month.FEBRUARY.length(java.time.Year.isLeap(y)));
                }
            }
            return LocalDate.of(y, moy, dom);
        }
        if (has(DAY_OF_YEAR)) {
            int y = YEAR.checkValidIntValue(remove(YEAR));
            if (style == ResolverStyle.LENIENT) {
                return LocalDate.ofYearDay(y, 1).plusDays(Math.subtractExact(remove(DAY_OF_YEAR), 1));
            }
            return LocalDate.ofYearDay(y, DAY_OF_YEAR.checkValidIntValue(remove(DAY_OF_YEAR)));
        }
        return null;
    }

    private void resolveYearOfEra() {
        if (has(YEAR_OF_ERA)) {
            long yoe = remove(YEAR_OF_ERA);
            if (style != ResolverStyle.LENIENT) {
                YEAR_OF_ERA.checkValidValue(yoe);
            }
            if (!has(ERA)) {
                boolean hasYear = has(YEAR);
                long year = values[YEAR.ordinal()];
                if (style == ResolverStyle.STRICT) {
                    // STRICT does not invent an era: "yyyy" needs "G" (or use "uuuu")
                    if (hasYear) {
                        add(YEAR, year > 0 ? yoe : Math.subtractExact(1, yoe));
                    } else {
                        put(YEAR_OF_ERA, yoe);
                    }
                } else {
                    add(YEAR, !hasYear || year > 0 ? yoe : Math.subtractExact(1, yoe));
                }
            } else {
                long era = remove(ERA);
                if (era == 1) {
                    add(YEAR, yoe);
                } else if (era == 0) {
                    add(YEAR, Math.subtractExact(1, yoe));
                } else {
                    throw new DateTimeException("Invalid value for era: " + era);
                }
            }
        } else if (has(ERA)) {
            ERA.checkValidValue(values[ERA.ordinal()]);
        }
    }

    private void resolveTimeFields() {
        if (has(CLOCK_HOUR_OF_DAY)) {
            long ch = remove(CLOCK_HOUR_OF_DAY);
            if (style == ResolverStyle.STRICT || (style == ResolverStyle.SMART && ch != 0)) {
                CLOCK_HOUR_OF_DAY.checkValidValue(ch);
            }
            update(CLOCK_HOUR_OF_DAY, HOUR_OF_DAY, ch == 24 ? 0 : ch);
        }
        if (has(CLOCK_HOUR_OF_AMPM)) {
            long ch = remove(CLOCK_HOUR_OF_AMPM);
            if (style == ResolverStyle.STRICT || (style == ResolverStyle.SMART && ch != 0)) {
                CLOCK_HOUR_OF_AMPM.checkValidValue(ch);
            }
            update(CLOCK_HOUR_OF_AMPM, HOUR_OF_AMPM, ch == 12 ? 0 : ch);
        }
        if (has(AMPM_OF_DAY) && has(HOUR_OF_AMPM)) {
            long ap = remove(AMPM_OF_DAY);
            long hap = remove(HOUR_OF_AMPM);
            if (style == ResolverStyle.LENIENT) {
                update(AMPM_OF_DAY, HOUR_OF_DAY, Math.addExact(Math.multiplyExact(ap, 12), hap));
            } else {
                AMPM_OF_DAY.checkValidValue(ap);
                HOUR_OF_AMPM.checkValidValue(hap);
                update(AMPM_OF_DAY, HOUR_OF_DAY, ap * 12 + hap);
            }
        }
        if (has(NANO_OF_DAY)) {
            long nod = remove(NANO_OF_DAY);
            if (style != ResolverStyle.LENIENT) {
                NANO_OF_DAY.checkValidValue(nod);
            }
            update(NANO_OF_DAY, HOUR_OF_DAY, nod / 3600_000_000_000L);
            update(NANO_OF_DAY, MINUTE_OF_HOUR, (nod / 60_000_000_000L) % 60);
            update(NANO_OF_DAY, SECOND_OF_MINUTE, (nod / 1_000_000_000L) % 60);
            update(NANO_OF_DAY, NANO_OF_SECOND, nod % 1_000_000_000L);
        }
        if (has(MICRO_OF_DAY)) {
            long cod = remove(MICRO_OF_DAY);
            if (style != ResolverStyle.LENIENT) {
                MICRO_OF_DAY.checkValidValue(cod);
            }
            update(MICRO_OF_DAY, SECOND_OF_DAY, cod / 1_000_000L);
            update(MICRO_OF_DAY, MICRO_OF_SECOND, cod % 1_000_000L);
        }
        if (has(MILLI_OF_DAY)) {
            long lod = remove(MILLI_OF_DAY);
            if (style != ResolverStyle.LENIENT) {
                MILLI_OF_DAY.checkValidValue(lod);
            }
            update(MILLI_OF_DAY, SECOND_OF_DAY, lod / 1000);
            update(MILLI_OF_DAY, MILLI_OF_SECOND, lod % 1000);
        }
        if (has(SECOND_OF_DAY)) {
            long sod = remove(SECOND_OF_DAY);
            if (style != ResolverStyle.LENIENT) {
                SECOND_OF_DAY.checkValidValue(sod);
            }
            update(SECOND_OF_DAY, HOUR_OF_DAY, sod / 3600);
            update(SECOND_OF_DAY, MINUTE_OF_HOUR, (sod / 60) % 60);
            update(SECOND_OF_DAY, SECOND_OF_MINUTE, sod % 60);
        }
        if (has(MINUTE_OF_DAY)) {
            long mod = remove(MINUTE_OF_DAY);
            if (style != ResolverStyle.LENIENT) {
                MINUTE_OF_DAY.checkValidValue(mod);
            }
            update(MINUTE_OF_DAY, HOUR_OF_DAY, mod / 60);
            update(MINUTE_OF_DAY, MINUTE_OF_HOUR, mod % 60);
        }
        if (has(NANO_OF_SECOND)) {
            long nos = values[NANO_OF_SECOND.ordinal()];
            if (style != ResolverStyle.LENIENT) {
                NANO_OF_SECOND.checkValidValue(nos);
            }
            if (has(MICRO_OF_SECOND)) {
                long cos = remove(MICRO_OF_SECOND);
                if (style != ResolverStyle.LENIENT) {
                    MICRO_OF_SECOND.checkValidValue(cos);
                }
                nos = cos * 1000 + (nos % 1000);
                update(MICRO_OF_SECOND, NANO_OF_SECOND, nos);
            }
            if (has(MILLI_OF_SECOND)) {
                long los = remove(MILLI_OF_SECOND);
                if (style != ResolverStyle.LENIENT) {
                    MILLI_OF_SECOND.checkValidValue(los);
                }
                update(MILLI_OF_SECOND, NANO_OF_SECOND, los * 1_000_000L + (nos % 1_000_000L));
            }
        }
        if (has(HOUR_OF_DAY) && has(MINUTE_OF_HOUR) && has(SECOND_OF_MINUTE) && has(NANO_OF_SECOND)) {
            resolveTime(remove(HOUR_OF_DAY), remove(MINUTE_OF_HOUR), remove(SECOND_OF_MINUTE), remove(NANO_OF_SECOND));
        }
    }

    /** Missing minutes, seconds and nanos after a present hour default to zero. */
    private void resolveTimeLenient() {
        if (time == null) {
            // AM or PM alone, outside STRICT: the middle of that half of the day
            if (style != ResolverStyle.STRICT
                    && has(AMPM_OF_DAY)
                    && !has(HOUR_OF_DAY)
                    && !has(HOUR_OF_AMPM)
                    && !has(MINUTE_OF_HOUR)
                    && !has(SECOND_OF_MINUTE)
                    && !has(NANO_OF_SECOND)) {
                long ap = remove(AMPM_OF_DAY);
                if (style == ResolverStyle.SMART) {
                    AMPM_OF_DAY.checkValidValue(ap);
                }
                put(HOUR_OF_DAY, ap * 12 + 6);
            }
            if (has(MILLI_OF_SECOND)) {
                long los = remove(MILLI_OF_SECOND);
                if (has(MICRO_OF_SECOND)) {
                    long cos = los * 1000 + (values[MICRO_OF_SECOND.ordinal()] % 1000);
                    update(MILLI_OF_SECOND, MICRO_OF_SECOND, cos);
                    remove(MICRO_OF_SECOND);
                    put(NANO_OF_SECOND, cos * 1000L);
                } else {
                    put(NANO_OF_SECOND, los * 1_000_000L);
                }
            } else if (has(MICRO_OF_SECOND)) {
                put(NANO_OF_SECOND, remove(MICRO_OF_SECOND) * 1000L);
            }
            if (has(HOUR_OF_DAY)) {
                boolean moh = has(MINUTE_OF_HOUR);
                boolean som = has(SECOND_OF_MINUTE);
                boolean nos = has(NANO_OF_SECOND);
                if ((!moh && (som || nos)) || (moh && !som && nos)) {
                    return;
                }
                long h = remove(HOUR_OF_DAY);
                long m = moh ? remove(MINUTE_OF_HOUR) : 0;
                long s = som ? remove(SECOND_OF_MINUTE) : 0;
                long n = nos ? remove(NANO_OF_SECOND) : 0;
                resolveTime(h, m, s, n);
            }
        }
        if (style != ResolverStyle.LENIENT) {
            for (ChronoField f : ChronoField.values()) {
                if (has(f) && f.isTimeBased()) {
                    f.checkValidValue(values[f.ordinal()]);
                }
            }
        }
    }

    private void resolveTime(long hod, long moh, long som, long nos) {
        if (style == ResolverStyle.LENIENT) {
            long total = Math.addExact(
                    Math.addExact(Math.multiplyExact(hod, 3600_000_000_000L), Math.multiplyExact(moh, 60_000_000_000L)),
                    Math.addExact(Math.multiplyExact(som, 1_000_000_000L), nos));
            update(
                    LocalTime.ofNanoOfDay(Math.floorMod(total, 86400_000_000_000L)),
                    Math.floorDiv(total, 86400_000_000_000L));
            return;
        }
        int m = MINUTE_OF_HOUR.checkValidIntValue(moh);
        int n = NANO_OF_SECOND.checkValidIntValue(nos);
        if (style == ResolverStyle.SMART && hod == 24 && m == 0 && som == 0 && n == 0) {
            update(LocalTime.MIDNIGHT, 1);
        } else {
            int h = HOUR_OF_DAY.checkValidIntValue(hod);
            int s = SECOND_OF_MINUTE.checkValidIntValue(som);
            update(LocalTime.of(h, m, s, n), 0);
        }
    }

    private void crossCheck() {
        if (date != null) {
            crossCheck(date);
        }
        if (time != null) {
            crossCheck(time);
            if (date != null && !isEmpty()) {
                crossCheck(date.atTime(time));
            }
        }
    }

    private void crossCheck(TemporalAccessor target) {
        for (ChronoField f : ChronoField.values()) {
            if (has(f) && target.isSupported(f)) {
                long derived;
                try {
                    derived = target.getLong(f);
                } catch (RuntimeException e) {
                    continue;
                }
                long parsed = values[f.ordinal()];
                if (derived != parsed) {
                    throw new DateTimeException("Conflict found: Field " + f + " " + derived + " differs from " + f
                            + " " + parsed + " derived from " + target);
                }
                remove(f);
            }
        }
    }

    private void resolveFractional() {
        if (time == null && (has(INSTANT_SECONDS) || has(SECOND_OF_DAY) || has(SECOND_OF_MINUTE))) {
            if (has(NANO_OF_SECOND)) {
                long nos = values[NANO_OF_SECOND.ordinal()];
                put(MICRO_OF_SECOND, nos / 1000);
                put(MILLI_OF_SECOND, nos / 1_000_000);
            } else {
                put(NANO_OF_SECOND, 0);
                put(MICRO_OF_SECOND, 0);
                put(MILLI_OF_SECOND, 0);
            }
        }
    }

    @Override
    public boolean isSupported(TemporalField field) {
        if (field instanceof ChronoField f && has(f)) {
            return true;
        }
        return (date != null && date.isSupported(field)) || (time != null && time.isSupported(field));
    }

    @Override
    public long getLong(TemporalField field) {
        if (field instanceof ChronoField f && has(f)) {
            return values[f.ordinal()];
        }
        if (date != null && date.isSupported(field)) {
            return date.getLong(field);
        }
        if (time != null && time.isSupported(field)) {
            return time.getLong(field);
        }
        if (field instanceof ChronoField) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
        return field.getFrom(this);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.zoneId()) {
            return (R) zone;
        }
        if (query == TemporalQueries.chronology()) {
            return (R) IsoChronology.INSTANCE;
        }
        if (query == TemporalQueries.localDate()) {
            return (R) date;
        }
        if (query == TemporalQueries.localTime()) {
            return (R) time;
        }
        if (query == TemporalQueries.offset()) {
            if (has(OFFSET_SECONDS)) {
                return (R) ZoneOffset.ofTotalSeconds((int) values[OFFSET_SECONDS.ordinal()]);
            }
            if (zone instanceof ZoneOffset) {
                return (R) zone;
            }
            return query.queryFrom(this);
        }
        if (query == TemporalQueries.precision()) {
            return null;
        }
        return query.queryFrom(this);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(64).append('{');
        boolean first = true;
        for (ChronoField f : ChronoField.values()) {
            if (has(f)) {
                b.append(first ? "" : ", ").append(f).append('=').append(values[f.ordinal()]);
                first = false;
            }
        }
        b.append("},ISO");
        if (zone != null) {
            b.append(',').append(zone).append(',').append(zoneNameType);
        }
        if (date != null || time != null) {
            b.append(" resolved to ");
            if (date != null) {
                b.append(date);
                if (time != null) {
                    b.append('T').append(time);
                }
            } else {
                b.append(time);
            }
        }
        return b.toString();
    }
}
