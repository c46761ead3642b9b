package corpus;

import java.text.DateFormat;
import java.text.MessageFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A subscription billing report written the pre-java.time way: contract start dates typed by
 * users are parsed with SimpleDateFormat (some of them wrong), invoices fall due monthly with
 * Calendar arithmetic (the 31st pinned to short months, leap days), weekends move to Monday, and
 * the report prints with several patterns, MessageFormat and Date.toString in UTC.
 */
public class BillingCalendarReport {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static final class Contract {
        final String customer;
        final Date start;
        final int months;
        final long monthlyCents;

        Contract(String customer, Date start, int months, long monthlyCents) {
            this.customer = customer;
            this.start = start;
            this.months = months;
            this.monthlyCents = monthlyCents;
        }
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, Locale.US);
        f.setTimeZone(UTC);
        return f;
    }

    private static Calendar calendar(Date date) {
        Calendar c = Calendar.getInstance(UTC, Locale.US);
        c.setTime(date);
        return c;
    }

    /** The due date of invoice {@code n}: n months after the start, moved off the weekend. */
    static Date dueDate(Contract contract, int n) {
        Calendar c = calendar(contract.start);
        c.add(Calendar.MONTH, n);
        int day = c.get(Calendar.DAY_OF_WEEK);
        if (day == Calendar.SATURDAY) {
            c.add(Calendar.DATE, 2);
        } else if (day == Calendar.SUNDAY) {
            c.add(Calendar.DATE, 1);
        }
        return c.getTime();
    }

    static String money(long cents) {
        return String.format(Locale.US, "%,d.%02d", cents / 100, cents % 100);
    }

    public static void main(String[] args) {
        SimpleDateFormat input = format("yyyy-MM-dd");
        input.setLenient(false);
        String[][] rows = {
            {"Acme Tools", "2023-01-31", "6", "129900"},
            {"Blue Harbor", "2024-02-29", "4", "45000"},
            {"Cedar & Sons", "2023-13-01", "3", "1000"},
            {"Delta Freight", "2023-11-15", "5", "980050"},
            {"Echo Labs", "15/03/2024", "2", "5000"},
            {"Fjord Media", "2024-08-31", "7", "2500"}
        };
        List<Contract> contracts = new ArrayList<>();
        for (String[] row : rows) {
            try {
                contracts.add(
                        new Contract(row[0], input.parse(row[1]), Integer.parseInt(row[2]), Long.parseLong(row[3])));
            } catch (ParseException e) {
                System.out.println("rejected " + row[0] + ": " + e.getMessage() + " at " + e.getErrorOffset());
            }
        }

        SimpleDateFormat longDate = format("EEE, d MMM yyyy");
        SimpleDateFormat iso = format("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        SimpleDateFormat week = format("'week' w 'of' YYYY, 'day' D");
        MessageFormat line = new MessageFormat("  #{0}  due {1}  {2} USD  ({3})", Locale.US);
        for (Contract c : contracts) {
            System.out.println(c.customer + " from " + longDate.format(c.start) + " [" + iso.format(c.start) + "]");
            long total = 0;
            for (int n = 1; n <= c.months; n++) {
                Date due = dueDate(c, n);
                total += c.monthlyCents;
                System.out.println(
                        line.format(new Object[] {n, longDate.format(due), money(c.monthlyCents), week.format(due)}));
            }
            Calendar end = calendar(dueDate(c, c.months));
            long days = (end.getTimeInMillis() - c.start.getTime()) / 86_400_000L;
            System.out.println("  total " + money(total) + " over " + days + " days, last invoice " + end.getTime());
        }

        // the calendar's own arithmetic: month ends, leap years, rolling and the fields of a date
        Calendar c = new GregorianCalendar(UTC, Locale.US);
        c.clear();
        c.set(2024, Calendar.JANUARY, 31, 23, 59, 59);
        for (int i = 0; i < 4; i++) {
            System.out.println(format("yyyy-MM-dd HH:mm:ss EEEE").format(c.getTime())
                    + " max day " + c.getActualMaximum(Calendar.DAY_OF_MONTH)
                    + " weeks " + c.getActualMaximum(Calendar.WEEK_OF_YEAR));
            c.add(Calendar.MONTH, 1);
        }
        c.roll(Calendar.HOUR_OF_DAY, 5);
        c.roll(Calendar.MONTH, -7);
        c.add(Calendar.YEAR, -1);
        System.out.println("rolled " + c.getTime() + " day of year " + c.get(Calendar.DAY_OF_YEAR));
        for (int year : new int[] {1900, 2000, 2023, 2024, 2100}) {
            System.out.println(year + " leap " + ((GregorianCalendar) c).isLeapYear(year));
        }
        c.clear();
        c.set(1582, Calendar.OCTOBER, 4);
        c.add(Calendar.DATE, 1);
        System.out.println(
                "after 4 October 1582 came " + format("d MMMM yyyy G").format(c.getTime()));

        DateFormat styled = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, Locale.US);
        styled.setTimeZone(UTC);
        Date epoch = new Date(1_700_000_000_000L);
        System.out.println(styled.format(epoch).replace('\u202f', ' '));
        System.out.println(MessageFormat.format(
                "{0,date,yyyy/MM/dd} is before {1}: {2}", epoch, new Date(0).getTime(), epoch.before(new Date(0))));
        try {
            format("yyyy-MM-dd HH:mm").parse("2024-05-06 7");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " at " + e.getErrorOffset());
        }
    }
}
