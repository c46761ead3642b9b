package java.util;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A time zone for {@link Calendar} and {@link Date}. ukl images carry no time-zone database, so
 * the zones are those with fixed rules: {@code "UTC"}, {@code "GMT"} and the JDK's custom ids
 * {@code "GMT+hh:mm"} (also written {@code GMT+h}, {@code GMT+hh}, {@code GMT+hhmm}), normalised
 * as the JDK does. As in the JDK, an id that cannot be understood gives GMT; an id that names a
 * region of the database ({@code "Europe/Paris"}, {@code "EST"}) throws an IllegalArgumentException
 * instead of silently answering GMT where the JDK would apply that region's rules. The default
 * zone is UTC.
 */
public abstract class TimeZone implements Serializable, Cloneable {
    public static final int SHORT = 0;
    public static final int LONG = 1;

    private static TimeZone defaultZone;

    private String id;

    public TimeZone() {}

    public abstract int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds);

    public int getOffset(long date) {
        return inDaylightTime(new Date(date)) ? getRawOffset() + getDSTSavings() : getRawOffset();
    }

    public abstract void setRawOffset(int offsetMillis);

    public abstract int getRawOffset();

    public abstract boolean useDaylightTime();

    public abstract boolean inDaylightTime(Date date);

    public boolean observesDaylightTime() {
        return useDaylightTime();
    }

    public int getDSTSavings() {
        return useDaylightTime() ? 3600000 : 0;
    }

    public String getID() {
        return id;
    }

    public void setID(String id) {
        if (id == null) {
            throw new NullPointerException();
        }
        this.id = id;
    }

    public final String getDisplayName() {
        return getDisplayName(false, LONG, Locale.getDefault());
    }

    public final String getDisplayName(Locale locale) {
        return getDisplayName(false, LONG, locale);
    }

    public final String getDisplayName(boolean daylight, int style) {
        return getDisplayName(daylight, style, Locale.getDefault());
    }

    /**
     * English names for UTC and GMT (the root locale's long name of both is "GMT"); any other zone
     * is named by its offset, "GMT+01:00".
     */
    public String getDisplayName(boolean daylight, int style, Locale locale) {
        if (style != SHORT && style != LONG) {
            throw new IllegalArgumentException("Illegal style: " + style);
        }
        if (style == LONG && locale.getLanguage().isEmpty() && (id.equals("UTC") || id.equals("GMT"))) {
            return "GMT";
        }
        if (id.equals("UTC")) {
            return style == SHORT ? "UTC" : "Coordinated Universal Time";
        }
        if (id.equals("GMT")) {
            return style == SHORT ? "GMT" : "Greenwich Mean Time";
        }
        if (id.startsWith("GMT+") || id.startsWith("GMT-")) {
            return id;
        }
        int offset = getRawOffset() + (daylight ? getDSTSavings() : 0);
        return customId(offset / 60000);
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && getRawOffset() == other.getRawOffset() && useDaylightTime() == other.useDaylightTime();
    }

    public ZoneId toZoneId() {
        if (id.equals("UTC") || id.equals("GMT")) {
            return ZoneId.of(id);
        }
        return ZoneId.ofOffset("GMT", ZoneOffset.ofTotalSeconds(getRawOffset() / 1000));
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public static synchronized TimeZone getTimeZone(String id) {
        if (id == null) {
            throw new NullPointerException();
        }
        if (id.equals("UTC") || id.equals("GMT")) {
            return new FixedTimeZone(id, 0);
        }
        if (id.startsWith("GMT") && id.length() > 3 && (id.charAt(3) == '+' || id.charAt(3) == '-')) {
            int minutes = parseCustom(id);
            return minutes == Integer.MIN_VALUE
                    ? new FixedTimeZone("GMT", 0)
                    : new FixedTimeZone(
                            customId(id.charAt(3) == '-' && minutes == 0 ? Integer.MIN_VALUE : minutes),
                            minutes * 60000);
        }
        if (isRegion(id)) {
            throw new IllegalArgumentException("Unknown time-zone ID: " + id
                    + " (ukl images carry no time-zone database; use \"UTC\", \"GMT\" or \"GMT+hh:mm\")");
        }
        return new FixedTimeZone("GMT", 0);
    }

    public static TimeZone getTimeZone(ZoneId zoneId) {
        String tzid = zoneId.getId();
        if (zoneId instanceof ZoneOffset offset) {
            return tzid.equals("Z") ? getTimeZone("UTC") : getTimeZone("GMT" + tzid);
        }
        return getTimeZone(tzid);
    }

    public static String[] getAvailableIDs() {
        return new String[] {"GMT", "UTC"};
    }

    public static String[] getAvailableIDs(int rawOffset) {
        return rawOffset == 0 ? getAvailableIDs() : new String[0];
    }

    /** A copy of the default zone, UTC unless {@link #setDefault} changed it. */
    public static TimeZone getDefault() {
        return (TimeZone) defaultZone().clone();
    }

    static synchronized TimeZone defaultZone() {
        if (defaultZone == null) {
            defaultZone = new FixedTimeZone("UTC", 0);
        }
        return defaultZone;
    }

    public static synchronized void setDefault(TimeZone zone) {
        defaultZone = zone == null ? null : (TimeZone) zone.clone();
    }

    /**
     * The offset in minutes of a custom id after "GMT±": h, hh, hmm, hhmm, h:mm or hh:mm, at most
     * 23:59; Integer.MIN_VALUE when it is malformed (the JDK then answers GMT).
     */
    private static int parseCustom(String id) {
        String rest = id.substring(4);
        int colon = rest.indexOf(':');
        String hours;
        String minutes;
        if (colon >= 0) {
            hours = rest.substring(0, colon);
            minutes = rest.substring(colon + 1);
            if (minutes.length() != 2) {
                return Integer.MIN_VALUE;
            }
        } else if (rest.length() <= 2) {
            hours = rest;
            minutes = "0";
        } else if (rest.length() <= 4) {
            hours = rest.substring(0, rest.length() - 2);
            minutes = rest.substring(rest.length() - 2);
        } else {
            return Integer.MIN_VALUE;
        }
        if (hours.isEmpty() || hours.length() > 2 || !digits(hours) || !digits(minutes)) {
            return Integer.MIN_VALUE;
        }
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 23 || m > 59) {
            return Integer.MIN_VALUE;
        }
        int total = h * 60 + m;
        return id.charAt(3) == '-' ? -total : total;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "GMT+hh:mm" for an offset in minutes; Integer.MIN_VALUE stands for "-00:00". */
    static String customId(int minutes) {
        boolean negative = minutes < 0;
        int m = minutes == Integer.MIN_VALUE ? 0 : Math.abs(minutes);
        StringBuilder b = new StringBuilder("GMT").append(negative ? '-' : '+');
        int h = m / 60;
        b.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append(':');
        b.append((char) ('0' + m % 60 / 10)).append((char) ('0' + m % 10));
        return b.toString();
    }

    /**
     * Ids of the JDK's zone database: "Area/Location" names and the few without a slash (the old
     * three-letter ids, "CET", "EST5EDT", "Japan", ...), which the JDK knows and an image cannot.
     */
    private static boolean isRegion(String id) {
        if (id.indexOf('/') > 0) {
            return true;
        }
        String[] names = {
            "ACT",
            "AET",
            "AGT",
            "ART",
            "AST",
            "BET",
            "BST",
            "CAT",
            "CNT",
            "CST",
            "CTT",
            "EAT",
            "ECT",
            "IET",
            "IST",
            "JST",
            "MIT",
            "NET",
            "NST",
            "PLT",
            "PNT",
            "PRT",
            "PST",
            "SST",
            "VST",
            "EST",
            "MST",
            "HST",
            "CET",
            "EET",
            "MET",
            "WET",
            "EST5EDT",
            "CST6CDT",
            "MST7MDT",
            "PST8PDT",
            "Cuba",
            "Egypt",
            "Eire",
            "GB",
            "GB-Eire",
            "GMT0",
            "Greenwich",
            "Hongkong",
            "Iceland",
            "Iran",
            "Israel",
            "Jamaica",
            "Japan",
            "Kwajalein",
            "Libya",
            "NZ",
            "NZ-CHAT",
            "Navajo",
            "PRC",
            "Poland",
            "Portugal",
            "ROC",
            "ROK",
            "Singapore",
            "Turkey",
            "UCT",
            "Universal",
            "W-SU",
            "Zulu"
        };
        for (String n : names) {
            if (n.equals(id)) {
                return true;
            }
        }
        return false;
    }
}
