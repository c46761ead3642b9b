package java.util;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * String properties with a chain of defaults, read from and written to the {@code .properties}
 * text format. As in the JDK, the entries live in a {@link ConcurrentHashMap} (so iteration and
 * {@code toString} follow its order) and every Hashtable method is delegated to it.
 *
 * <p>{@link #load} follows the format the JDK documents: logical lines continued by an odd number
 * of trailing backslashes, comments from '#' or '!', the key ending at an unescaped '=', ':' or
 * white space, and the escapes {@code \t \n \r \f \\uXXXX} (any other escaped character stands for
 * itself). {@link #store} writes the comments, a date line, then the entries sorted by key,
 * escaped so that loading them back gives the same strings. The date line is the system property
 * {@code java.properties.date} when set, else the current time in the form of
 * {@code Date.toString()} in UTC (the image's only zone). The XML forms are not part of this
 * library.
 */
public class Properties extends Hashtable<Object, Object> {
    protected volatile Properties defaults;

    private transient volatile ConcurrentHashMap<Object, Object> map;

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super((Void) null);
        this.map = new ConcurrentHashMap<>(initialCapacity);
        this.defaults = defaults;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object value = map.get(key);
        String s = value instanceof String str ? str : null;
        Properties d = defaults;
        return s == null && d != null ? d.getProperty(key) : s;
    }

    public String getProperty(String key, String defaultValue) {
        String value = getProperty(key);
        return value == null ? defaultValue : value;
    }

    /** Every key here and in the defaults, in the order of a Hashtable holding them (the JDK's). */
    public Enumeration<?> propertyNames() {
        Hashtable<String, Object> h = new Hashtable<>();
        enumerate(h);
        return h.keys();
    }

    /** The keys whose key and value are strings, here and in the defaults, in HashMap order. */
    public Set<String> stringPropertyNames() {
        Map<String, String> h = new HashMap<>();
        enumerateStrings(h);
        return Collections.unmodifiableSet(h.keySet());
    }

    public void list(PrintStream out) {
        out.println("-- listing properties --");
        for (String line : listing()) {
            out.println(line);
        }
    }

    public void list(PrintWriter out) {
        out.println("-- listing properties --");
        for (String line : listing()) {
            out.println(line);
        }
    }

    /** {@code key=value} per property, values over 40 characters cut to 37 and "...". */
    private List<String> listing() {
        Map<String, Object> h = new HashMap<>();
        enumerate(h);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Object> e : h.entrySet()) {
            String value = (String) e.getValue();
            if (value.length() > 40) {
                value = value.substring(0, 37) + "...";
            }
            lines.add(e.getKey() + "=" + value);
        }
        return lines;
    }

    private void enumerate(Map<String, Object> h) {
        if (defaults != null) {
            defaults.enumerate(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            h.put((String) e.getKey(), e.getValue());
        }
    }

    private void enumerateStrings(Map<String, String> h) {
        if (defaults != null) {
            defaults.enumerateStrings(h);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            if (e.getKey() instanceof String k && e.getValue() instanceof String v) {
                h.put(k, v);
            }
        }
    }

    public synchronized void load(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader parameter is null");
        load(new PropertiesLineReader(reader, null));
    }

    /** Reads ISO 8859-1 text: each byte is the character of that code. */
    public synchronized void load(InputStream inStream) throws IOException {
        Objects.requireNonNull(inStream, "inStream parameter is null");
        load(new PropertiesLineReader(null, inStream));
    }

    private void load(PropertiesLineReader lines) throws IOException {
        StringBuilder scratch = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            int limit = line.length();
            int keyLength = 0;
            int valueStart = limit;
            boolean hasSeparator = false;
            boolean escaped = false;
            // the key ends at the first unescaped '=', ':' or white space
            for (; keyLength < limit; keyLength++) {
                char c = line.charAt(keyLength);
                if (!escaped && (c == '=' || c == ':')) {
                    valueStart = keyLength + 1;
                    hasSeparator = true;
                    break;
                }
                if (!escaped && (c == ' ' || c == '\t' || c == '\f')) {
                    valueStart = keyLength + 1;
                    break;
                }
                escaped = c == '\\' && !escaped;
            }
            // then white space, with at most one '=' or ':' among it unless one ended the key
            for (; valueStart < limit; valueStart++) {
                char c = line.charAt(valueStart);
                if (c != ' ' && c != '\t' && c != '\f') {
                    if (hasSeparator || c != '=' && c != ':') {
                        break;
                    }
                    hasSeparator = true;
                }
            }
            put(unescape(line, 0, keyLength, scratch), unescape(line, valueStart, limit, scratch));
        }
    }

    private static String unescape(String s, int from, int to, StringBuilder out) {
        int slash = s.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return s.substring(from, to);
        }
        out.setLength(0);
        int i = from;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            c = s.charAt(i++);
            if (c == 'u') {
                if (i > to - 4) {
                    throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    char d = s.charAt(i++);
                    if (!HexFormat.isHexDigit(d)) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    value = value << 4 | HexFormat.fromHexDigit(d);
                }
                out.append((char) value);
            } else {
                out.append(
                        switch (c) {
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'n' -> '\n';
                            case 'f' -> '\f';
                            default -> c;
                        });
            }
        }
        return out.toString();
    }

    /** Deprecated in the JDK (an IOException is lost); not annotated, the library has no annotation types. */
    public void save(OutputStream out, String comments) {
        try {
            store(out, comments);
        } catch (IOException unused) {
            // the JDK's save drops it too
        }
    }

    public void store(Writer writer, String comments) throws IOException {
        store(writer instanceof BufferedWriter b ? b : new BufferedWriter(writer), comments, false);
    }

    /** Writes ISO 8859-1, other characters as {@code \\uXXXX}. */
    public void store(OutputStream out, String comments) throws IOException {
        store(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1)), comments, true);
    }

    private void store(BufferedWriter out, String comments, boolean escapeUnicode) throws IOException {
        if (comments != null) {
            writeComments(out, comments);
        }
        String date = System.getProperty("java.properties.date");
        if (date != null && !date.isEmpty()) {
            writeComments(out, date);
        } else {
            out.write("#" + now());
            out.newLine();
        }
        List<Map.Entry<Object, Object>> entries;
        boolean ours;
        synchronized (this) {
            Set<Map.Entry<Object, Object>> set = entrySet();
            ours = set instanceof Entries;
            entries = new ArrayList<>(set);
        }
        // sorted unless a subclass brings its own entrySet, whose order it then keeps (JDK 18+)
        if (ours) {
            entries.sort(new Comparator<Map.Entry<Object, Object>>() {
                @Override
                @SuppressWarnings("unchecked")
                public int compare(Map.Entry<Object, Object> a, Map.Entry<Object, Object> b) {
                    return ((Comparable<Object>) a.getKey()).compareTo(b.getKey());
                }
            });
        }
        for (Map.Entry<Object, Object> e : entries) {
            String key = escape((String) e.getKey(), true, escapeUnicode);
            String value = escape((String) e.getValue(), false, escapeUnicode);
            out.write(key + "=" + value);
            out.newLine();
        }
        out.flush();
    }

    /**
     * The time as {@code Date.toString()} writes it, {@code EEE MMM dd HH:mm:ss zzz yyyy}, in UTC:
     * the civil date from the day count (H. Hinnant's days-from-civil inverse), 1970-01-01 a
     * Thursday.
     */
    private static String now() {
        long millis = System.currentTimeMillis();
        long days = Math.floorDiv(millis, 86_400_000L);
        int secondOfDay = (int) (Math.floorMod(millis, 86_400_000L) / 1000);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        int month = (int) (shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        String weekday = "ThuFriSatSunMonTueWed"
                .substring(3 * (int) Math.floorMod(days, 7L), 3 * (int) Math.floorMod(days, 7L) + 3);
        String monthName = "JanFebMarAprMayJunJulAugSepOctNovDec".substring(3 * (month - 1), 3 * month);
        return weekday + " " + monthName + " " + twoDigits(day) + " " + twoDigits(secondOfDay / 3600) + ":"
                + twoDigits(secondOfDay / 60 % 60) + ":" + twoDigits(secondOfDay % 60) + " UTC " + year;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /**
     * Escapes for {@link #load}: the backslash, the separators and comment characters, controls as
     * {@code \t \n \r \f}, a leading space (every space in a key), and when asked every character
     * outside printable ASCII as {@code \\uXXXX}.
     */
    private static String escape(String s, boolean escapeSpace, boolean escapeUnicode) {
        StringBuilder out = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ' ' -> out.append(i == 0 || escapeSpace ? "\\ " : " ");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append('\\').append(c);
                default -> {
                    if ((c < 0x20 || c > 0x7e) && escapeUnicode) {
                        out.append("\\u").append(HexFormat.of().withUpperCase().toHexDigits(c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Writes comment lines: each line break starts a new line, with a '#' unless the next line
     * already starts with '#' or '!'; characters above U+00FF as {@code \\uXXXX}.
     */
    private static void writeComments(BufferedWriter out, String comments) throws IOException {
        out.write("#");
        int len = comments.length();
        int last = 0;
        for (int i = 0; i < len; i++) {
            char c = comments.charAt(i);
            if (c <= '\u00ff' && c != '\n' && c != '\r') {
                continue;
            }
            out.write(comments.substring(last, i));
            if (c > '\u00ff') {
                out.write("\\u" + HexFormat.of().withUpperCase().toHexDigits(c));
            } else {
                out.newLine();
                if (c == '\r' && i != len - 1 && comments.charAt(i + 1) == '\n') {
                    i++;
                }
                if (i == len - 1 || comments.charAt(i + 1) != '#' && comments.charAt(i + 1) != '!') {
                    out.write("#");
                }
            }
            last = i + 1;
        }
        out.write(comments.substring(last, len));
        out.newLine();
    }

    // the Hashtable methods, delegated to the map

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public Enumeration<Object> keys() {
        return map.keys();
    }

    @Override
    public Enumeration<Object> elements() {
        return map.elements();
    }

    @Override
    public boolean contains(Object value) {
        return map.contains(value);
    }

    @Override
    public boolean containsValue(Object value) {
        return map.containsValue(value);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    @Override
    public synchronized Object put(Object key, Object value) {
        return map.put(key, value);
    }

    @Override
    public synchronized Object remove(Object key) {
        return map.remove(key);
    }

    @Override
    public synchronized void putAll(Map<?, ?> t) {
        map.putAll(t);
    }

    @Override
    public synchronized void clear() {
        map.clear();
    }

    @Override
    public synchronized String toString() {
        return map.toString();
    }

    @Override
    public Set<Object> keySet() {
        return map.keySet();
    }

    @Override
    public Collection<Object> values() {
        return map.values();
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new Entries(map.entrySet());
    }

    /** The map's entry set, marked as Properties' own so that {@link #store} knows to sort it. */
    private static final class Entries extends AbstractSet<Map.Entry<Object, Object>> {
        private final Set<Map.Entry<Object, Object>> entries;

        Entries(Set<Map.Entry<Object, Object>> entries) {
            this.entries = entries;
        }

        @Override
        public Iterator<Map.Entry<Object, Object>> iterator() {
            return entries.iterator();
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public boolean contains(Object o) {
            return entries.contains(o);
        }

        @Override
        public boolean remove(Object o) {
            return entries.remove(o);
        }

        @Override
        public void clear() {
            entries.clear();
        }

        @Override
        public boolean add(Map.Entry<Object, Object> e) {
            throw new UnsupportedOperationException();
        }
    }

    @Override
    public synchronized boolean equals(Object o) {
        return map.equals(o);
    }

    @Override
    public synchronized int hashCode() {
        return map.hashCode();
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        return map.getOrDefault(key, defaultValue);
    }

    @Override
    public synchronized void forEach(BiConsumer<? super Object, ? super Object> action) {
        map.forEach(action);
    }

    @Override
    public synchronized void replaceAll(BiFunction<? super Object, ? super Object, ?> function) {
        map.replaceAll(function);
    }

    @Override
    public synchronized Object putIfAbsent(Object key, Object value) {
        return map.putIfAbsent(key, value);
    }

    @Override
    public synchronized boolean remove(Object key, Object value) {
        return map.remove(key, value);
    }

    @Override
    public synchronized boolean replace(Object key, Object oldValue, Object newValue) {
        return map.replace(key, oldValue, newValue);
    }

    @Override
    public synchronized Object replace(Object key, Object value) {
        return map.replace(key, value);
    }

    @Override
    public synchronized Object computeIfAbsent(Object key, Function<? super Object, ?> mappingFunction) {
        return map.computeIfAbsent(key, mappingFunction);
    }

    @Override
    public synchronized Object computeIfPresent(
            Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.computeIfPresent(key, remappingFunction);
    }

    @Override
    public synchronized Object compute(Object key, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.compute(key, remappingFunction);
    }

    @Override
    public synchronized Object merge(
            Object key, Object value, BiFunction<? super Object, ? super Object, ?> remappingFunction) {
        return map.merge(key, value, remappingFunction);
    }

    @Override
    protected void rehash() {}

    @Override
    public synchronized Object clone() {
        Properties copy = (Properties) cloneWithoutTable();
        copy.map = new ConcurrentHashMap<>(map);
        return copy;
    }
}
