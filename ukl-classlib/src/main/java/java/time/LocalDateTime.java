package java.time;

import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.TemporalUnit;
import java.time.temporal.ValueRange;

/** A date and a time of day without zone: a LocalDate and a LocalTime side by side. */
public final class LocalDateTime implements ChronoLocalDateTime<LocalDate> {
    public static final LocalDateTime MIN = new LocalDateTime(LocalDate.MIN, LocalTime.MIN);
    public static final LocalDateTime MAX = new LocalDateTime(LocalDate.MAX, LocalTime.MAX);

    private final LocalDate date;
    private final LocalTime time;

    private LocalDateTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    public static LocalDateTime now() {
        return now(Clock.systemDefaultZone());
    }

    public static LocalDateTime now(ZoneId zone) {
        return now(Clock.system(zone));
    }

    public static LocalDateTime now(Clock clock) {
        return ofInstant(clock.instant(), clock.getZone());
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second, int nano) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    public static LocalDateTime of(LocalDate date, LocalTime time) {
        if (date == null) {
            throw new NullPointerException("date");
        }
        if (time == null) {
            throw new NullPointerException("time");
        }
        return new LocalDateTime(date, time);
    }

    public static LocalDateTime ofInstant(Instant instant, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
    }

    public static LocalDateTime ofEpochSecond(long epochSecond, int nanoOfSecond, ZoneOffset offset) {
        ChronoField.NANO_OF_SECOND.checkValidValue(nanoOfSecond);
        long local = epochSecond + offset.getTotalSeconds();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86400));
        long secondOfDay = Math.floorMod(local, 86400L);
        return new LocalDateTime(date, LocalTime.ofNanoOfDay(secondOfDay * LocalTime.NANOS_PER_SECOND + nanoOfSecond));
    }

    public static LocalDateTime from(TemporalAccessor temporal) {
        if (temporal instanceof LocalDateTime t) {
            return t;
        }
        if (temporal instanceof ZonedDateTime z) {
            return z.toLocalDateTime();
        }
        if (temporal instanceof OffsetDateTime o) {
            return o.toLocalDateTime();
        }
        try {
            return new LocalDateTime(LocalDate.from(temporal), LocalTime.from(temporal));
        } catch (DateTimeException e) {
            throw new DateTimeException(
                    "Unable to obtain LocalDateTime from TemporalAccessor: " + temporal + " of type "
                            + temporal.getClass().getName(),
                    e);
        }
    }

    public static LocalDateTime parse(CharSequence text) {
        return parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    public static LocalDateTime parse(CharSequence text, DateTimeFormatter formatter) {
        return formatter.parse(text, From.LOCAL_DATE_TIME);
    }

    private LocalDateTime with(LocalDate newDate, LocalTime newTime) {
        return date == newDate && time == newTime ? this : new LocalDateTime(newDate, newTime);
    }

    @Override
    public boolean isSupported(TemporalField field) {
        return field instanceof ChronoField
                ? field.isDateBased() || field.isTimeBased()
                : field != null && field.isSupportedBy(this);
    }

    @Override
    public boolean isSupported(TemporalUnit unit) {
        return unit instanceof ChronoUnit ? unit != ChronoUnit.FOREVER : unit != null && unit.isSupportedBy(this);
    }

    @Override
    public ValueRange range(TemporalField field) {
        if (field instanceof ChronoField) {
            return field.isTimeBased() ? time.range(field) : date.range(field);
        }
        return field.rangeRefinedBy(this);
    }

    @Override
    public int get(TemporalField field) {
        if (field instanceof ChronoField) {
            return field.isTimeBased() ? time.get(field) : date.get(field);
        }
        return ChronoLocalDateTime.super.get(field);
    }

    @Override
    public long getLong(TemporalField field) {
        if (field instanceof ChronoField) {
            return field.isTimeBased() ? time.getLong(field) : date.getLong(field);
        }
        return field.getFrom(this);
    }

    @Override
    public LocalDate toLocalDate() {
        return date;
    }

    @Override
    public LocalTime toLocalTime() {
        return time;
    }

    @Override
    public IsoChronology getChronology() {
        return IsoChronology.INSTANCE;
    }

    public int getYear() {
        return date.getYear();
    }

    public int getMonthValue() {
        return date.getMonthValue();
    }

    public Month getMonth() {
        return date.getMonth();
    }

    public int getDayOfMonth() {
        return date.getDayOfMonth();
    }

    public int getDayOfYear() {
        return date.getDayOfYear();
    }

    public DayOfWeek getDayOfWeek() {
        return date.getDayOfWeek();
    }

    public int getHour() {
        return time.getHour();
    }

    public int getMinute() {
        return time.getMinute();
    }

    public int getSecond() {
        return time.getSecond();
    }

    public int getNano() {
        return time.getNano();
    }

    @Override
    public LocalDateTime with(TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate d) {
            return with(d, time);
        }
        if (adjuster instanceof LocalTime t) {
            return with(date, t);
        }
        if (adjuster instanceof LocalDateTime dt) {
            return dt;
        }
        return (LocalDateTime) adjuster.adjustInto(this);
    }

    @Override
    public LocalDateTime with(TemporalField field, long newValue) {
        if (field instanceof ChronoField) {
            return field.isTimeBased()
                    ? with(date, time.with(field, newValue))
                    : with(date.with(field, newValue), time);
        }
        return field.adjustInto(this, newValue);
    }

    public LocalDateTime withYear(int year) {
        return with(date.withYear(year), time);
    }

    public LocalDateTime withMonth(int month) {
        return with(date.withMonth(month), time);
    }

    public LocalDateTime withDayOfMonth(int dayOfMonth) {
        return with(date.withDayOfMonth(dayOfMonth), time);
    }

    public LocalDateTime withDayOfYear(int dayOfYear) {
        return with(date.withDayOfYear(dayOfYear), time);
    }

    public LocalDateTime withHour(int hour) {
        return with(date, time.withHour(hour));
    }

    public LocalDateTime withMinute(int minute) {
        return with(date, time.withMinute(minute));
    }

    public LocalDateTime withSecond(int second) {
        return with(date, time.withSecond(second));
    }

    public LocalDateTime withNano(int nanoOfSecond) {
        return with(date, time.withNano(nanoOfSecond));
    }

    public LocalDateTime truncatedTo(TemporalUnit unit) {
        return with(date, time.truncatedTo(unit));
    }

    @Override
    public LocalDateTime plus(TemporalAmount amount) {
        if (amount instanceof Period p) {
            return with(date.plus(p), time);
        }
        if (amount == null) {
            throw new NullPointerException("amountToAdd");
        }
        return (LocalDateTime) amount.addTo(this);
    }

    @Override
    public LocalDateTime plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit u)) {
            return unit.addTo(this, amount);
        }
        return switch (u) {
            case NANOS -> plusNanos(amount);
            case MICROS -> plusDays(amount / 86400_000_000L).plusNanos((amount % 86400_000_000L) * 1000);
            case MILLIS -> plusDays(amount / 86400_000L).plusNanos((amount % 86400_000L) * 1000_000);
            case SECONDS -> plusSeconds(amount);
            case MINUTES -> plusMinutes(amount);
            case HOURS -> plusHours(amount);
            // 256 half-days are 128 days: keeps amount * 12 from overflowing
            case HALF_DAYS -> plusDays(amount / 256).plusHours((amount % 256) * 12);
            default -> with(date.plus(amount, unit), time);
        };
    }

    public LocalDateTime plusYears(long years) {
        return with(date.plusYears(years), time);
    }

    public LocalDateTime plusMonths(long months) {
        return with(date.plusMonths(months), time);
    }

    public LocalDateTime plusWeeks(long weeks) {
        return with(date.plusWeeks(weeks), time);
    }

    public LocalDateTime plusDays(long days) {
        return with(date.plusDays(days), time);
    }

    public LocalDateTime plusHours(long hours) {
        return plusTime(hours / 24, (hours % 24) * LocalTime.NANOS_PER_HOUR);
    }

    public LocalDateTime plusMinutes(long minutes) {
        return plusTime(minutes / 1440, (minutes % 1440) * LocalTime.NANOS_PER_MINUTE);
    }

    public LocalDateTime plusSeconds(long seconds) {
        return plusTime(seconds / 86400, (seconds % 86400) * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime plusNanos(long nanos) {
        return plusTime(nanos / LocalTime.NANOS_PER_DAY, nanos % LocalTime.NANOS_PER_DAY);
    }

    /** Adds whole days and less than a day of nanoseconds (either sign), carrying across midnight. */
    private LocalDateTime plusTime(long days, long nanos) {
        if (days == 0 && nanos == 0) {
            return this;
        }
        long now = time.toNanoOfDay();
        long sum = now + nanos;
        days += Math.floorDiv(sum, LocalTime.NANOS_PER_DAY);
        long nanoOfDay = Math.floorMod(sum, LocalTime.NANOS_PER_DAY);
        return with(date.plusDays(days), nanoOfDay == now ? time : LocalTime.ofNanoOfDay(nanoOfDay));
    }

    @Override
    public LocalDateTime minus(TemporalAmount amount) {
        if (amount instanceof Period p) {
            return with(date.minus(p), time);
        }
        if (amount == null) {
            throw new NullPointerException("amountToSubtract");
        }
        return (LocalDateTime) amount.subtractFrom(this);
    }

    @Override
    public LocalDateTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    public LocalDateTime minusYears(long years) {
        return with(date.minusYears(years), time);
    }

    public LocalDateTime minusMonths(long months) {
        return with(date.minusMonths(months), time);
    }

    public LocalDateTime minusWeeks(long weeks) {
        return with(date.minusWeeks(weeks), time);
    }

    public LocalDateTime minusDays(long days) {
        return with(date.minusDays(days), time);
    }

    public LocalDateTime minusHours(long hours) {
        return plusTime(-(hours / 24), -(hours % 24) * LocalTime.NANOS_PER_HOUR);
    }

    public LocalDateTime minusMinutes(long minutes) {
        return plusTime(-(minutes / 1440), -(minutes % 1440) * LocalTime.NANOS_PER_MINUTE);
    }

    public LocalDateTime minusSeconds(long seconds) {
        return plusTime(-(seconds / 86400), -(seconds % 86400) * LocalTime.NANOS_PER_SECOND);
    }

    public LocalDateTime minusNanos(long nanos) {
        return plusTime(-(nanos / LocalTime.NANOS_PER_DAY), -(nanos % LocalTime.NANOS_PER_DAY));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.localDate()) {
            return (R) date;
        }
        if (query == TemporalQueries.localTime()) {
            return (R) time;
        }
        if (query == TemporalQueries.chronology()) {
            return (R) IsoChronology.INSTANCE;
        }
        if (query == TemporalQueries.precision()) {
            return (R) ChronoUnit.NANOS;
        }
        return ChronoLocalDateTime.super.query(query);
    }

    @Override
    public Temporal adjustInto(Temporal temporal) {
        return temporal.with(ChronoField.EPOCH_DAY, date.toEpochDay())
                .with(ChronoField.NANO_OF_DAY, time.toNanoOfDay());
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDateTime end = from(endExclusive);
        if (!(unit instanceof ChronoUnit u)) {
            return unit.between(this, end);
        }
        if (u.isTimeBased()) {
            long days = end.date.toEpochDay() - date.toEpochDay();
            if (days == 0) {
                return time.until(end.time, unit);
            }
            // borrow a day so that the time part has the sign of the whole
            long nanos = end.time.toNanoOfDay() - time.toNanoOfDay();
            if (days > 0) {
                days--;
                nanos += LocalTime.NANOS_PER_DAY;
            } else {
                days++;
                nanos -= LocalTime.NANOS_PER_DAY;
            }
            long perDay = LocalTime.NANOS_PER_DAY / u.getDuration().toNanos();
            return Math.addExact(
                    Math.multiplyExact(days, perDay), nanos / u.getDuration().toNanos());
        }
        LocalDate endDate = end.date;
        if (endDate.isAfter(date) && end.time.isBefore(time)) {
            endDate = endDate.minusDays(1);
        } else if (endDate.isBefore(date) && end.time.isAfter(time)) {
            endDate = endDate.plusDays(1);
        }
        return date.until(endDate, unit);
    }

    @Override
    public String format(DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.of(this, offset);
    }

    @Override
    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.of(this, zone);
    }

    @Override
    public Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), time.getNano());
    }

    @Override
    public long toEpochSecond(ZoneOffset offset) {
        return date.toEpochDay() * 86400 + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    @Override
    public int compareTo(ChronoLocalDateTime<?> other) {
        if (other instanceof LocalDateTime o) {
            int cmp = date.compareDate(o.date);
            return cmp != 0 ? cmp : time.compareTo(o.time);
        }
        int cmp = date.compareTo(other.toLocalDate());
        return cmp != 0 ? cmp : time.compareTo(other.toLocalTime());
    }

    @Override
    public boolean isAfter(ChronoLocalDateTime<?> other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean isBefore(ChronoLocalDateTime<?> other) {
        return compareTo(other) < 0;
    }

    @Override
    public boolean isEqual(ChronoLocalDateTime<?> other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LocalDateTime o && date.equals(o.date) && time.equals(o.time);
    }

    @Override
    public int hashCode() {
        return date.hashCode() ^ time.hashCode();
    }

    @Override
    public String toString() {
        return date.toString() + 'T' + time.toString();
    }
}
