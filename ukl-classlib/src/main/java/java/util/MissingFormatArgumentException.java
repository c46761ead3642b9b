package java.util;

public class MissingFormatArgumentException extends IllegalFormatException {
    public MissingFormatArgumentException(String formatSpecifier) {
        super("Format specifier '" + formatSpecifier + "'");
    }
}
