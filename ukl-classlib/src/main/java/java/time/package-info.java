/**
 * The image's {@code java.time}: ISO-8601 dates and times (JSR-310's API, ISO chronology only).
 * {@link LocalDate}, {@link LocalTime}, {@link LocalDateTime}, {@link Instant}, {@link Duration},
 * {@link Period}, {@link OffsetDateTime}, {@link ZonedDateTime}, {@link Year}, {@link YearMonth},
 * {@link MonthDay}, {@link Clock}. Results, messages and {@code toString} follow JDK 25 and are
 * checked against it by this module's tests (TimeArithmeticTest, TimeFormatTest).
 *
 * <p>Zones: images carry no time-zone database. {@link ZoneOffset}s and the regions UTC, GMT and
 * UT (alone or with an offset, {@code UTC+01:00}) work and have fixed rules; any other region id
 * is a {@code ZoneRulesException} that says so. {@link ZoneId#systemDefault()} is UTC. The system
 * clock reads CLOCK_REALTIME through {@code ukl.libc.Libc}, like {@code System.currentTimeMillis}.
 *
 * <p>Same rules as {@code java.lang}: closed over this module, no lambdas. Class initialisers
 * stay light (ChronoUnit computes its Durations when asked, the formatter's parse form of
 * ISO_INSTANT is built on first use), and toString never goes through DateTimeFormatter, so
 * that shrinking can leave out what a program does not call.
 */
package java.time;
