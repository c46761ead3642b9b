/**
 * The image's {@code java.time.temporal}: the field, unit, amount and adjuster abstractions the
 * date-time classes of {@code java.time} share. Only the ISO fields and units ({@link ChronoField},
 * {@link ChronoUnit}) exist; week-based fields ({@code IsoFields}, {@code WeekFields}) do not.
 * Same rules as {@code java.lang}: closed over this module, no lambdas; messages follow JDK 25.
 */
package java.time.temporal;
