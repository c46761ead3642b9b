package java.util;

import java.io.Serializable;
import java.time.Instant;

/**
 * An instant as milliseconds since 1970-01-01T00:00:00Z. The deprecated field accessors
 * ({@code getYear}, {@code getMonth}, ...) and constructors read and write the fields of a
 * {@link GregorianCalendar} in the default zone (UTC in an image), as the JDK's do; years count
 * from 1900 and the Julian calendar applies before 1582-10-15.
 * (They carry no {@code @Deprecated} here: the class library references no annotation type.)
 */
public class Date implements Serializable, Cloneable, Comparable<Date> {
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private long fastTime;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    public Date(int year, int month, int date) {
        this(year, month, date, 0, 0, 0);
    }

    public Date(int year, int month, int date, int hrs, int min) {
        this(year, month, date, hrs, min, 0);
    }

    public Date(int year, int month, int date, int hrs, int min, int sec) {
        GregorianCalendar c = new GregorianCalendar();
        c.clear();
        c.set(1900 + year, month, date, hrs, min, sec);
        fastTime = c.getTimeInMillis();
    }

    public static Date from(Instant instant) {
        try {
            return new Date(instant.toEpochMilli());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli(getTime());
    }

    public long getTime() {
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
    }

    public boolean before(Date when) {
        return getTime() < when.getTime();
    }

    public boolean after(Date when) {
        return getTime() > when.getTime();
    }

    @Override
    public int compareTo(Date anotherDate) {
        return Long.compare(getTime(), anotherDate.getTime());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Date d && getTime() == d.getTime();
    }

    @Override
    public int hashCode() {
        long ht = getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private GregorianCalendar calendar() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.defaultZone());
        c.setTimeInMillis(getTime());
        return c;
    }

    private void setField(int field, int value) {
        GregorianCalendar c = calendar();
        c.set(field, value);
        fastTime = c.getTimeInMillis();
    }

    public int getYear() {
        GregorianCalendar c = calendar();
        int year = c.get(Calendar.YEAR);
        return (c.get(Calendar.ERA) == GregorianCalendar.AD ? year : 1 - year) - 1900;
    }

    public void setYear(int year) {
        setField(Calendar.YEAR, year + 1900);
    }

    public int getMonth() {
        return calendar().get(Calendar.MONTH);
    }

    public void setMonth(int month) {
        setField(Calendar.MONTH, month);
    }

    public int getDate() {
        return calendar().get(Calendar.DAY_OF_MONTH);
    }

    public void setDate(int date) {
        setField(Calendar.DAY_OF_MONTH, date);
    }

    public int getDay() {
        return calendar().get(Calendar.DAY_OF_WEEK) - 1;
    }

    public int getHours() {
        return calendar().get(Calendar.HOUR_OF_DAY);
    }

    public void setHours(int hours) {
        setField(Calendar.HOUR_OF_DAY, hours);
    }

    public int getMinutes() {
        return calendar().get(Calendar.MINUTE);
    }

    public void setMinutes(int minutes) {
        setField(Calendar.MINUTE, minutes);
    }

    public int getSeconds() {
        return calendar().get(Calendar.SECOND);
    }

    public void setSeconds(int seconds) {
        setField(Calendar.SECOND, seconds);
    }

    public int getTimezoneOffset() {
        return -TimeZone.defaultZone().getOffset(getTime()) / 60000;
    }

    /** {@code EEE MMM dd HH:mm:ss zzz yyyy} in the default zone, the year of its era unpadded. */
    @Override
    public String toString() {
        TimeZone zone = TimeZone.defaultZone();
        GregorianCalendar c = new GregorianCalendar(zone);
        c.setTimeInMillis(getTime());
        StringBuilder b = new StringBuilder(28);
        b.append(DAYS[c.get(Calendar.DAY_OF_WEEK) - 1]).append(' ');
        b.append(MONTHS[c.get(Calendar.MONTH)]).append(' ');
        twoDigits(b, c.get(Calendar.DAY_OF_MONTH)).append(' ');
        twoDigits(b, c.get(Calendar.HOUR_OF_DAY)).append(':');
        twoDigits(b, c.get(Calendar.MINUTE)).append(':');
        twoDigits(b, c.get(Calendar.SECOND)).append(' ');
        b.append(zone.getDisplayName(c.get(Calendar.DST_OFFSET) != 0, TimeZone.SHORT, Locale.US));
        return b.append(' ').append(c.get(Calendar.YEAR)).toString();
    }

    private static StringBuilder twoDigits(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
