package ukl.classlib;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * This module's date classes ({@code java.util} Date, TimeZone, Calendar, GregorianCalendar and
 * {@code java.text} DateFormat, SimpleDateFormat, DateFormatSymbols) loaded through {@link Shadow}
 * beside the JDK's, and the outcome of a call as comparable text: the value, or the exception's
 * class and message.
 */
final class DateMirror {
    static final Shadow SHADOW = new Shadow(
            "java/util/Date",
            "java/util/TimeZone",
            "java/util/FixedTimeZone",
            "java/util/Calendar",
            "java/util/GregorianCalendar",
            "java/util/CalendarDays",
            "java/text/DateFormat",
            "java/text/SimpleDateFormat",
            "java/text/DateFormatSymbols");

    private DateMirror() {}

    static Class<?> type(String internalName) {
        return SHADOW.type(internalName);
    }

    /** Our TimeZone of {@code id}. */
    static Object zone(String id) throws Throwable {
        return Shadow.invoke(type("java/util/TimeZone"), "getTimeZone", id);
    }

    /** Our GregorianCalendar in {@code id}'s zone and the US locale. */
    static Object calendar(String id) throws Throwable {
        return Shadow.construct(type("java/util/GregorianCalendar"), zone(id), Locale.US);
    }

    /** Our Date of {@code millis}. */
    static Object date(long millis) throws Throwable {
        return Shadow.construct(type("java/util/Date"), millis);
    }

    /** The outcome of a call as text. */
    static String outcome(Call call) {
        try {
            return "= " + call.get();
        } catch (InvocationTargetException e) {
            return describe(e.getCause());
        } catch (Throwable e) {
            return describe(e);
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + ": " + e.getMessage();
    }

    interface Call {
        Object get() throws Throwable;
    }
}
