package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens by a delimiter pattern (by default {@code \p{javaWhitespace}+}) and reads
 * them as strings, lines or numbers, as the JDK's Scanner does: input is read in chunks into a
 * buffer only as far as a decision needs (a token is whole once a delimiter follows it or the input
 * ends), a {@code hasNext} call reads ahead without consuming, and a token that is not of the type
 * asked for stays unread (InputMismatchException). Numbers follow the grammar the JDK documents
 * with the ROOT/US symbols ('-' and '+', ',' grouping, '.' decimal point, "NaN", "Infinity"),
 * whatever {@link #useLocale} is given: the library has no other locale data.
 *
 * <p>One difference a program could see: our regex matcher has no {@code requireEnd}, so a
 * delimiter that more input could un-match (one ending in {@code $}) is taken as found.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final int CHUNK = 1024;
    private static final Pattern WHITESPACE = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern ANY = Pattern.compile("(?s).*");
    private static final String LINE_SEPARATOR = "\r\n|[\n\r\u2028\u2029\u0085]";

    private final Readable source;
    private final StringBuilder buf = new StringBuilder();
    /** Where the next operation starts in {@link #buf}; a look-ahead restores it from {@link #saved}. */
    private int position;

    private int saved = -1;
    private Pattern delimiter = WHITESPACE;
    private Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private int radix = 10;
    private boolean sourceClosed;
    private boolean needInput;
    private boolean closed;
    /** Leading delimiters already skipped for the token being looked for (skip them only once). */
    private boolean skipped;

    private IOException lastException;
    private Matcher matcher;
    private boolean matchValid;
    /** What the last {@code hasNext(pattern)} found: the token, the pattern, where it ended. */
    private String cachedToken;

    private Pattern cachedPattern;
    private int cachedEnd;
    /** The value the last {@code hasNextInt} etc. parsed, for the {@code next} call after it. */
    private Object cachedValue;

    private Pattern linePattern;
    private Pattern separatorPattern;
    private Pattern booleanPattern;
    private Pattern integerPattern;
    private int integerPatternRadix;
    private Pattern floatPattern;

    public Scanner(Readable source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Reads the stream as UTF-8 (the default charset of an image, and of JDK 18 and later). */
    public Scanner(InputStream source) {
        this(new InputStreamReader(source));
    }

    public Scanner(InputStream source, String charsetName) {
        this(new InputStreamReader(
                Objects.requireNonNull(source, "source"),
                Charset.forName(Objects.requireNonNull(charsetName, "charsetName"))));
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(
                Objects.requireNonNull(source, "source"), Objects.requireNonNull(charset, "charset")));
    }

    public Scanner(String source) {
        this(new StringReader(source));
    }

    // input

    /** Reads a chunk; the end of the input or an IOException (kept for {@link #ioException}) closes the source. */
    private void readInput() {
        compact();
        char[] chunk = new char[CHUNK];
        int n;
        try {
            n = source instanceof Reader r ? r.read(chunk) : source.read(CharBuffer.wrap(chunk));
        } catch (IOException e) {
            lastException = e;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
            needInput = false;
        }
        if (n > 0) {
            buf.append(chunk, 0, n);
            needInput = false;
        }
    }

    /** Drops what no operation can look at again, once it is most of the buffer. */
    private void compact() {
        int keep = saved == -1 ? position : saved;
        if (keep > CHUNK && keep > buf.length() / 2) {
            buf.delete(0, keep);
            position -= keep;
            if (saved != -1) {
                saved -= keep;
            }
            cachedPattern = null;
            cachedValue = null;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scanner closed");
        }
    }

    private void saveState() {
        saved = position;
    }

    private boolean revertState(boolean result) {
        position = saved;
        saved = -1;
        skipped = false;
        return result;
    }

    private void clearCaches() {
        cachedPattern = null;
        cachedValue = null;
    }

    private void cacheResult(String token) {
        cachedToken = token;
        cachedEnd = matcher.end();
        cachedPattern = matcher.pattern();
    }

    private String takeCachedResult() {
        position = cachedEnd;
        cachedPattern = null;
        cachedValue = null;
        return cachedToken;
    }

    private Matcher matcher(Pattern p, int from, int to) {
        matcher = p.matcher(buf);
        matcher.region(from, to);
        return matcher;
    }

    private void throwFor() {
        skipped = false;
        if (sourceClosed && position == buf.length()) {
            throw new NoSuchElementException();
        }
        throw new InputMismatchException();
    }

    /** Whether a token (anything but delimiters) starts in the buffer; skips the delimiters before it. */
    private boolean hasTokenInBuffer() {
        matchValid = false;
        Matcher m = matcher(delimiter, position, buf.length());
        if (m.lookingAt()) {
            if (m.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = m.end();
        }
        return position != buf.length();
    }

    /**
     * The next whole token if it matches {@code pattern} (any token when null), consuming it; null
     * when there is none yet ({@link #needInput}) or none at all, or it does not match.
     */
    private String completeToken(Pattern pattern) {
        matchValid = false;
        if (!skipped) {
            Matcher m = matcher(delimiter, position, buf.length());
            if (m.lookingAt()) {
                // more input could make the delimiters longer
                if (m.hitEnd() && !sourceClosed) {
                    needInput = true;
                    return null;
                }
                skipped = true;
                position = m.end();
            }
        }
        if (position == buf.length()) {
            needInput = !sourceClosed;
            return null;
        }
        Matcher m = matcher(delimiter, position, buf.length());
        boolean found = m.find();
        if (found && m.end() == position) {
            // the empty delimiter just skipped: look past it
            found = m.find();
        }
        int tokenEnd;
        if (found) {
            tokenEnd = m.start();
        } else if (sourceClosed) {
            tokenEnd = buf.length();
        } else {
            needInput = true;
            return null;
        }
        Matcher t = matcher(pattern == null ? ANY : pattern, position, tokenEnd);
        if (!t.matches()) {
            return null;
        }
        position = t.end();
        return t.group();
    }

    /** Finds {@code pattern} from the position, within {@code horizon} characters (0: no bound). */
    private boolean findInBuffer(Pattern pattern, int horizon) {
        matchValid = false;
        int bufferLimit = buf.length();
        int horizonLimit = horizon > 0 ? position + horizon : -1;
        int searchLimit = horizon > 0 && horizonLimit < bufferLimit ? horizonLimit : bufferLimit;
        Matcher m = matcher(pattern, position, searchLimit);
        if (m.find()) {
            // a match that reached the end of what was read might grow with more input
            if (m.hitEnd() && !sourceClosed && searchLimit != horizonLimit) {
                needInput = true;
                return false;
            }
            position = m.end();
            return true;
        }
        if (!sourceClosed && (horizon == 0 || searchLimit != horizonLimit)) {
            needInput = true;
        }
        return false;
    }

    private boolean lookingAtInBuffer(Pattern pattern) {
        matchValid = false;
        Matcher m = matcher(pattern, position, buf.length());
        if (m.lookingAt()) {
            if (m.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = m.end();
            return true;
        }
        if (!sourceClosed) {
            needInput = true;
        }
        return false;
    }

    // configuration

    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (source instanceof Closeable c) {
            try {
                c.close();
            } catch (IOException e) {
                lastException = e;
            }
        }
        sourceClosed = true;
        closed = true;
    }

    public IOException ioException() {
        return lastException;
    }

    public Pattern delimiter() {
        return delimiter;
    }

    public Scanner useDelimiter(Pattern pattern) {
        modified();
        delimiter = pattern;
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        modified();
        delimiter = Pattern.compile(pattern);
        return this;
    }

    public Locale locale() {
        return locale;
    }

    /** Takes the locale; numbers keep the ROOT/US syntax (see the class comment). */
    public Scanner useLocale(Locale locale) {
        modified();
        this.locale = Objects.requireNonNull(locale);
        return this;
    }

    public int radix() {
        return radix;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        modified();
        this.radix = radix;
        return this;
    }

    public Scanner reset() {
        delimiter = WHITESPACE;
        locale = Locale.getDefault(Locale.Category.FORMAT);
        radix = 10;
        clearCaches();
        return this;
    }

    private void modified() {
        clearCaches();
    }

    public MatchResult match() {
        if (!matchValid) {
            throw new IllegalStateException("No match result available");
        }
        return matcher.toMatchResult();
    }

    @Override
    public String toString() {
        return "java.util.Scanner[delimiters=" + delimiter + "][position=" + position + "][match valid="
                + matchValid + "][need input=" + needInput + "][source closed=" + sourceClosed + "][skipped="
                + skipped + "][group separator=\\x{2c}][decimal separator=\\x{2e}][positive prefix=]"
                + "[negative prefix=\\Q-\\E][positive suffix=][negative suffix=][NaN string=\\QNaN\\E]"
                + "[infinity string=\\Q\u221e\\E]";
    }

    // tokens

    @Override
    public boolean hasNext() {
        ensureOpen();
        saveState();
        while (!sourceClosed) {
            if (hasTokenInBuffer()) {
                return revertState(true);
            }
            readInput();
        }
        return revertState(hasTokenInBuffer());
    }

    @Override
    public String next() {
        ensureOpen();
        clearCaches();
        while (true) {
            String token = completeToken(null);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        cachedPattern = null;
        saveState();
        while (true) {
            String token = completeToken(pattern);
            if (token != null) {
                matchValid = true;
                cacheResult(token);
                return revertState(true);
            }
            if (needInput) {
                readInput();
            } else {
                return revertState(false);
            }
        }
    }

    public String next(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        if (cachedPattern == pattern) {
            return takeCachedResult();
        }
        clearCaches();
        while (true) {
            String token = completeToken(pattern);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput) {
                readInput();
            } else {
                throwFor();
            }
        }
    }

    // lines and patterns

    private Pattern linePattern() {
        if (linePattern == null) {
            linePattern = Pattern.compile(".*(" + LINE_SEPARATOR + ")|.+$");
        }
        return linePattern;
    }

    public boolean hasNextLine() {
        saveState();
        String result = findWithinHorizon(linePattern(), 0);
        if (result != null) {
            String separator = matcher.group(1);
            cacheResult(separator == null ? result : result.substring(0, result.length() - separator.length()));
        }
        revertState(false);
        return result != null;
    }

    /** The rest of the current line without its line separator ({@code \r\n}, \r, \n, U+2028/9, U+0085). */
    public String nextLine() {
        if (cachedPattern == linePattern()) {
            return takeCachedResult();
        }
        clearCaches();
        String result = findWithinHorizon(linePattern, 0);
        if (result == null) {
            throw new NoSuchElementException("No line found");
        }
        String separator = matcher.group(1);
        return separator == null ? result : result.substring(0, result.length() - separator.length());
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    /** Finds the pattern before the next line separator, ignoring delimiters. */
    public String findInLine(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        clearCaches();
        if (separatorPattern == null) {
            separatorPattern = Pattern.compile(LINE_SEPARATOR);
        }
        int end;
        saveState();
        while (true) {
            if (findInBuffer(separatorPattern, 0)) {
                end = matcher.start();
                break;
            }
            if (needInput) {
                readInput();
            } else {
                end = buf.length();
                break;
            }
        }
        revertState(false);
        int horizon = end - position;
        return horizon == 0 ? null : findWithinHorizon(pattern, horizon);
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon < 0");
        }
        clearCaches();
        while (true) {
            if (findInBuffer(pattern, horizon)) {
                matchValid = true;
                return matcher.group();
            }
            if (needInput) {
                readInput();
            } else {
                return null;
            }
        }
    }

    /** Skips input matching the pattern at the position, ignoring delimiters; else NoSuchElementException. */
    public Scanner skip(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        clearCaches();
        while (true) {
            if (lookingAtInBuffer(pattern)) {
                matchValid = true;
                return this;
            }
            if (needInput) {
                readInput();
            } else {
                throw new NoSuchElementException();
            }
        }
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    // booleans and numbers

    private Pattern booleanPattern() {
        if (booleanPattern == null) {
            booleanPattern = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);
        }
        return booleanPattern;
    }

    public boolean hasNextBoolean() {
        return hasNext(booleanPattern());
    }

    public boolean nextBoolean() {
        clearCaches();
        return Boolean.parseBoolean(next(booleanPattern()));
    }

    /**
     * The Scanner javadoc's Integer grammar for {@code radix}: an optional sign, then digits or
     * digits grouped by threes with ',' after one to three leading digits.
     */
    private Pattern integerPattern(int radix) {
        if (radix > Character.MAX_RADIX) {
            throw new IllegalArgumentException("radix:" + radix);
        }
        if (integerPattern == null || integerPatternRadix != radix) {
            String digit = "((?i)[" + "0123456789abcdefghijklmnopqrstuvwxyz".substring(0, radix) + "\\p{javaDigit}])";
            String numeral = numeral(digit);
            integerPattern = Pattern.compile("([-+]?(" + numeral + "))|(" + numeral + ")|(\\-" + numeral + ")");
            integerPatternRadix = radix;
        }
        return integerPattern;
    }

    private static String numeral(String digit) {
        String grouped = "([\\p{javaDigit}&&[^0]]" + digit + "?" + digit + "?(\\," + digit + digit + digit + ")+)";
        return "((" + digit + "++)|" + grouped + ")";
    }

    /** The javadoc's Float grammar: decimal numerals with an exponent, hexadecimal ones, NaN and infinities. */
    private Pattern floatPattern() {
        if (floatPattern == null) {
            String digit = "(([0-9\\p{javaDigit}]))";
            String exponent = "([eE][+-]?" + digit + "+)?";
            String numeral = numeral(digit);
            String decimalNumeral = "(" + numeral + "|" + numeral + "\\." + digit + "*+|\\." + digit + "++)";
            String decimal = "(([-+]?" + decimalNumeral + exponent + ")|(" + decimalNumeral + exponent + ")|(\\-"
                    + decimalNumeral + exponent + "))";
            String hexFloat = "[-+]?0[xX][0-9a-fA-F]*\\.[0-9a-fA-F]+([pP][-+]?[0-9]+)?";
            String nonNumber = "(NaN|\\QNaN\\E|Infinity|\\Q\u221e\\E)";
            String signedNonNumber = "(([-+]?" + nonNumber + ")|(" + nonNumber + ")|(\\-" + nonNumber + "))";
            floatPattern = Pattern.compile(decimal + "|" + hexFloat + "|" + signedNonNumber);
        }
        return floatPattern;
    }

    /** Drops the group separators, so the token parses as Java's own syntax. */
    private static String integerToken(String token) {
        return token.replace(",", "");
    }

    /**
     * As {@link #integerToken}, with other Unicode decimal digits as ASCII. The infinity sign
     * stays: Double.parseDouble refuses it, and so the JDK's Scanner does (quirk kept).
     */
    private static String floatToken(String token) {
        String s = token.replace(",", "");
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                if (b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Which of the integer types a parse is for. */
    private static final int BYTE = 0;

    private static final int SHORT = 1;
    private static final int INT = 2;
    private static final int LONG = 3;

    private static Object parseInteger(String s, int radix, int type) {
        return switch (type) {
            case BYTE -> Byte.parseByte(s, radix);
            case SHORT -> Short.parseShort(s, radix);
            case INT -> Integer.parseInt(s, radix);
            default -> Long.parseLong(s, radix);
        };
    }

    private boolean hasNextInteger(int radix, int type) {
        boolean result = hasNext(integerPattern(radix));
        if (result) {
            try {
                cachedValue = parseInteger(integerToken(cachedToken), radix, type);
            } catch (NumberFormatException e) {
                result = false;
            }
        }
        return result;
    }

    /** The next integer token; one that does not parse (out of range) stays unread. */
    private Object nextInteger(int radix, int type, Class<?> boxed) {
        if (cachedValue != null && cachedValue.getClass() == boxed && integerPatternRadix == radix) {
            Object value = cachedValue;
            ensureOpen();
            position = cachedEnd;
            clearCaches();
            return value;
        }
        clearCaches();
        Pattern pattern = integerPattern(radix);
        String token = next(pattern);
        try {
            return parseInteger(integerToken(token), radix, type);
        } catch (NumberFormatException e) {
            position = matcher.start();
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextByte() {
        return hasNextByte(radix);
    }

    public boolean hasNextByte(int radix) {
        return hasNextInteger(radix, BYTE);
    }

    public byte nextByte() {
        return nextByte(radix);
    }

    public byte nextByte(int radix) {
        return (Byte) nextInteger(radix, BYTE, Byte.class);
    }

    public boolean hasNextShort() {
        return hasNextShort(radix);
    }

    public boolean hasNextShort(int radix) {
        return hasNextInteger(radix, SHORT);
    }

    public short nextShort() {
        return nextShort(radix);
    }

    public short nextShort(int radix) {
        return (Short) nextInteger(radix, SHORT, Short.class);
    }

    public boolean hasNextInt() {
        return hasNextInt(radix);
    }

    public boolean hasNextInt(int radix) {
        return hasNextInteger(radix, INT);
    }

    public int nextInt() {
        return nextInt(radix);
    }

    public int nextInt(int radix) {
        return (Integer) nextInteger(radix, INT, Integer.class);
    }

    public boolean hasNextLong() {
        return hasNextLong(radix);
    }

    public boolean hasNextLong(int radix) {
        return hasNextInteger(radix, LONG);
    }

    public long nextLong() {
        return nextLong(radix);
    }

    public long nextLong(int radix) {
        return (Long) nextInteger(radix, LONG, Long.class);
    }

    public boolean hasNextFloat() {
        boolean result = hasNext(floatPattern());
        if (result) {
            try {
                cachedValue = Float.parseFloat(floatToken(cachedToken));
            } catch (NumberFormatException e) {
                result = false;
            }
        }
        return result;
    }

    public float nextFloat() {
        if (cachedValue instanceof Float f) {
            ensureOpen();
            position = cachedEnd;
            clearCaches();
            return f;
        }
        clearCaches();
        String token = next(floatPattern());
        try {
            return Float.parseFloat(floatToken(token));
        } catch (NumberFormatException e) {
            position = matcher.start();
            throw new InputMismatchException(e.getMessage());
        }
    }

    public boolean hasNextDouble() {
        boolean result = hasNext(floatPattern());
        if (result) {
            try {
                cachedValue = Double.parseDouble(floatToken(cachedToken));
            } catch (NumberFormatException e) {
                result = false;
            }
        }
        return result;
    }

    public double nextDouble() {
        if (cachedValue instanceof Double d) {
            ensureOpen();
            position = cachedEnd;
            clearCaches();
            return d;
        }
        clearCaches();
        String token = next(floatPattern());
        try {
            return Double.parseDouble(floatToken(token));
        } catch (NumberFormatException e) {
            position = matcher.start();
            throw new InputMismatchException(e.getMessage());
        }
    }
}
