/**
 * The image's {@code java.time.zone}: rules of fixed offsets only. Images carry no time-zone
 * database, so {@code ZoneId.of("Europe/Paris")} fails with a {@link ZoneRulesException} that says
 * so; {@code UTC}, {@code GMT}, {@code UT}, their offset forms ({@code UTC+01:00}) and plain
 * offsets work, each with {@link ZoneRules#of(java.time.ZoneOffset) fixed rules}.
 */
package java.time.zone;
