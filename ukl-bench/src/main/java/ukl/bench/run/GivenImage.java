package ukl.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * An echo server's image built elsewhere, given on the command line as {@code --image LABEL=PATH}:
 * typically the same sample built from another commit, measured beside the images the benchmark
 * builds so that a change's cost shows side by side in one run. The benchmark boots it as it boots
 * its own (same QEMU arguments, kernel command line {@code ukl.ip=… ukl.gw=… -- PORT}); an older
 * kernel ignores the {@code ukl.*} options it does not read, so any image of an echo server that
 * prints {@code echo-server: listening on port} and answers on that port fits.
 *
 * @param label the name it has in the reports and the output directory
 * @param file the image file, absolute
 */
public record GivenImage(String label, Path file) {
    /** Labels name a directory and a CSV field: letters, digits, {@code .}, {@code _}, {@code -}. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Parses {@code option}'s value {@code LABEL=PATH}; the label must not be one of {@code taken}
     * (the benchmark's own names, and the labels given before), the file must exist.
     */
    public static GivenImage parse(String option, String value, Collection<String> taken) {
        int eq = value.indexOf('=');
        if (eq < 0)
            throw new IllegalArgumentException(
                    option + " " + value + ": use LABEL=PATH, e.g. " + option + " pre-threads=/tmp/echo-server.ukl");
        String label = value.substring(0, eq);
        String path = value.substring(eq + 1);
        if (!LABEL.matcher(label).matches())
            throw new IllegalArgumentException(option + " " + value + ": the label '" + label
                    + "' must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        if (taken.contains(label))
            throw new IllegalArgumentException(
                    option + " " + value + ": the label '" + label + "' is taken; names in use: " + taken);
        if (path.isEmpty()) throw new IllegalArgumentException(option + " " + value + ": no image file after '='");
        Path file = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException(option + " " + value + ": no image file at " + file);
        return new GivenImage(label, file);
    }
}
