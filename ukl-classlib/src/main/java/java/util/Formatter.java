package java.util;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * printf-style formatting ({@code String.format}, {@code PrintStream.printf}) for the common
 * conversions: {@code %s %S %b %c %d %x %X %o %f %e %E %h %n %%}, with argument indexes, width,
 * precision and the flags {@code - # + space 0 , (}, in the root locale's symbols.
 *
 * <p>{@code %f} and {@code %e} round the shortest decimal of the value (what Double.toString
 * prints) half up, which is what the JDK's Formatter does: {@code "%.2f"} of 1.005 is 1.01.
 * Not supported (they fail with UnknownFormatConversionException): {@code %g %a %t}, and
 * BigInteger/BigDecimal arguments.
 */
public final class Formatter {
    private final Appendable out;
    private final Locale locale;

    public Formatter() {
        this(new StringBuilder());
    }

    public Formatter(Appendable out) {
        this(Objects.requireNonNull(out), Locale.getDefault());
    }

    /** Any locale formats with the root locale's symbols: the class library has no locale data. */
    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable out, Locale l) {
        this.out = out == null ? new StringBuilder() : out;
        this.locale = l;
    }

    public Locale locale() {
        return locale;
    }

    public Formatter format(Locale l, String format, Object... args) {
        return format(format, args);
    }

    public Appendable out() {
        return out;
    }

    public void flush() {}

    public void close() {}

    @Override
    public String toString() {
        return out.toString();
    }

    public Formatter format(String format, Object... args) {
        try {
            out.append(FormatSpec.apply(format, args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
