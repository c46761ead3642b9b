package corpus;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-oriented configuration loader in the style of many command-line tools: it looks for its
 * file in a few places (File path handling: parents, names, extensions, canonical paths), falls
 * back to the built-in defaults when none can be opened (FileNotFoundException, as for a missing
 * file), and parses "[section]" and "key = value" lines with comments, continuations and errors
 * reported by line number.
 */
public class ConfigFileLoader {
    private static final String DEFAULTS = String.join(
            "\n",
            "# built-in defaults",
            "[server]",
            "host = 0.0.0.0",
            "port = 8080   ; the usual one",
            "banner = Welcome to \\",
            "         the test server",
            "",
            "[limits]",
            "max-connections=256",
            "timeout = 30s",
            "this line is broken",
            "[paths]",
            "root = /nonexistent-ukl/www/../data/./site",
            "log = logs/access.log");

    static Reader open(File file) throws IOException {
        return new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8);
    }

    static Map<String, String> parse(Reader source, List<String> errors) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(source);
        String section = "";
        String line;
        int number = 0;
        StringBuilder pending = null;
        while ((line = in.readLine()) != null) {
            number++;
            if (pending != null) {
                pending.append(' ').append(line.trim());
                line = pending.toString();
                pending = null;
            }
            if (line.endsWith("\\")) {
                pending = new StringBuilder(line.substring(0, line.length() - 1).trim());
                continue;
            }
            int comment = line.indexOf(';');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1) + ".";
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                errors.add("line " + number + ": expected key = value, got \"" + line + "\"");
                continue;
            }
            entries.put(
                    section + line.substring(0, eq).trim(),
                    line.substring(eq + 1).trim());
        }
        return entries;
    }

    static String extension(File f) {
        String name = f.getName();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    public static void main(String[] args) throws IOException {
        List<File> candidates = new ArrayList<>();
        candidates.add(new File("/nonexistent-ukl/etc//app.conf/"));
        candidates.add(new File(new File("/nonexistent-ukl/home/user"), ".app.conf"));
        candidates.add(new File("/nonexistent-ukl/opt", "app/conf/../app.ini"));
        candidates.add(new File("relative/app.conf"));
        Reader source = null;
        for (File f : candidates) {
            System.out.println(f + " name=" + f.getName() + " parent=" + f.getParent() + " ext=" + extension(f)
                    + " absolute=" + f.isAbsolute() + " hidden=" + f.isHidden());
            if (f.isAbsolute()) {
                System.out.println("  canonical " + f.getCanonicalPath() + ", uri " + f.toURI());
            }
            System.out.println("  exists=" + f.exists() + " file=" + f.isFile() + " dir=" + f.isDirectory() + " length="
                    + f.length() + " list=" + f.list());
            if (source == null && f.isAbsolute()) {
                try {
                    source = open(f);
                } catch (FileNotFoundException e) {
                    System.out.println("  cannot open: " + e.getMessage());
                }
            }
        }
        try (Reader r = new FileReader("/nonexistent-ukl/fallback.conf")) {
            source = r;
        } catch (FileNotFoundException e) {
            System.out.println("no fallback: " + e.getMessage());
        }
        File a = new File("/nonexistent-ukl/x/y");
        File b = new File("/nonexistent-ukl/x", "y");
        System.out.println("equal " + a.equals(b) + " compare " + a.compareTo(new File("/nonexistent-ukl/x/z"))
                + " parent of parent " + a.getParentFile().getParentFile() + " root parent "
                + new File("/a").getParent()
                + " " + new File("/").getParent());

        if (source == null) {
            System.out.println("using built-in defaults");
            source = new StringReader(DEFAULTS);
        }
        List<String> errors = new ArrayList<>();
        Map<String, String> config = parse(source, errors);
        config.forEach((k, v) -> System.out.println(k + " -> [" + v + "]"));
        errors.forEach(System.out::println);
        File root = new File(config.get("paths.root"));
        System.out.println("site root " + root.getCanonicalPath() + ", log " + new File(root, config.get("paths.log")));
        try (InputStream in = new FileInputStream(new File(root, config.get("paths.log")))) {
            System.out.println("log has " + in.available() + " bytes");
        } catch (FileNotFoundException e) {
            System.out.println("no log yet: " + e.getMessage());
        }
    }
}
