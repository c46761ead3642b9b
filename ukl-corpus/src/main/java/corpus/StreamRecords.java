package corpus;

import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Stream pipelines over records, as reporting code writes them: grouping, partitioning, statistics. */
public final class StreamRecords {
    record Employee(String name, String dept, int age, double salary) {}

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Ada", "eng", 36, 8200.50),
                new Employee("Brian", "ops", 44, 5100.00),
                new Employee("Chen", "eng", 29, 7300.25),
                new Employee("Dana", "sales", 51, 6100.75),
                new Employee("Eve", "eng", 41, 9100.00),
                new Employee("Farid", "ops", 23, 4300.10),
                new Employee("Gita", "sales", 33, 5900.90));

        Map<String, List<String>> byDept = staff.stream()
                .collect(Collectors.groupingBy(
                        Employee::dept, TreeMap::new, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println("by dept: " + byDept);

        Map<String, Double> avgSalary = staff.stream()
                .collect(Collectors.groupingBy(
                        Employee::dept, TreeMap::new, Collectors.averagingDouble(Employee::salary)));
        avgSalary.forEach((d, s) -> System.out.printf("%-6s %10.2f%n", d, s));

        Map<Boolean, Long> over40 =
                staff.stream().collect(Collectors.partitioningBy(e -> e.age() > 40, Collectors.counting()));
        System.out.println("over 40: " + over40);

        DoubleSummaryStatistics stats =
                staff.stream().mapToDouble(Employee::salary).summaryStatistics();
        System.out.println(stats);
        System.out.println(
                "total " + staff.stream().mapToDouble(Employee::salary).sum());

        Optional<Employee> oldestEngineer =
                staff.stream().filter(e -> e.dept().equals("eng")).max(Comparator.comparingInt(Employee::age));
        System.out.println(
                "oldest engineer: " + oldestEngineer.map(Employee::name).orElse("none"));

        String names = staff.stream()
                .sorted(Comparator.comparingDouble(Employee::salary).reversed())
                .limit(3)
                .map(Employee::name)
                .collect(Collectors.joining(", ", "[", "]"));
        System.out.println("top paid: " + names);

        Map<String, Integer> ages =
                staff.stream().collect(Collectors.toMap(Employee::dept, Employee::age, Integer::sum, TreeMap::new));
        System.out.println("age sums: " + ages);

        String summary = staff.stream()
                .collect(Collectors.teeing(
                        Collectors.counting(),
                        Collectors.summingInt(Employee::age),
                        (n, sum) -> n + " people, mean age " + (sum / n)));
        System.out.println(summary);

        List<Integer> squares = IntStream.rangeClosed(1, 10)
                .filter(i -> i % 3 != 0)
                .map(i -> i * i)
                .boxed()
                .toList();
        System.out.println("squares " + squares);
        System.out.println("fib "
                + Stream.iterate(new long[] {0, 1}, f -> new long[] {f[1], f[0] + f[1]})
                        .limit(15)
                        .map(f -> String.valueOf(f[0]))
                        .collect(Collectors.joining(" ")));
        System.out.println("words "
                + Stream.of("delta alpha", "charlie bravo alpha")
                        .flatMap(line -> Stream.of(line.split(" ")))
                        .distinct()
                        .sorted()
                        .toList());
        try {
            Stream<String> s = Stream.of("x");
            s.count();
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getMessage());
        }
        try {
            staff.stream().collect(Collectors.toMap(Employee::dept, Employee::name));
        } catch (IllegalStateException e) {
            System.out.println("toMap: " + e.getMessage());
        }
    }
}
