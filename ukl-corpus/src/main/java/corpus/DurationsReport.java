package corpus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A build log summarised with Durations: step times parsed from ISO-8601 texts, totals, averages
 * and percent shares, time-outs checked against a fixed Clock, and the toString forms of
 * negative and fractional durations.
 */
public class DurationsReport {
    static final class Step {
        private final String name;
        private final Duration took;

        Step(String name, Duration took) {
            this.name = name;
            this.took = took;
        }

        String name() {
            return name;
        }

        Duration took() {
            return took;
        }
    }

    static String hms(Duration d) {
        return String.format("%d:%02d:%02d.%03d", d.toHours(), d.toMinutesPart(), d.toSecondsPart(), d.toMillisPart());
    }

    public static void main(String[] args) {
        String[][] log = {
            {"checkout", "PT4.25S"},
            {"resolve", "PT1M12.5S"},
            {"compile", "PT3M41.017S"},
            {"test", "PT12M3S"},
            {"package", "PT38.9S"},
            {"image", "PT1H2M"},
            {"upload", "PT0.75S"}
        };
        List<Step> steps = new ArrayList<>();
        Duration total = Duration.ZERO;
        Duration longest = Duration.ZERO;
        for (String[] entry : log) {
            Step s = new Step(entry[0], Duration.parse(entry[1]));
            steps.add(s);
            total = total.plus(s.took());
            if (s.took().compareTo(longest) > 0) {
                longest = s.took();
            }
        }
        for (Step s : steps) {
            long permille = s.took().toMillis() * 1000 / total.toMillis();
            System.out.println(String.format(
                    "%-9s %-12s %s %3d.%d%%", s.name(), s.took(), hms(s.took()), permille / 10, permille % 10));
        }
        System.out.println("total " + total + " = " + hms(total) + ", average " + total.dividedBy(steps.size())
                + ", longest " + longest + ", longest x3 " + longest.multipliedBy(3));
        System.out.println(
                "test runs " + Duration.ofHours(2).dividedBy(Duration.parse("PT12M3S")) + " times in two hours");
        System.out.println("minutes " + total.toMinutes() + ", seconds " + total.getSeconds() + ", nanos "
                + total.getNano() + ", truncated " + total.truncatedTo(ChronoUnit.MINUTES));

        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        Instant started = Instant.parse("2024-05-01T10:40:30Z");
        Duration elapsed = Duration.between(started, clock.instant());
        Duration budget = Duration.ofMinutes(75);
        System.out.println("elapsed " + elapsed
                + (elapsed.compareTo(budget) > 0 ? " over budget by " + elapsed.minus(budget) : " within budget"));
        Clock later = Clock.offset(clock, Duration.ofMinutes(90));
        System.out.println("now " + clock.instant() + ", in 90 minutes " + later.instant() + ", local "
                + LocalDateTime.now(later) + ", millis " + clock.millis());

        Duration[] samples = {
            Duration.ofMillis(-1500),
            Duration.ofSeconds(-1, 1),
            Duration.ofNanos(1),
            Duration.ofDays(2).plusMinutes(1),
            Duration.ofSeconds(59, 999_999_999),
            Duration.ofMinutes(-61),
            Duration.between(LocalTime.of(23, 0), LocalTime.of(1, 30))
        };
        for (Duration d : samples) {
            System.out.println(d + " negated " + d.negated() + " abs " + d.abs() + " ms " + d.toMillis() + " parts "
                    + d.toDaysPart() + "d" + d.toHoursPart() + "h" + d.toMinutesPart() + "m" + d.toSecondsPart() + "s");
        }
        String[] texts = {"P2DT3H4M", "PT-1.5S", "-PT1H-30M", "PT", "P1Y", "pt10m"};
        for (String t : texts) {
            try {
                System.out.println(t + " -> " + Duration.parse(t));
            } catch (java.time.format.DateTimeParseException e) {
                System.out.println(t + " -> " + e.getMessage());
            }
        }
        LocalDateTime a = LocalDateTime.of(2024, 12, 31, 23, 59, 30);
        for (ChronoUnit unit :
                new ChronoUnit[] {ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS}) {
            System.out.println(a + " + 1 " + unit + " = " + a.plus(1, unit) + ", until 2025-01-02T00:00 "
                    + a.until(LocalDateTime.of(2025, 1, 2, 0, 0), unit));
        }
    }
}
