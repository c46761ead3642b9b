package corpus;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** Regex-driven log parsing: named groups, find loops, replacement with groups and functions, split. */
public final class RegexLogParsing {
    private static final Pattern LINE = Pattern.compile(
            "^(?<date>\\d{4}-\\d{2}-\\d{2}) (?<time>[\\d:]+) \\[(?<level>[A-Z]+)\\s*\\] (?<msg>.*)$",
            Pattern.MULTILINE);
    private static final Pattern DURATION = Pattern.compile("took (\\d+)ms");

    public static void main(String[] args) {
        String log = String.join(
                "\n",
                "2026-12-01 10:00:01 [INFO ] server started on port 8080",
                "2026-12-01 10:00:05 [WARN ] request /api/users took 1200ms",
                "2026-12-01 10:00:07 [INFO ] request /api/items took 35ms",
                "garbage line without structure",
                "2026-12-01 10:01:00 [ERROR] database timeout after 3 retries",
                "2026-12-01 10:01:02 [INFO ] request /api/users took 48ms");

        Map<String, Integer> levels = new TreeMap<>();
        Matcher m = LINE.matcher(log);
        while (m.find()) {
            levels.merge(m.group("level"), 1, Integer::sum);
            Matcher d = DURATION.matcher(m.group("msg"));
            if (d.find() && Integer.parseInt(d.group(1)) > 1000) {
                System.out.println("slow at " + m.group("time") + ": " + m.group("msg"));
            }
        }
        System.out.println("levels " + levels);

        int total = DURATION.matcher(log)
                .results()
                .mapToInt(r -> Integer.parseInt(r.group(1)))
                .sum();
        System.out.println("total ms " + total);

        System.out.println(
                log.lines().filter(Pattern.compile("\\[ERROR\\]").asPredicate()).count() + " error line(s)");
        System.out.println(LINE.matcher(log).replaceAll("${level}@${time}"));
        System.out.println(
                DURATION.matcher(log).replaceAll(r -> "took " + (Integer.parseInt(r.group(1)) / 1000.0) + "s"));
        System.out.println("first: " + "a1b22c333".replaceFirst("\\d+", "#"));
        System.out.println("all: " + "a1b22c333".replaceAll("(\\d)(\\d*)", "<$1|$2>"));

        String csv = "name, age ,city,, ,";
        System.out.println(String.join("|", csv.split("\\s*,\\s*")));
        System.out.println(String.join("|", csv.split("\\s*,\\s*", -1)));
        System.out.println(String.join("|", "a:b::c".split(":", 2)));
        System.out.println(
                Pattern.compile("\\W+").splitAsStream("one, two;three").collect(Collectors.toList()));
        System.out.println("key=value; k2 = v2".matches("(\\w+\\s*=\\s*\\w+;?\\s*)+"));
        System.out.println("Hello World".matches("(?i)hello\\s+WORLD"));
        System.out.println(Pattern.compile("(\\w)\\1")
                .matcher("bookkeeper")
                .results()
                .map(r -> r.group())
                .toList());
        System.out.println(Pattern.compile("(?<=\\$)\\d+(?=\\.)")
                .matcher("price $42.50")
                .results()
                .map(r -> r.group())
                .toList());
        System.out.println(Pattern.quote("1+1=2") + " " + "1+1=2".matches(Pattern.quote("1+1=2")));
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println(e.getDescription() + " at " + e.getIndex());
        }
    }
}
