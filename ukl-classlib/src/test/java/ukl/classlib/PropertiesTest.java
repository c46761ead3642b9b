package ukl.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Hashtable and Properties against the JDK's: Hashtable's iteration order under random operations,
 * and Properties loading random {@code .properties} text (escapes, continuations, comments,
 * separators) from a Reader and a stream, then listing and storing it.
 */
class PropertiesTest {
    private static final Shadow SHADOW = new Shadow(
            "java/util/Dictionary", "java/util/Hashtable", "java/util/Properties", "java/util/PropertiesLineReader");

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void hashtableOrderAndResultsMatchTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(31);
        for (int run = 0; run < 30; run++) {
            int capacity = random.nextInt(3) == 0 ? random.nextInt(20) : -1;
            Map jdk = capacity < 0 ? new Hashtable<>() : new Hashtable<>(capacity);
            Map mine = (Map)
                    (capacity < 0
                            ? SHADOW.loadClass("shadow.Hashtable")
                                    .getConstructor()
                                    .newInstance()
                            : SHADOW.loadClass("shadow.Hashtable")
                                    .getConstructor(int.class)
                                    .newInstance(capacity));
            for (int step = 0; step < 200; step++) {
                Object key = random.nextBoolean() ? "k" + random.nextInt(60) : (Object) random.nextInt(-40, 60);
                Object value = random.nextInt(30) == 0 ? null : "v" + random.nextInt(5);
                Map[] maps = {jdk, mine};
                String[] answers = new String[2];
                int op = random.nextInt(8);
                for (int m = 0; m < 2; m++) {
                    Map map = maps[m];
                    answers[m] = EnumAndIdentityMapsTest.outcome(() -> switch (op) {
                        case 0, 1, 2 -> map.put(key, value);
                        case 3 -> map.remove(key);
                        case 4 -> map.get(key) + " " + map.containsKey(key) + " " + map.containsValue(value);
                        case 5 -> {
                            List<Object> keys = new ArrayList<>();
                            Enumeration<?> e = (Enumeration<?>)
                                    map.getClass().getMethod("keys").invoke(map);
                            for (; e.hasMoreElements(); ) {
                                keys.add(e.nextElement());
                            }
                            yield keys + " " + map.values() + " " + map.keySet();
                        }
                        case 6 -> {
                            List<Object> seen = new ArrayList<>();
                            int k = 0;
                            for (var i = map.entrySet().iterator(); i.hasNext(); k++) {
                                seen.add(i.next());
                                if (k % 4 == 3) {
                                    i.remove();
                                }
                            }
                            yield seen;
                        }
                        default -> map.putIfAbsent(key, "p");
                    });
                }
                assertEquals(answers[0], answers[1], "op " + op + " " + key + " " + value);
                assertEquals(jdk.toString(), mine.toString());
                assertEquals(jdk.hashCode(), mine.hashCode());
                assertEquals(jdk.equals(mine), mine.equals(jdk));
            }
            Map copy = (Map) mine.getClass().getMethod("clone").invoke(mine);
            copy.put("extra", "e");
            assertEquals(jdk.toString(), mine.toString());
        }
        assertEquals(EnumAndIdentityMapsTest.outcome(() -> new Hashtable<>(-3)), EnumAndIdentityMapsTest.outcome(() -> {
            try {
                return SHADOW.loadClass("shadow.Hashtable")
                        .getConstructor(int.class)
                        .newInstance(-3);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw (Exception) e.getCause();
            }
        }));
    }

    private static final String[] FRAGMENTS = {
        "key",
        "a.b",
        "x",
        "  ",
        "\t",
        "\f",
        "=",
        ":",
        " = ",
        " : ",
        "\\",
        "\\\\",
        "\\ ",
        "\\=",
        "\\:",
        "\\#",
        "\\t",
        "\\n",
        "\\u0041",
        "\\u00e9",
        "\\u20AC",
        "\\u12",
        "\\q",
        "#",
        "!",
        "# comment",
        "\n",
        "\r\n",
        "\r",
        "\\\n",
        "\\\r\n",
        "\\\r",
        "value",
        "caf\u00e9",
        "\u20ac",
        "snow\u2603",
        "1",
        "long-value-of-more-than-forty-characters-",
    };

    private static String randomText(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(40); n > 0; n--) {
            b.append(random.nextInt(5) == 0 ? "\n" : FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return b.toString();
    }

    private static int indexOfDate(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("#\\w{3} \\w{3} \\d\\d \\d\\d:\\d\\d:\\d\\d \\w+ \\d{4}")) {
                return i;
            }
        }
        throw new AssertionError("no date line in " + lines);
    }

    @Test
    void propertiesLoadListAndStoreLikeTheJdk() throws Exception {
        SplittableRandom random = new SplittableRandom(32);
        Class<?> ours = SHADOW.loadClass("shadow.Properties");
        Method loadReader = ours.getMethod("load", Reader.class);
        Method loadStream = ours.getMethod("load", InputStream.class);
        Method storeWriter = ours.getMethod("store", Writer.class, String.class);
        Method storeStream = ours.getMethod("store", java.io.OutputStream.class, String.class);
        Method list = ours.getMethod("list", PrintStream.class);
        Method names = ours.getMethod("stringPropertyNames");
        Method propertyNames = ours.getMethod("propertyNames");
        Method getProperty = ours.getMethod("getProperty", String.class, String.class);
        for (int run = 0; run < 1500; run++) {
            String text = randomText(random);
            boolean stream = random.nextBoolean();
            Properties defaults = new Properties();
            defaults.setProperty("key", "from defaults");
            defaults.setProperty("only.default", "d");
            Object ourDefaults = ours.getConstructor().newInstance();
            ours.getMethod("setProperty", String.class, String.class).invoke(ourDefaults, "key", "from defaults");
            ours.getMethod("setProperty", String.class, String.class).invoke(ourDefaults, "only.default", "d");
            Properties jdk = random.nextBoolean() ? new Properties() : new Properties(defaults);
            Object mine = jdk.size() == 0 && jdk.getProperty("only.default") != null
                    ? ours.getConstructor(ours).newInstance(ourDefaults)
                    : ours.getConstructor().newInstance();
            String expected = EnumAndIdentityMapsTest.outcome(() -> {
                if (stream) {
                    jdk.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
                } else {
                    jdk.load(new StringReader(text));
                }
                return jdk.toString();
            });
            String actual = EnumAndIdentityMapsTest.outcome(() -> {
                try {
                    if (stream) {
                        loadStream.invoke(mine, new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
                    } else {
                        loadReader.invoke(mine, new StringReader(text));
                    }
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
                return mine.toString();
            });
            assertEquals(expected, actual, "load " + text);
            assertEquals(
                    jdk.stringPropertyNames().toString(), names.invoke(mine).toString());
            assertEquals(
                    Collections.list(jdk.propertyNames()).toString(),
                    Collections.list((Enumeration<?>) propertyNames.invoke(mine))
                            .toString());
            assertEquals(jdk.getProperty("key", "none"), getProperty.invoke(mine, "key", "none"));
            ByteArrayOutputStream a = new ByteArrayOutputStream();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            jdk.list(new PrintStream(a, true, StandardCharsets.UTF_8));
            list.invoke(mine, new PrintStream(b, true, StandardCharsets.UTF_8));
            assertEquals(a.toString(StandardCharsets.UTF_8), b.toString(StandardCharsets.UTF_8));
            String comments = random.nextInt(3) == 0 ? null : randomText(random);
            String storedJ;
            String storedO;
            if (random.nextBoolean()) {
                StringWriter w = new StringWriter();
                jdk.store(w, comments);
                storedJ = w.toString();
                w = new StringWriter();
                storeWriter.invoke(mine, w, comments);
                storedO = w.toString();
            } else {
                ByteArrayOutputStream w = new ByteArrayOutputStream();
                jdk.store(w, comments);
                storedJ = w.toString(StandardCharsets.ISO_8859_1);
                w = new ByteArrayOutputStream();
                storeStream.invoke(mine, w, comments);
                storedO = w.toString(StandardCharsets.ISO_8859_1);
            }
            List<String> j = new ArrayList<>(List.of(storedJ.split("\n", -1)));
            List<String> o = new ArrayList<>(List.of(storedO.split("\n", -1)));
            j.remove(indexOfDate(j));
            o.remove(indexOfDate(o));
            assertEquals(j, o, "store " + jdk);
            Properties back = new Properties();
            back.load(new StringReader(storedO));
            assertEquals(jdk, back, "stored text loads back");
        }
    }

    @Test
    void theDateLineIsDateToStringInUtc() throws Exception {
        SimpleDateFormat format = new SimpleDateFormat("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        String before = "#" + format.format(new Date());
        StringWriter w = new StringWriter();
        Object mine = SHADOW.loadClass("shadow.Properties").getConstructor().newInstance();
        mine.getClass().getMethod("store", Writer.class, String.class).invoke(mine, w, null);
        String after = "#" + format.format(new Date());
        String line = w.toString().split("\n")[0];
        assertTrue(line.equals(before) || line.equals(after), line + " vs " + before);
    }
}
