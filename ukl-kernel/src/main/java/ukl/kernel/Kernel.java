package ukl.kernel;

import ukl.kernel.arch.BootTrace;
import ukl.kernel.arch.Cpu;
import ukl.kernel.platform.Platform;

/**
 * Kernel start-up and the kernel command line.
 *
 * <p>The command line reads {@code [ukl.key=value ...] [-- arg ...]}: words before {@code --}
 * that start with {@code ukl.} configure the kernel, the words after it are the program's
 * arguments. Without {@code --}, every word that does not start with {@code ukl.} is an argument.
 * Words are separated by spaces; there is no quoting.
 */
public final class Kernel {
    private static String[] options = new String[0];

    private Kernel() {}

    /** Initialises the kernel's subsystems and returns the program's arguments. */
    static String[] boot() {
        Cpu.bootMark(BootTrace.JAVA_START);
        Platform.init();
        String[] args = parse(commandLine());
        BootTrace.enable(option("boottrace", "0").equals("1"));
        return args;
    }

    /** Keeps the options of {@code line} and returns its program arguments (the class comment's rules). */
    static String[] parse(String line) {
        String[] words = split(line);
        int dashes = indexOf(words, "--");
        int optionCount = 0;
        int argCount = 0;
        for (int i = 0; i < words.length; i++) {
            if (i == dashes) {
                continue;
            }
            if (isOption(words[i], i, dashes)) {
                optionCount++;
            } else {
                argCount++;
            }
        }
        String[] opts = new String[optionCount];
        String[] args = new String[argCount];
        optionCount = 0;
        argCount = 0;
        for (int i = 0; i < words.length; i++) {
            if (i == dashes) {
                continue;
            }
            if (isOption(words[i], i, dashes)) {
                opts[optionCount++] = words[i];
            } else {
                args[argCount++] = words[i];
            }
        }
        options = opts;
        return args;
    }

    /** The value of kernel option {@code ukl.<key>=value} from the command line, or {@code fallback}. */
    public static String option(String key, String fallback) {
        String value = environment("ukl." + key);
        return value == null ? fallback : value;
    }

    /**
     * Kernel option {@code ukl.<key>=n}, a decimal number from 0 to {@code max}, or {@code fallback}
     * when absent; anything else stops the boot with a message that names the option.
     */
    public static int numberOption(String key, int fallback, int max) {
        String digits = option(key, null);
        if (digits == null) {
            return fallback;
        }
        long value = digits.isEmpty() || digits.length() > 10 ? -1 : 0;
        for (int i = 0; i < digits.length() && value >= 0; i++) {
            char c = digits.charAt(i);
            value = c >= '0' && c <= '9' ? value * 10 + (c - '0') : -1;
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(
                    "kernel option ukl." + key + " has '" + digits + "' where a number from 0 to " + max + " belongs");
        }
        return (int) value;
    }

    /**
     * The value of {@code name} in the image's environment, or null: the options of the command line
     * are the environment, as Linux hands the {@code name=value} words of its command line to init.
     * So {@code ukl.hosts=db:10.0.2.1} is both a kernel option and {@code getenv("ukl.hosts")}.
     */
    public static String environment(String name) {
        for (String o : options) {
            if (o.length() > name.length() && o.charAt(name.length()) == '=' && o.startsWith(name)) {
                return o.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static boolean isOption(String word, int index, int dashes) {
        boolean beforeDashes = dashes < 0 || index < dashes;
        return beforeDashes && word.startsWith("ukl.");
    }

    /** The command line's bytes in UTF-8, as a JVM decodes its arguments under a UTF-8 locale. */
    private static String commandLine() {
        byte[] bytes = new byte[Cpu.cmdlineLength()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Cpu.cmdlineByte(i);
        }
        return new String(bytes);
    }

    private static int indexOf(String[] words, String word) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(word)) {
                return i;
            }
        }
        return -1;
    }

    static String[] split(String line) {
        int count = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n) {
                count++;
            }
            while (i < n && line.charAt(i) != ' ') {
                i++;
            }
        }
        String[] words = new String[count];
        count = 0;
        i = 0;
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && line.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                words[count++] = line.substring(start, i);
            }
        }
        return words;
    }
}
