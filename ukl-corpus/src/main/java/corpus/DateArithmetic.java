package corpus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Invoice due dates, ages, business days and month ends, as billing code computes them with
 * LocalDate, Period, ChronoUnit and TemporalAdjusters; leap days and year ends on purpose.
 */
public class DateArithmetic {
    static final class Invoice {
        private final String id;
        private final LocalDate issued;
        private final int termDays;

        Invoice(String id, LocalDate issued, int termDays) {
            this.id = id;
            this.issued = issued;
            this.termDays = termDays;
        }

        String id() {
            return id;
        }

        LocalDate issued() {
            return issued;
        }

        LocalDate due() {
            LocalDate d = issued.plusDays(termDays);
            // due dates falling on a weekend move to the next Monday
            return d.getDayOfWeek().getValue() >= 6 ? d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : d;
        }
    }

    static int businessDaysBetween(LocalDate start, LocalDate end) {
        int count = 0;
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        LocalDate today = LocalDate.of(2024, 2, 29);
        List<Invoice> invoices = new ArrayList<>();
        invoices.add(new Invoice("INV-1", LocalDate.of(2023, 12, 15), 30));
        invoices.add(new Invoice("INV-2", LocalDate.parse("2024-01-31"), 30));
        invoices.add(new Invoice("INV-3", LocalDate.of(2024, Month.FEBRUARY, 1), 14));
        invoices.add(new Invoice("INV-4", LocalDate.of(2024, 2, 28), 60));
        Map<LocalDate, String> byDue = new TreeMap<>();
        for (Invoice inv : invoices) {
            LocalDate due = inv.due();
            long overdue = ChronoUnit.DAYS.between(due, today);
            byDue.put(due, inv.id());
            System.out.println(inv.id() + " issued " + inv.issued() + " due " + due + " (" + due.getDayOfWeek() + ") "
                    + (overdue > 0 ? overdue + " days overdue" : -overdue + " days left"));
        }
        System.out.println("by due date: " + byDue);

        LocalDate birth = LocalDate.of(1988, 2, 29);
        Period age = Period.between(birth, today);
        System.out.println("age " + age + " = " + age.getYears() + " years, " + age.getMonths() + " months, "
                + age.getDays() + " days");
        for (int y = 2023; y <= 2028; y++) {
            LocalDate birthday = birth.withYear(y);
            System.out.println(y + (Year.isLeap(y) ? " leap" : "     ") + " birthday " + birthday + " day "
                    + birthday.getDayOfYear() + " of " + birthday.lengthOfYear());
        }

        YearMonth month = YearMonth.of(2024, 1);
        for (int i = 0; i < 14; i++) {
            LocalDate last = month.atEndOfMonth();
            LocalDate lastFriday = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
            LocalDate secondTuesday = month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
            System.out.println(month + ": " + month.lengthOfMonth() + " days, last " + last.getDayOfWeek()
                    + ", payroll " + lastFriday + ", patch day " + secondTuesday + ", business days "
                    + businessDaysBetween(month.atDay(1), month.plusMonths(1).atDay(1)));
            month = month.plusMonths(1);
        }

        LocalDate start = LocalDate.of(2024, 1, 31);
        for (int i = 1; i <= 4; i++) {
            System.out.println(start + " + " + i + " months = " + start.plusMonths(i) + ", - " + i + " years = "
                    + start.minusYears(i) + ", + " + i + " weeks = " + start.plusWeeks(i));
        }
        System.out.println(
                "months 2024-01-31..2024-03-30: " + ChronoUnit.MONTHS.between(start, LocalDate.of(2024, 3, 30)));
        System.out.println(
                "weeks in 2024: " + ChronoUnit.WEEKS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
        System.out.println(
                "epoch day of 2000-03-01: " + LocalDate.of(2000, 3, 1).toEpochDay());
        System.out.println("from epoch day 20000: " + LocalDate.ofEpochDay(20000));
        System.out.println(
                "year -1 ends " + LocalDate.of(-1, 12, 31) + ", year 10000 starts " + LocalDate.of(10000, 1, 1));
        System.out.println(
                "Period P1Y14M normalized " + Period.parse("P1Y14M").normalized() + ", P2W " + Period.parse("P2W"));

        String[] inputs = {"2024-02-29", "2023-02-29", "2024-13-01", "2024-1-5", "not a date"};
        for (String s : inputs) {
            try {
                LocalDate d = LocalDate.parse(s);
                System.out.println("parsed " + s + " -> " + d + " " + d.getDayOfWeek());
            } catch (DateTimeParseException e) {
                System.out.println("rejected: " + e.getMessage() + " (index " + e.getErrorIndex() + ")");
            }
        }
        try {
            LocalDate.of(2023, 2, 29);
        } catch (java.time.DateTimeException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
