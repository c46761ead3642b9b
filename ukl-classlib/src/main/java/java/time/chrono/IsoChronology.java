package java.time.chrono;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;

/** The ISO-8601 calendar: the proleptic Gregorian calendar. */
public final class IsoChronology implements Chronology {
    public static final IsoChronology INSTANCE = new IsoChronology();

    private IsoChronology() {}

    @Override
    public String getId() {
        return "ISO";
    }

    @Override
    public String getCalendarType() {
        return "iso8601";
    }

    @Override
    public boolean isLeapYear(long prolepticYear) {
        return Year.isLeap(prolepticYear);
    }

    @Override
    public LocalDate date(int prolepticYear, int month, int dayOfMonth) {
        return LocalDate.of(prolepticYear, month, dayOfMonth);
    }

    @Override
    public LocalDate dateEpochDay(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    public LocalDate dateYearDay(int prolepticYear, int dayOfYear) {
        return LocalDate.ofYearDay(prolepticYear, dayOfYear);
    }

    public IsoEra eraOf(int eraValue) {
        return IsoEra.of(eraValue);
    }

    public Period period(int years, int months, int days) {
        return Period.of(years, months, days);
    }

    @Override
    public int compareTo(Chronology other) {
        return getId().compareTo(other.getId());
    }

    @Override
    public String toString() {
        return "ISO";
    }
}
