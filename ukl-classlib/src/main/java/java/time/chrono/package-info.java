/**
 * The image's {@code java.time.chrono}: only what the ISO classes' signatures name. Programs
 * compiled against the JDK call {@code LocalDate.isBefore(ChronoLocalDate)} and
 * {@code compareTo(ChronoLocalDateTime)}, so these interfaces exist with the JDK's names; the ISO
 * calendar ({@link IsoChronology}) is the only chronology, and each interface has one implementation
 * in {@code java.time}.
 */
package java.time.chrono;
