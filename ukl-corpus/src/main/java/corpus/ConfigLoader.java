package corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.InputMismatchException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.Scanner;
import java.util.TreeMap;

/**
 * Loads an application's configuration as real code does: built-in defaults under a Properties
 * file with comments, continuation lines and escapes, then a small command script read with a
 * Scanner (numbers, words, whole lines, a custom delimiter), and writes the result back out.
 */
public final class ConfigLoader {
    private ConfigLoader() {}

    private static final String DEFAULTS = """
            server.port=8080
            server.host=localhost
            pool.size=4
            greeting=Hello
            """;

    private static final String FILE = """
            # application settings
            ! a second comment style
            server.port = 9090
            server.host:example.org
            pool.size     16
            greeting=Hello, \\
                     world!
            path=C:\\\\temp\\\\logs
            tab\\ key=one\\ttwo
            unicode=caf\\u00e9 \\u20ac
            empty=
            colon\\:key=value\\=with\\=equals
              indented.key = trailing spaces kept   \s
            """;

    private static final String SCRIPT = """
            resize 8 1.5
            rename primary
            greet Ada Lovelace
            bogus 12x
            resize -3 0.25e1
            stats 1,024 -7 3.0
            """;

    public static void main(String[] args) throws IOException {
        Properties defaults = new Properties();
        defaults.load(new StringReader(DEFAULTS));
        Properties config = new Properties(defaults);
        config.load(new StringReader(FILE));
        System.out.println("size " + config.size() + " defaults " + defaults.size());
        for (String key : new TreeMap<>(toMap(config)).keySet()) {
            System.out.println("  [" + key + "] = [" + config.getProperty(key) + "]");
        }
        System.out.println("port " + Integer.parseInt(config.getProperty("server.port")));
        System.out.println("missing " + config.getProperty("missing") + " / " + config.getProperty("missing", "dflt"));
        List<String> names = new ArrayList<>(config.stringPropertyNames());
        Collections.sort(names);
        System.out.println("names " + names);
        System.out.println("toString " + config);
        System.out.println("defaults " + defaults);

        config.setProperty("pool.size", "32");
        config.remove("empty");
        StringWriter out = new StringWriter();
        config.store(out, "saved by ConfigLoader\nsecond line");
        for (String line : out.toString().split("\n")) {
            // the second comment line is the date, which changes from run to run
            System.out.println(line.matches("#\\w{3} \\w{3} .*") ? "#<date>" : line);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        config.store(bytes, null);
        Properties back = new Properties();
        back.load(new ByteArrayInputStream(bytes.toByteArray()));
        System.out.println("round trip " + back.equals(config) + " " + back.getProperty("unicode"));
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        defaults.list(new PrintStream(listed, true, StandardCharsets.UTF_8));
        System.out.print(listed.toString(StandardCharsets.UTF_8));

        runScript(config);
        scanCsv();
    }

    private static TreeMap<String, String> toMap(Properties p) {
        TreeMap<String, String> m = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            m.put(name, p.getProperty(name));
        }
        return m;
    }

    private static void runScript(Properties config) {
        Scanner in = new Scanner(SCRIPT);
        int lineNo = 0;
        while (in.hasNext()) {
            lineNo++;
            String command = in.next();
            try {
                switch (command) {
                    case "resize" -> {
                        int n = in.nextInt();
                        double factor = in.nextDouble();
                        System.out.println(lineNo + ": resize " + n + " by " + factor + " -> " + n * factor);
                    }
                    case "rename" -> System.out.println(lineNo + ": rename to " + in.next());
                    case "greet" ->
                        System.out.println(lineNo + ": " + config.getProperty("greeting") + " ["
                                + in.nextLine().strip() + "]");
                    case "stats" -> {
                        long sum = 0;
                        while (in.hasNextLong()) {
                            sum += in.nextLong();
                        }
                        System.out.println(lineNo + ": sum " + sum + " then double " + in.nextDouble());
                    }
                    default -> {
                        System.out.println(lineNo + ": unknown " + command + ", hasNextInt " + in.hasNextInt());
                        in.nextInt();
                    }
                }
            } catch (InputMismatchException e) {
                System.out.println(lineNo + ": mismatch (" + e.getMessage() + ") skipping [" + in.nextLine() + "]");
            }
        }
        try {
            in.next();
        } catch (NoSuchElementException e) {
            System.out.println("end: " + e.getClass().getSimpleName());
        }
    }

    private static void scanCsv() {
        Scanner csv = new Scanner("id;name;score\n1;ada;91.5\n2;grace;88\n3;linus;n/a\n").useDelimiter("[;\\n]");
        System.out.println("header " + csv.next() + "|" + csv.next() + "|" + csv.next());
        while (csv.hasNextInt()) {
            int id = csv.nextInt();
            String name = csv.next();
            String score = csv.hasNextDouble() ? String.format("%.1f", csv.nextDouble()) : "(" + csv.next() + ")";
            System.out.println(id + " " + name + " " + score);
        }
        System.out.println("delimiter " + csv.delimiter() + " more " + csv.hasNext());
        Scanner lines = new Scanner("first\r\nsecond\n\nfourth");
        int n = 0;
        while (lines.hasNextLine()) {
            System.out.println("line " + ++n + " [" + lines.nextLine() + "]");
        }
        Scanner words = new Scanner("alpha 42 beta");
        System.out.println(words.findInLine("\\d+") + " then " + words.next());
    }
}
