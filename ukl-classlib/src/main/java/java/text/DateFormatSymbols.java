package java.text;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * The texts of dates: English for every locale (no locale data in an image, issue 11), except
 * that the root locale has the JDK's root texts (abbreviated month and day names only, eras BCE
 * and CE). The zone strings hold the only zones an image has names for, UTC and GMT, in the JDK's
 * layout (id, long and short standard name, long and short daylight name, long and short generic).
 */
public class DateFormatSymbols implements Serializable, Cloneable {
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        ""
    };
    private static final String[] SHORT_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""
    };
    private static final String[] WEEKDAYS = {
        "", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
    };
    private static final String[] SHORT_WEEKDAYS = {"", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

    String[] eras;
    String[] months;
    String[] shortMonths;
    String[] weekdays;
    String[] shortWeekdays;
    String[] ampms = {"AM", "PM"};
    private String[][] zoneStrings;
    private String localPatternChars = "GyMdkHmsSEDFwWahKzZ";
    final Locale locale;

    public DateFormatSymbols() {
        this(Locale.getDefault());
    }

    public DateFormatSymbols(Locale locale) {
        this.locale = locale;
        boolean root = locale.getLanguage().isEmpty();
        eras = root ? new String[] {"BCE", "CE"} : new String[] {"BC", "AD"};
        months = (root ? SHORT_MONTHS : MONTHS).clone();
        shortMonths = SHORT_MONTHS.clone();
        weekdays = (root ? SHORT_WEEKDAYS : WEEKDAYS).clone();
        shortWeekdays = SHORT_WEEKDAYS.clone();
    }

    public static final DateFormatSymbols getInstance() {
        return getInstance(Locale.getDefault());
    }

    public static final DateFormatSymbols getInstance(Locale locale) {
        return new DateFormatSymbols(locale);
    }

    public static Locale[] getAvailableLocales() {
        return Locale.getAvailableLocales();
    }

    public String[] getEras() {
        return eras.clone();
    }

    public void setEras(String[] newEras) {
        eras = newEras.clone();
    }

    public String[] getMonths() {
        return months.clone();
    }

    public void setMonths(String[] newMonths) {
        months = newMonths.clone();
    }

    public String[] getShortMonths() {
        return shortMonths.clone();
    }

    public void setShortMonths(String[] newShortMonths) {
        shortMonths = newShortMonths.clone();
    }

    public String[] getWeekdays() {
        return weekdays.clone();
    }

    public void setWeekdays(String[] newWeekdays) {
        weekdays = newWeekdays.clone();
    }

    public String[] getShortWeekdays() {
        return shortWeekdays.clone();
    }

    public void setShortWeekdays(String[] newShortWeekdays) {
        shortWeekdays = newShortWeekdays.clone();
    }

    public String[] getAmPmStrings() {
        return ampms.clone();
    }

    public void setAmPmStrings(String[] newAmpms) {
        ampms = newAmpms.clone();
    }

    public String[][] getZoneStrings() {
        String[][] zones = zoneStrings != null
                ? zoneStrings
                : new String[][] {
                    zone("GMT", "Greenwich Mean Time", "GMT"), zone("UTC", "Coordinated Universal Time", "UTC")
                };
        String[][] copy = new String[zones.length][];
        for (int i = 0; i < zones.length; i++) {
            copy[i] = zones[i].clone();
        }
        return copy;
    }

    private static String[] zone(String id, String name, String abbreviation) {
        return new String[] {id, name, abbreviation, name, abbreviation, name, abbreviation};
    }

    public void setZoneStrings(String[][] newZoneStrings) {
        String[][] copy = new String[newZoneStrings.length][];
        for (int i = 0; i < newZoneStrings.length; i++) {
            if (newZoneStrings[i].length < 5) {
                throw new IllegalArgumentException();
            }
            copy[i] = newZoneStrings[i].clone();
        }
        zoneStrings = copy;
    }

    public String getLocalPatternChars() {
        return localPatternChars;
    }

    public void setLocalPatternChars(String newLocalPatternChars) {
        localPatternChars = newLocalPatternChars.toString();
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(eras) * 31 + Arrays.hashCode(months);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DateFormatSymbols that
                && Arrays.equals(eras, that.eras)
                && Arrays.equals(months, that.months)
                && Arrays.equals(shortMonths, that.shortMonths)
                && Arrays.equals(weekdays, that.weekdays)
                && Arrays.equals(shortWeekdays, that.shortWeekdays)
                && Arrays.equals(ampms, that.ampms)
                && localPatternChars.equals(that.localPatternChars);
    }
}
